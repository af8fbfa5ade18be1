// Tiny DOM helpers. Every string becomes a text node: user text is never parsed as HTML.

/** h('div', {class: 'x', onclick: fn}, 'text', child) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Appends children like h() does: arrays flattened, null/undefined/false skipped, strings as text. */
export function add(el, ...children) {
  append(el, children);
  return el;
}

/** Replaces an element's children (see add). */
export function fill(el, ...children) {
  return add(clear(el), ...children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Renders note text: plain text with #topics and @mentions turned into links. */
export function richText(text) {
  const out = [];
  const pattern = /#([\p{L}\p{N}_]{1,30})|(?<![\p{L}\p{N}_.])@([A-Za-z0-9][A-Za-z0-9_.]{2,29})/gu;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1]) out.push(h('a', { class: 'topic', href: `#/topic/${encodeURIComponent(m[1].toLowerCase())}` }, `#${m[1]}`));
    else out.push(h('a', { class: 'mention', href: `#/u/${encodeURIComponent(m[2].replace(/\.+$/, ''))}` }, `@${m[2]}`));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function avatar(person, size = 'sm') {
  const initial = (person?.displayName || '?').trim().charAt(0).toUpperCase();
  return person?.avatarUrl
    ? h('img', { class: `avatar ${size}`, src: person.avatarUrl, alt: '' })
    : h('span', { class: `avatar ${size} initial`, 'aria-hidden': 'true' }, initial);
}

export function toast(message, kind = 'info') {
  const host = document.getElementById('toasts');
  const el = h('div', { class: `toast ${kind}`, role: 'status' }, message);
  host.append(el);
  setTimeout(() => el.remove(), 3500);
}
