// Every target a finger taps on the page that is smaller than 44 x 44 CSS px (WCAG 2.5.5 Target
// Size (Enhanced); Apple's 44 pt). A checkbox or radio counts by the label around it, which is
// what takes the tap. Exempt, as WCAG exempts them: links inline in running text, and controls
// not shown (hidden, zero-sized, or parked off-screen until focused, like the skip link).
// Returns one line per small target: "selector WxH".
const MIN = 44;
const controls = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary,'
  + ' [role=button], [role=tab], [role=radio], [role=menuitem], [tabindex="0"]');

function inRunningText(el) {
  if (getComputedStyle(el).display !== 'inline') return false;
  return [...el.parentElement.childNodes].some((n) => n !== el && n.nodeType === Node.TEXT_NODE && n.textContent.trim().length > 1);
}

function describe(el) {
  const name = el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : '';
  const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
  return `${el.tagName.toLowerCase()}${cls}${name}`;
}

const small = [];
const seen = new Set();
for (const control of controls) {
  const target = (control.matches('input[type=checkbox], input[type=radio], input[type=file]') && control.closest('label')) || control;
  if (seen.has(target)) continue;
  seen.add(target);
  const r = target.getBoundingClientRect();
  const style = getComputedStyle(target);
  if (r.width < 2 || r.height < 2 || style.visibility === 'hidden' || target.closest('[hidden], dialog:not([open])')) continue;
  if (r.bottom <= 0 || r.right <= 0) continue;
  if (inRunningText(target)) continue;
  if (r.width < MIN - 0.5 || r.height < MIN - 0.5) small.push(`${describe(target)} ${Math.round(r.width)}x${Math.round(r.height)}`);
}
return JSON.stringify({ targets: seen.size, small });
