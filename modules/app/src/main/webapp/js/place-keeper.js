// Feeds keep the reader's place. Leaving a feed (for a note, say) parks its page as it is: the
// cards of every page loaded, and the scroll position. Coming back to the same route shows that
// same page where it was, as a phone app does, instead of starting again at the top.
const KEPT_ROUTES = new Set(['home', 'latest', 'following', 'topic', 'search', 'u', 'board']);
const MAX_PARKED = 4;
const MAX_AGE_MS = 10 * 60 * 1000; // after that the feed is worth reloading

const parked = new Map(); // route hash -> { nodes, scrollY, context, at }
let onScreen = null; // { hash, name, context } of the page the view shows

/** Call before the view is cleared for a new route: parks the page on screen if it is a feed. */
export function leave(view, nextHash) {
  if (!onScreen || onScreen.hash === nextHash || !KEPT_ROUTES.has(onScreen.name)) return;
  parked.delete(onScreen.hash);
  parked.set(onScreen.hash, { nodes: [...view.childNodes], scrollY: window.scrollY, context: onScreen.context, at: Date.now() });
  while (parked.size > MAX_PARKED) parked.delete(parked.keys().next().value);
}

/**
 * Puts a parked page back into the view if there is a fresh one for this route (same language,
 * same person signed in); returns whether it did. A route opened again from itself (a reload)
 * is always drawn anew.
 */
export function returnTo(view, hash, context) {
  const page = onScreen?.hash === hash ? null : parked.get(hash);
  parked.delete(hash);
  if (!page || page.context !== context || Date.now() - page.at > MAX_AGE_MS) return false;
  view.replaceChildren(...page.nodes);
  window.scrollTo(0, page.scrollY);
  return true;
}

/**
 * The notes before and after {@code noteId} in the feed parked last, in the order its cards
 * were shown (cards carry their place as data-seq): for swiping from note to note.
 */
export function neighbours(noteId) {
  const feed = [...parked.values()].pop();
  if (!feed) return {};
  const cards = feed.nodes.flatMap((n) => (n.querySelectorAll ? [...n.querySelectorAll('.card[data-seq]')] : []))
    .sort((a, b) => Number(a.dataset.seq) - Number(b.dataset.seq));
  const at = cards.findIndex((c) => c.dataset.noteId === String(noteId));
  if (at < 0) return {};
  return { previous: cards[at - 1]?.dataset.noteId, next: cards[at + 1]?.dataset.noteId };
}

/** Records which route the view now shows. */
export function shown(hash, name, context) {
  onScreen = { hash, name, context };
}
