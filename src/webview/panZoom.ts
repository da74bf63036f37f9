// Pan and zoom by a CSS transform on the element holding the SVG: wheel and drag pan, Ctrl/Cmd + wheel (and
// pinch) zooms around the pointer.
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

/** Below this scale Mermaid's 16 px labels drop under 12 px: the fit stops there and the rest is scrolled to. */
export const READABLE_SCALE = 0.75;
/** The scale a node is shown at when the graph zooms to it (Show in Graph, search results). */
export const NODE_SCALE = 1;

/**
 * How a drawing of w×h opens in a viewport of vw×vh: whole and centred when that keeps text readable (never enlarged
 * past maxScale); else at READABLE_SCALE, which shows the most of it that can be read, from its top (and its left edge
 * when it is wider than the view), the rest reached by scrolling. Fitting such a drawing to the width would enlarge a
 * tall, narrow one and push more of it out of view: a plan of 8 efforts in 3 waves opened at 1.25×, its last wave cut.
 */
export function fitTransform(w: number, h: number, vw: number, vh: number, padding = 16, maxScale = 1.25): PanZoom {
  if (w <= 0 || h <= 0 || vw <= 0 || vh <= 0) return { x: 0, y: 0, scale: 1 };
  const whole = Math.min((vw - 2 * padding) / w, (vh - 2 * padding) / h, maxScale);
  if (whole >= READABLE_SCALE) return { scale: whole, x: (vw - w * whole) / 2, y: (vh - h * whole) / 2 };
  const scale = READABLE_SCALE;
  // Wider than the view: its left edge at the left (a drawing cut on both sides has no edge to start reading from).
  if (w * scale > vw - 2 * padding) return { scale, x: padding, y: padding };
  return { scale, x: (vw - w * scale) / 2, y: padding };
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
  /** The user (or a zoom to a node) moved the view since the last fit: a resize no longer refits. */
  private moved = false;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly content: HTMLElement,
    private readonly onChange: (pz: PanZoom, adjusted: boolean) => void,
  ) {
    viewport.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    viewport.addEventListener('pointerdown', (e) => this.onDown(e));
    viewport.addEventListener('pointermove', (e) => this.onMove(e));
    viewport.addEventListener('pointerup', (e) => this.onUp(e));
    viewport.addEventListener('pointercancel', (e) => this.onUp(e));
    viewport.addEventListener(
      'click',
      (e) => {
        if (this.suppressClick) {
          e.stopPropagation();
          e.preventDefault();
          this.suppressClick = false;
        }
      },
      true,
    );
  }

  get value(): PanZoom {
    return { ...this.pz };
  }

  /** True once the view was panned or zoomed after the last fit. */
  get adjusted(): boolean {
    return this.moved;
  }

  /** Sets the transform; `adjusted` says it is the user's choice (kept across redraws, no refit on resize). */
  set(pz: PanZoom, notify = true, adjusted = true): void {
    this.pz = { x: pz.x, y: pz.y, scale: clampScale(pz.scale) };
    this.moved = adjusted;
    this.content.style.transform = `translate(${this.pz.x}px, ${this.pz.y}px) scale(${this.pz.scale})`;
    if (notify) this.onChange(this.value, adjusted);
  }

  size(): { w: number; h: number } {
    return { w: this.viewport.clientWidth, h: this.viewport.clientHeight };
  }

  /** Fits a drawing of w×h (see fitTransform). */
  fit(w: number, h: number): void {
    const { w: vw, h: vh } = this.size();
    this.set(fitTransform(w, h, vw, vh), true, false);
  }

  zoom(factor: number): void {
    const { w, h } = this.size();
    this.set(zoomAt(this.pz, factor, w / 2, h / 2));
  }

  panBy(dx: number, dy: number): void {
    this.set({ ...this.pz, x: this.pz.x + dx, y: this.pz.y + dy });
  }

  /** Centre on a point of the drawing (untransformed coordinates), at `scale` when given. */
  center(gx: number, gy: number, scale = this.pz.scale): void {
    const { w, h } = this.size();
    this.set(centerOn({ ...this.pz, scale: clampScale(scale) }, gx, gy, w, h));
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    if (e.ctrlKey || e.metaKey) {
      const r = this.viewport.getBoundingClientRect();
      this.set(zoomAt(this.pz, wheelFactor(e.deltaY, e.deltaMode), e.clientX - r.left, e.clientY - r.top));
      return;
    }
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? this.viewport.clientHeight : 1;
    // Shift + wheel scrolls sideways, as in editors.
    const [dx, dy] = e.shiftKey && !e.deltaX ? [e.deltaY, 0] : [e.deltaX, e.deltaY];
    this.panBy(-dx * unit, -dy * unit);
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
