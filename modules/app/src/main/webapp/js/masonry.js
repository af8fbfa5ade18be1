// The masonry grid of cards. CSS columns re-balance the whole grid whenever a page is added (cards
// already seen jump to another column), so cards are placed here instead: each new card goes to
// the bottom of the shortest column and stays there. Only a change in the number of columns
// (the window crossing a breakpoint) lays the cards out again.
import { h } from './dom.js';

const BREAKPOINTS = [[1280, 5], [1024, 4], [720, 3]];

function columnsWanted() {
  const hit = BREAKPOINTS.find(([width]) => matchMedia(`(min-width: ${width}px)`).matches);
  return hit ? hit[1] : 2;
}

// One set of breakpoint listeners for every grid, holding the grids weakly: a grid the reader
// left (and the router dropped) is not kept alive by a listener, and a parked grid still follows.
const grids = new Set();
BREAKPOINTS.forEach(([width]) => matchMedia(`(min-width: ${width}px)`).addEventListener('change', () => {
  grids.forEach((ref) => (ref.deref() ? ref.deref().relayout() : grids.delete(ref)));
}));

export function masonry(extraClass = '') {
  const el = h('div', { class: `grid masonry ${extraClass}` });
  const cards = [];
  let columns = [];
  let shownSoFar = 0;

  function shortest() {
    return columns.reduce((low, col) => (col.offsetHeight < low.offsetHeight ? col : low), columns[0]);
  }

  function layout() {
    columns = Array.from({ length: columnsWanted() }, () => h('div', { class: 'grid-col' }));
    el.replaceChildren(...columns);
    cards.forEach((card) => shortest().append(card));
  }

  layout();
  const grid = {
    el,
    add(card) {
      card.dataset.seq = String(shownSoFar++); // reading order, which columns do not keep in the DOM
      cards.push(card);
      shortest().append(card);
    },
    /** Cards still shown (one the reader dismissed is gone). */
    size() { return cards.filter((c) => el.contains(c)).length; },
    clear() { cards.length = 0; layout(); },
    relayout() { if (columns.length !== columnsWanted()) layout(); },
  };
  grids.add(new WeakRef(grid));
  return grid;
}
