// What the viewer saw and did that only the browser knows (a card shown, a share, a product
// tapped), sent in small batches. Counted as aggregates on the server; nothing identifies the viewer.
import { api } from './api.js';

const queue = [];
let timer = null;

export function track(kind, noteId) {
  if (!noteId) return;
  queue.push({ kind, noteId: Number(noteId) });
  if (queue.length >= 50) flush();
  else if (!timer) timer = setTimeout(flush, 4000);
}

export function flush() {
  clearTimeout(timer);
  timer = null;
  while (queue.length) {
    const events = queue.splice(0, 100);
    // Best effort: figures are statistics, never worth an error message to the reader.
    api.post('/insights/events', { events }).catch(() => {});
  }
}

// Send what is queued when the page is hidden or closed.
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

/** Reports each card once per page view, when at least half of it has been on screen. */
const seen = new WeakSet();
const observer = 'IntersectionObserver' in window ? new IntersectionObserver((entries) => {
  for (const e of entries) {
    if (e.isIntersecting && !seen.has(e.target)) {
      seen.add(e.target);
      observer.unobserve(e.target);
      track('IMPRESSION', e.target.dataset.noteId);
    }
  }
}, { threshold: 0.5 }) : null;

export function watchImpression(card) {
  if (observer) observer.observe(card);
}
