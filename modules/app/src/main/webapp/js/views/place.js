// IP location labels. DB-IP's licence asks for a link back on pages that show its results,
// so the label on a note or profile carries a small credit link; comments sit on the note page.
import { h } from '../dom.js';
import { t } from '../i18n.js';

export function ipLocation(name, { credit = false } = {}) {
  if (!name) return null;
  return h('span', { class: 'ip-location' }, t('place.ip', name),
    credit ? h('a', { class: 'ip-credit', href: 'https://db-ip.com', target: '_blank', rel: 'noopener' }, t('place.credit')) : null);
}
