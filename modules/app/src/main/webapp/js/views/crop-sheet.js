// Choosing what a crop keeps: the picture under a frame of the chosen ratio, which the person
// drags with a finger or the mouse, or moves with the arrow keys, before the server cuts it.
// The frame is the largest of its ratio, so it spans the picture one way and moves only the
// other way: one position, 0 at the left or top and 1 at the right or bottom.
import { h } from '../dom.js';
import { t } from '../i18n.js';

const KEY_STEP = 0.05;

/** Resolves to `{ offsetX, offsetY }` (0–1, 0.5 centred) once the person crops, or null if they cancel. */
export function chooseCrop(src, ratio) {
  const [rw, rh] = ratio.split(':').map(Number);
  return new Promise((resolve) => {
    const picture = h('img', { class: 'crop-picture', src, alt: '', draggable: 'false' });
    const frame = h('div', { class: 'crop-frame', tabindex: '0', role: 'slider', 'aria-label': t('compose.cropMove'),
      'aria-valuemin': '0', 'aria-valuemax': '100' });
    const stage = h('div', { class: 'crop-stage' }, picture, frame);
    const dialog = h('dialog', { class: 'sheet crop-sheet', 'aria-label': t('compose.crop') });
    let position = 0.5;
    let horizontal = true;

    const finish = (result) => { dialog.close(); dialog.remove(); resolve(result); };

    function layout() {
      const pictureRatio = picture.naturalWidth / picture.naturalHeight;
      horizontal = pictureRatio > rw / rh;
      // The frame's share of the picture along the axis it moves on.
      const share = horizontal ? (rw / rh) / pictureRatio : pictureRatio / (rw / rh);
      frame.setAttribute('aria-orientation', horizontal ? 'horizontal' : 'vertical');
      frame.style.width = horizontal ? `${share * 100}%` : '100%';
      frame.style.height = horizontal ? '100%' : `${share * 100}%`;
      place(position);
    }

    function place(p) {
      position = Math.min(1, Math.max(0, p));
      const free = horizontal ? stage.clientWidth - frame.offsetWidth : stage.clientHeight - frame.offsetHeight;
      frame.style.left = horizontal ? `${position * free}px` : '0';
      frame.style.top = horizontal ? '0' : `${position * free}px`;
      frame.setAttribute('aria-valuenow', String(Math.round(position * 100)));
    }

    let dragFrom = null;
    frame.addEventListener('pointerdown', (e) => {
      frame.setPointerCapture(e.pointerId);
      dragFrom = { x: e.clientX, y: e.clientY, position };
    });
    frame.addEventListener('pointermove', (e) => {
      if (!dragFrom) return;
      const free = horizontal ? stage.clientWidth - frame.offsetWidth : stage.clientHeight - frame.offsetHeight;
      if (free <= 0) return;
      const moved = horizontal ? e.clientX - dragFrom.x : e.clientY - dragFrom.y;
      place(dragFrom.position + moved / free);
    });
    const drop = () => { dragFrom = null; };
    frame.addEventListener('pointerup', drop);
    frame.addEventListener('pointercancel', drop);
    frame.addEventListener('keydown', (e) => {
      const step = { ArrowLeft: -KEY_STEP, ArrowUp: -KEY_STEP, ArrowRight: KEY_STEP, ArrowDown: KEY_STEP }[e.key];
      if (step !== undefined) place(position + step);
      else if (e.key === 'Home') place(0);
      else if (e.key === 'End') place(1);
      else return;
      e.preventDefault();
    });

    dialog.append(
      h('p', { class: 'crop-hint muted small' }, t('compose.cropHint', ratio)),
      stage,
      h('div', { class: 'row-end' },
        h('button', { class: 'btn ghost', type: 'button', name: 'cancelCrop', onclick: () => finish(null) }, t('common.cancel')),
        h('button', { class: 'btn primary', type: 'button', name: 'applyCrop', onclick: () => finish(horizontal
          ? { offsetX: position, offsetY: 0.5 } : { offsetX: 0.5, offsetY: position }) }, t('compose.cropApply'))));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); finish(null); });
    document.body.append(dialog);
    dialog.showModal();
    if (picture.complete && picture.naturalWidth) layout();
    else picture.addEventListener('load', layout, { once: true });
    frame.focus();
  });
}
