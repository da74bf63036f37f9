// Pan and zoom by a CSS transform on the element holding the SVG: wheel zooms around the pointer, drag pans.
// The transform lives outside the SVG, so re-rendering the drawing keeps it; it is saved in the webview state.
import type { PanZoom } from '../shared/graphMessages';

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 8;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** Zoom by factor keeping the graph point under (px, py) (viewport coordinates) in place. */
export function zoomAt(pz: PanZoom, factor: number, px: number, py: number): PanZoom {
  const scale = clampScale(pz.scale * factor);
  const k = scale / pz.scale;
  return { scale, x: px - (px - pz.x) * k, y: py - (py - pz.y) * k };
}

/** Scale and centre a drawing of size w×h in a viewport of vw×vh, never enlarging past maxScale. */
export function fitTransform(w: number, h: number, vw: number, vh: number, padding = 16, maxScale = 1.5): PanZoom {
  if (w <= 0 || h <= 0 || vw <= 0 || vh <= 0) return { x: 0, y: 0, scale: 1 };
  const scale = clampScale(Math.min((vw - 2 * padding) / w, (vh - 2 * padding) / h, maxScale));
  return { scale, x: (vw - w * scale) / 2, y: (vh - h * scale) / 2 };
}

/** Pan so the graph point (gx, gy) sits at the centre of the viewport, keeping the scale. */
export function centerOn(pz: PanZoom, gx: number, gy: number, vw: number, vh: number): PanZoom {
  return { scale: pz.scale, x: vw / 2 - gx * pz.scale, y: vh / 2 - gy * pz.scale };
}

/** Wheel delta → zoom factor; pixel, line and page deltas are normalized. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-Math.max(-300, Math.min(300, px)) * 0.0015);
}

/** Drags closer than this are clicks. */
export const DRAG_THRESHOLD = 4;

export class PanZoomController {
  private pz: PanZoom = { x: 0, y: 0, scale: 1 };
  private drag: { id: number; sx: number; sy: number; ox: number; oy: number; moved: boolean } | undefined;
  /** Set after a drag so the click that ends it does not open a node. */
  private suppressClick = false;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly content: HTMLElement,
    private readonly onChange: (pz: PanZoom) => void,
  ) {
    viewport.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    viewport.addEventListener('pointerdown', (e) => this.onDown(e));
    viewport.addEventListener('pointermove', (e) => this.onMove(e));
    viewport.addEventListener('pointerup', (e) => this.onUp(e));
    viewport.addEventListener('pointercancel', (e) => this.onUp(e));
    viewport.addEventListener('click', (e) => {
      if (this.suppressClick) {
        e.stopPropagation();
        e.preventDefault();
        this.suppressClick = false;
      }
    }, true);
  }

  get value(): PanZoom {
    return { ...this.pz };
  }

  set(pz: PanZoom, notify = true): void {
    this.pz = { x: pz.x, y: pz.y, scale: clampScale(pz.scale) };
    this.content.style.transform = `translate(${this.pz.x}px, ${this.pz.y}px) scale(${this.pz.scale})`;
    if (notify) this.onChange(this.value);
  }

  size(): { w: number; h: number } {
    return { w: this.viewport.clientWidth, h: this.viewport.clientHeight };
  }

  fit(w: number, h: number): void {
    const { w: vw, h: vh } = this.size();
    this.set(fitTransform(w, h, vw, vh));
  }

  zoom(factor: number): void {
    const { w, h } = this.size();
    this.set(zoomAt(this.pz, factor, w / 2, h / 2));
  }

  panBy(dx: number, dy: number): void {
    this.set({ ...this.pz, x: this.pz.x + dx, y: this.pz.y + dy });
  }

  /** Centre on a point of the drawing (untransformed coordinates). */
  center(gx: number, gy: number): void {
    const { w, h } = this.size();
    this.set(centerOn(this.pz, gx, gy, w, h));
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const r = this.viewport.getBoundingClientRect();
    this.set(zoomAt(this.pz, wheelFactor(e.deltaY, e.deltaMode), e.clientX - r.left, e.clientY - r.top));
  }

  private onDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    this.drag = { id: e.pointerId, sx: e.clientX, sy: e.clientY, ox: this.pz.x, oy: this.pz.y, moved: false };
  }

  private onMove(e: PointerEvent): void {
    const d = this.drag;
    if (!d || d.id !== e.pointerId) return;
    const dx = e.clientX - d.sx;
    const dy = e.clientY - d.sy;
    if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!d.moved) {
      d.moved = true;
      this.viewport.setPointerCapture(e.pointerId);
      this.viewport.classList.add('wp-dragging');
    }
    this.set({ ...this.pz, x: d.ox + dx, y: d.oy + dy });
  }

  private onUp(e: PointerEvent): void {
    const d = this.drag;
    if (!d || d.id !== e.pointerId) return;
    this.drag = undefined;
    if (d.moved) {
      this.suppressClick = true;
      this.viewport.classList.remove('wp-dragging');
      if (this.viewport.hasPointerCapture(e.pointerId)) this.viewport.releasePointerCapture(e.pointerId);
      // A pointerup outside the viewport sends no click: do not swallow the next real one.
      setTimeout(() => (this.suppressClick = false), 0);
    }
  }
}
