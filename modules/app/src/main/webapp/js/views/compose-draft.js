// An unfinished note stays on this device while it is written: title, text, place and the
// pictures already uploaded come back when compose opens again (after a closed tab, a crash, a
// detour to another page), until the note is saved or the writer starts over.
const key = (userId) => `ng.draft.${userId}`;

export function draftOf(userId) {
  let timer = null;
  let pending = null;
  function flush() {
    if (!pending) return;
    const d = pending();
    pending = null;
    const empty = !d.title && !d.body && !d.locationName && !d.media.length;
    if (empty) localStorage.removeItem(key(userId));
    else localStorage.setItem(key(userId), JSON.stringify({ ...d, savedAt: new Date().toISOString() }));
  }
  // Leaving compose, closing the tab or leaving the site does not wait for typing to pause;
  // after leaving, this draft listens no more.
  const leave = () => {
    flush();
    window.removeEventListener('pagehide', leave);
    window.removeEventListener('hashchange', leave);
  };
  window.addEventListener('pagehide', leave);
  window.addEventListener('hashchange', leave);
  return {
    load() {
      try { return JSON.parse(localStorage.getItem(key(userId)) || 'null'); } catch { return null; }
    },
    /** Saves soon (typing saves once it pauses); {@code read} gives the draft as it is then. */
    saveSoon(read) {
      clearTimeout(timer);
      pending = read;
      timer = setTimeout(flush, 400);
    },
    clear() { clearTimeout(timer); pending = null; localStorage.removeItem(key(userId)); },
  };
}
