// How a note is handled on a phone, as in RedNote: double-tap the pictures to like (with a heart
// where the finger was), swipe up or down on them for the next or previous note of the feed the
// reader came from. Taps, sideways swipes (the carousel) and scrolling stay as they were.
import { h } from '../dom.js';
import { neighbours } from '../place-keeper.js';

const DOUBLE_TAP_MS = 300;
const SWIPE_PX = 60;

/** Double-tap on {@code media} calls {@code like()} (which must never unlike) and shows a heart. */
export function doubleTapToLike(media, like) {
  let lastTap = 0;
  media.addEventListener('pointerup', (e) => {
    if ((e.pointerType === 'mouse' && e.button !== 0) || e.target.closest('button, a, video')) return;
    const now = Date.now();
    if (now - lastTap < DOUBLE_TAP_MS) {
      lastTap = 0;
      heartAt(media, e);
      like();
    } else {
      lastTap = now;
    }
  });
  media.addEventListener('dblclick', (e) => e.preventDefault());
}

function heartAt(media, e) {
  const box = media.getBoundingClientRect();
  const heart = h('span', { class: 'tap-heart', 'aria-hidden': 'true', style: `left:${e.clientX - box.left}px;top:${e.clientY - box.top}px` }, '♥');
  media.append(heart);
  heart.addEventListener('animationend', () => heart.remove());
}

/** A vertical swipe on {@code media} opens the next (up) or previous (down) note of the feed. */
export function swipeToNeighbours(media, noteId) {
  let start = null;
  media.addEventListener('pointerdown', (e) => { start = e.target.closest('button, a') ? null : { x: e.clientX, y: e.clientY }; });
  media.addEventListener('pointerup', (e) => {
    if (!start) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    start = null;
    if (Math.abs(dy) < SWIPE_PX || Math.abs(dy) < 2 * Math.abs(dx)) return;
    const { previous, next } = neighbours(noteId);
    const to = dy < 0 ? next : previous;
    // Replace, not push: back still returns to the feed, at the place it was left.
    if (to) location.replace(`#/note/${to}`);
  });
}
