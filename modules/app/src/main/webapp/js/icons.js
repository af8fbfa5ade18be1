// Line icons as inline SVG, so they look the same everywhere (emoji fonts are not on every machine).
const PATHS = {
  cart: 'M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.8a1 1 0 0 0 1-.8L20 7H6.2 M9 20a1 1 0 1 0 0-.01 M17 20a1 1 0 1 0 0-.01',
  search: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14 M16.5 16.5L21 21',
  bag: 'M6 8h12l-1 12H7L6 8z M9 8V6a3 3 0 0 1 6 0v2',
  shop: 'M4 10v10h16V10 M3 10l2-6h14l2 6c0 1.5-1.3 2.5-3 2.5S15 11.5 15 10c0 1.5-1.3 2.5-3 2.5S9 11.5 9 10c0 1.5-1.3 2.5-3 2.5S3 11.5 3 10z M10 20v-5h4v5',
  box: 'M3 7l9-4 9 4-9 4-9-4z M3 7v10l9 4 9-4V7 M12 11v10',
  truck: 'M2 6h11v10H2z M13 10h4l3 3v3h-7 M6 19a1.5 1.5 0 1 0 0-.01 M17 19a1.5 1.5 0 1 0 0-.01',
  check: 'M5 12l4 4 10-10',
  comment: 'M4 5h16v11H9l-5 4V5z',
  share: 'M12 3v12 M7 8l5-5 5 5 M5 13v7h14v-7',
  chart: 'M4 20V10 M10 20V4 M16 20v-8 M22 20H2',
};

export function icon(name, label) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', `icon icon-${name}`);
  svg.setAttribute('aria-hidden', label ? 'false' : 'true');
  if (label) svg.setAttribute('aria-label', label);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', PATHS[name]);
  svg.append(path);
  return svg;
}

/** A random id for idempotency keys; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function randomKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
