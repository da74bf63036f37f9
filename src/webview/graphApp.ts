// The graph webview: renders the Mermaid text the extension sends, keeps pan/zoom and search across re-renders,
// and turns clicks into messages. Mermaid runs with securityLevel 'strict': click handlers are ours, not Mermaid's.
import mermaid from 'mermaid';
import type {
  ExtensionToWebview,
  GraphNodeRef,
  GraphView,
  GraphWebviewState,
  WebviewConfig,
} from '../shared/graphMessages';
import { DEFAULT_FOCUS_HOPS } from '../core/mermaid/types';
import { alignClusterTitles } from './clusters';
import { decorate } from './decorate';
import { emptyKind, showEmpty } from './emptyState';
import { svgForExport } from './exportSvg';
import { renderLegend } from './legend';
import { NODE_SCALE, PanZoomController, READABLE_SCALE } from './panZoom';
import { matchNodes } from './search';
import { nodeElements } from './svgNodes';
import { mermaidThemeFor, observeTheme, themeKindOf, type ThemeKind } from './theme';
import { createToolbar, type Toolbar } from './toolbar';
import type { HostApi } from './vscodeApi';

type RenderMessage = Extract<ExtensionToWebview, { type: 'render' }>;

export class GraphApp {
  private state: GraphWebviewState;
  private current: RenderMessage | undefined;
  private readonly toolbar: Toolbar;
  private readonly note: HTMLElement;
  private readonly error: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly viewport: HTMLElement;
  private readonly graph: HTMLElement;
  private readonly pz: PanZoomController;
  private nodes = new Map<string, SVGGElement>();
  private refs = new Map<string, GraphNodeRef>();
  private natural = { w: 0, h: 0 };
  /** A drawing of the current view is on screen (a redraw of the same view keeps its pan/zoom). */
  private mountedKey: string | undefined;
  private selected: string | undefined;
  private matches: string[] = [];
  private matchIndex = -1;
  private seq = 0;
  private drawing = false;
  /** A selection asked for while a drawing is on its way: applied once it is mounted. */
  private pendingHighlight: { nodeId?: string; reveal: boolean } | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly host: HostApi,
    private readonly config: WebviewConfig,
  ) {
    this.state = host.getState() ?? { version: 1, view: { mode: 'auto' } };
    this.toolbar = createToolbar(doc);
    this.note = this.div('note', 'status');
    this.error = this.div('error', 'alert');
    this.legend = this.div('legend');
    this.legend.setAttribute('aria-label', 'Legend');
    this.empty = this.div('empty', 'status');
    this.viewport = this.div('viewport');
    this.viewport.tabIndex = 0;
    this.viewport.setAttribute('aria-label', 'Dependency graph (drag or scroll to pan, Ctrl + wheel to zoom)');
    this.graph = this.div('graph');
    this.viewport.append(this.graph);
    doc.body.append(this.toolbar.root, this.legend, this.note, this.error, this.empty, this.viewport);
    // Only the user's own pan/zoom is kept (across redraws and reloads); a fitted view is fitted again.
    this.pz = new PanZoomController(this.viewport, this.graph, (panZoom, adjusted) => {
      if (adjusted) this.state.panZoom = panZoom;
      else delete this.state.panZoom;
      this.saveSoon();
    });
    if (this.state.panZoom) this.pz.set(this.state.panZoom, false);
    this.toolbar.search.value = this.state.search ?? '';
    this.initMermaid(themeKindOf(doc.body.classList, doc.body.dataset.vscodeThemeKind));
    this.wire();
  }

  start(): void {
    // Refit when the panel is resized, until the user pans or zooms.
    const view = this.doc.defaultView as (Window & { ResizeObserver?: typeof ResizeObserver }) | null;
    if (view?.ResizeObserver) {
      new view.ResizeObserver(() => {
        if (!this.pz.adjusted && this.natural.w > 0 && !this.viewport.hidden) this.fit();
      }).observe(this.viewport);
    }
    observeTheme(this.doc.body, (kind) => {
      this.initMermaid(kind);
      void this.draw();
    });
    this.doc.defaultView?.addEventListener('message', (e: MessageEvent) =>
      this.onMessage(e.data as ExtensionToWebview),
    );
    this.host.post({ type: 'ready', state: this.state });
  }

  private div(id: string, role?: string): HTMLElement {
    const el = this.doc.createElement('div');
    el.id = id;
    if (role) el.setAttribute('role', role);
    if (id === 'note' || id === 'error' || id === 'legend' || id === 'empty') el.hidden = true;
    return el;
  }

  private initMermaid(kind: ThemeKind): void {
    const style = getComputedStyle(this.doc.body);
    const font = style.getPropertyValue('--vscode-font-family').trim();
    // Mermaid needs plain colour values (it derives shades from them), not var() references.
    const colour = (name: string) => style.getPropertyValue(name).trim() || undefined;
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      maxTextSize: this.config.maxTextSize,
      maxEdges: this.config.maxEdges,
      ...mermaidThemeFor(kind, colour),
      ...(font ? { fontFamily: font } : {}),
      flowchart: { htmlLabels: true, useMaxWidth: false },
    });
  }

  private onMessage(msg: ExtensionToWebview): void {
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'render') {
      this.current = msg;
      this.state.view = msg.view;
      if (msg.highlight) this.pendingHighlight = msg.highlight;
      void this.draw();
    } else if (msg.type === 'highlight') {
      if (this.drawing) this.pendingHighlight = { nodeId: msg.nodeId, reveal: msg.reveal };
      else this.select(msg.nodeId, msg.reveal);
    } else if (msg.type === 'exportResult') {
      this.showNote(msg.message, !msg.ok);
    }
  }

  private async draw(): Promise<void> {
    const msg = this.current;
    if (!msg) return;
    const seq = ++this.seq;
    const svgId = `wp-svg-${seq}`;
    const started = performance.now();
    this.drawing = true;
    try {
      const { svg } = await mermaid.render(svgId, msg.graph.text);
      if (seq !== this.seq) return;
      this.graph.innerHTML = svg;
      const svgEl = this.graph.querySelector('svg');
      if (!svgEl) throw new Error('Mermaid returned no SVG');
      this.mount(svgEl, svgId, msg);
      this.host.post({
        type: 'rendered',
        generation: msg.generation,
        nodes: this.nodes.size,
        ms: Math.round(performance.now() - started),
      });
    } catch (err) {
      // Mermaid leaves its scratch container (and sometimes an error drawing) in the body when it throws.
      this.doc.getElementById(`d${svgId}`)?.remove();
      if (seq !== this.seq) return;
      const message = err instanceof Error ? err.message : String(err);
      this.showError(`Mermaid could not draw this graph: ${message}`);
      this.host.post({ type: 'renderError', generation: msg.generation, message });
    } finally {
      if (seq === this.seq) this.drawing = false;
    }
  }

  private mount(svgEl: SVGSVGElement, svgId: string, msg: RenderMessage): void {
    const vb = svgEl.viewBox.baseVal;
    this.natural = { w: vb?.width || svgEl.getBBox().width, h: vb?.height || svgEl.getBBox().height };
    svgEl.style.maxWidth = 'none';
    svgEl.setAttribute('width', String(this.natural.w));
    svgEl.setAttribute('height', String(this.natural.h));
    this.nodes = nodeElements(svgEl, svgId);
    this.refs = new Map(msg.graph.nodes.map((n) => [n.nodeId, n]));
    for (const [nodeId, el] of this.nodes) {
      const ref = this.refs.get(nodeId);
      if (!ref) continue;
      el.dataset.wpNode = nodeId;
      el.dataset.kind = ref.kind;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', ref.label);
    }
    decorate(svgEl, this.nodes, this.refs, msg.graph.edges ?? []);
    alignClusterTitles(svgEl);
    renderLegend(this.legend, msg.graph.legend ?? []);
    this.error.hidden = true;
    this.graph.classList.remove('wp-stale');
    this.showNote(msg.graph.note);
    const isEmpty = msg.graph.nodes.length === 0;
    const untracked = msg.untracked ?? 0;
    const kind = isEmpty ? emptyKind(msg.totalEfforts, untracked) : undefined;
    showEmpty(
      this.empty,
      kind,
      (action) => {
        if (action === 'showAll') this.setView({ mode: 'auto' });
        else this.host.post({ type: action });
      },
      untracked,
    );
    this.viewport.hidden = isEmpty;
    // The same view keeps its pan/zoom (live update; the user's own also across a reload); a new view starts fitted.
    if (this.state.viewKey === msg.viewKey && this.state.panZoom) this.pz.set(this.state.panZoom, false);
    else if (this.mountedKey !== msg.viewKey || isEmpty) this.fit();
    this.mountedKey = isEmpty ? undefined : msg.viewKey;
    this.state.viewKey = msg.viewKey;
    this.updateToolbar(msg);
    this.applySearch(false);
    const pending = this.pendingHighlight;
    this.pendingHighlight = undefined;
    if (pending) this.select(pending.nodeId, pending.reveal);
    else if (this.selected && this.nodes.has(this.selected)) this.select(this.selected, false);
    else this.selected = undefined;
    this.save();
  }

  private fit(): void {
    this.pz.fit(this.natural.w, this.natural.h);
    // The width the drawing was last fitted to (a refit on resize is visible even when the transform stays).
    this.graph.dataset.fitWidth = String(this.viewport.clientWidth);
  }

  private updateToolbar(msg: RenderMessage): void {
    const t = this.toolbar;
    const { graph, view } = msg;
    t.toggle.textContent = graph.kind === 'summary' ? 'Full graph' : 'Summary';
    t.toggle.title = graph.kind === 'summary' ? 'Draw every effort (may be slow for big plans)' : 'One node per wave';
    t.back.hidden = !view.focus;
    t.neighbours.disabled = !this.selectedEffort();
    const edges = `${graph.edgeCount} edge${graph.edgeCount === 1 ? '' : 's'}`;
    const counts = graph.counts ?? `${graph.nodes.length} node${graph.nodes.length === 1 ? '' : 's'} · ${edges}`;
    t.status.textContent = `${graph.title} · ${counts}`;
  }

  private wire(): void {
    const t = this.toolbar;
    t.fit.addEventListener('click', () => this.fit());
    t.zoomIn.addEventListener('click', () => this.pz.zoom(1.25));
    t.zoomOut.addEventListener('click', () => this.pz.zoom(0.8));
    t.toggle.addEventListener('click', () => {
      const graph = this.current?.graph;
      this.setView({ mode: graph?.kind === 'summary' ? 'full' : 'summary', focus: this.state.view.focus });
    });
    t.back.addEventListener('click', () => this.setView({ mode: 'auto' }));
    t.neighbours.addEventListener('click', () => {
      const id = this.selectedEffort();
      if (id) this.setView({ mode: 'auto', focus: { kind: 'effort', id, hops: DEFAULT_FOCUS_HOPS } });
    });
    t.exportSvg.addEventListener('click', () => this.exportSvg());
    t.search.addEventListener('input', () => this.applySearch(true));
    t.search.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') this.nextMatch(e.shiftKey ? -1 : 1);
      else if (e.key === 'Escape') {
        t.search.value = '';
        this.applySearch(true);
      }
    });
    this.graph.addEventListener('click', (e) => {
      const nodeId = this.nodeIdOf(e.target);
      if (nodeId) this.activate(nodeId);
    });
    this.graph.addEventListener('keydown', (e) => {
      const nodeId = this.nodeIdOf(e.target);
      if (nodeId && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        this.activate(nodeId);
      }
    });
    this.viewport.addEventListener('keydown', (e) => {
      if (e.target instanceof HTMLInputElement) return;
      const step = 60;
      const keys: Record<string, () => void> = {
        '+': () => this.pz.zoom(1.25),
        '=': () => this.pz.zoom(1.25),
        '-': () => this.pz.zoom(0.8),
        '0': () => this.fit(),
        ArrowLeft: () => this.pz.panBy(step, 0),
        ArrowRight: () => this.pz.panBy(-step, 0),
        ArrowUp: () => this.pz.panBy(0, step),
        ArrowDown: () => this.pz.panBy(0, -step),
      };
      const action = keys[e.key];
      if (action) {
        e.preventDefault();
        action();
      }
    });
  }

  private nodeIdOf(target: EventTarget | null): string | undefined {
    const el = target instanceof Element ? target.closest<SVGGElement>('g.node[data-wp-node]') : null;
    return el?.dataset.wpNode;
  }

  /** Effort → open it in the plan (and select it in the tree); wave or phase → drill down. */
  private activate(nodeId: string): void {
    const ref = this.refs.get(nodeId);
    if (!ref) return;
    this.select(nodeId, false);
    if (ref.kind === 'effort') this.host.post({ type: 'openEffort', id: ref.id });
    else if ((ref.kind === 'wave' || ref.kind === 'phase') && ref.focus)
      this.setView({ mode: 'auto', focus: ref.focus });
  }

  private setView(view: GraphView): void {
    this.state.view = view;
    this.save();
    this.host.post({ type: 'setView', view });
  }

  private selectedEffort(): string | undefined {
    const ref = this.selected ? this.refs.get(this.selected) : undefined;
    return ref?.kind === 'effort' ? ref.id : undefined;
  }

  private select(nodeId: string | undefined, reveal: boolean): void {
    if (this.selected) this.nodes.get(this.selected)?.classList.remove('wp-highlight');
    this.selected = nodeId && this.nodes.has(nodeId) ? nodeId : undefined;
    const el = this.selected ? this.nodes.get(this.selected) : undefined;
    el?.classList.add('wp-highlight');
    this.toolbar.neighbours.disabled = !this.selectedEffort();
    if (el && reveal) this.reveal(el, false);
  }

  /**
   * Centres a node, zoomed to a readable size: when it is outside the view or too small to read (always when
   * `force`). Show in Graph, a click in the tree and search results come here.
   */
  private reveal(el: SVGGElement, force: boolean): void {
    const box = el.getBoundingClientRect();
    const view = this.viewport.getBoundingClientRect();
    const pz = this.pz.value;
    const inside = box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;
    if (inside && !force && pz.scale >= READABLE_SCALE) return;
    const gx = (box.left + box.width / 2 - view.left - pz.x) / pz.scale;
    const gy = (box.top + box.height / 2 - view.top - pz.y) / pz.scale;
    this.pz.center(gx, gy, Math.max(pz.scale, NODE_SCALE));
  }

  private applySearch(userTyped: boolean): void {
    const query = this.toolbar.search.value.trim();
    this.state.search = query;
    const svg = this.graph.querySelector('svg');
    this.matches = matchNodes([...this.refs.values()], query).filter((id) => this.nodes.has(id));
    const hits = new Set(this.matches);
    svg?.classList.toggle('wp-searching', !!query);
    for (const [nodeId, el] of this.nodes) {
      el.classList.toggle('wp-match', !!query && hits.has(nodeId));
      el.classList.toggle('wp-dim', !!query && !hits.has(nodeId));
      el.classList.remove('wp-current');
    }
    this.matchIndex = -1;
    this.toolbar.matches.textContent = query
      ? `${this.matches.length} match${this.matches.length === 1 ? '' : 'es'}`
      : '';
    if (userTyped) this.save();
  }

  private nextMatch(step: number): void {
    if (!this.matches.length) return;
    if (this.matchIndex >= 0) this.nodes.get(this.matches[this.matchIndex])?.classList.remove('wp-current');
    this.matchIndex = (this.matchIndex + step + this.matches.length) % this.matches.length;
    const el = this.nodes.get(this.matches[this.matchIndex]);
    if (!el) return;
    el.classList.add('wp-current');
    this.reveal(el, true);
    this.toolbar.matches.textContent = `${this.matchIndex + 1} of ${this.matches.length}`;
  }

  private exportSvg(): void {
    const svg = this.graph.querySelector('svg');
    if (!svg) {
      this.showNote('Nothing to export yet.', true);
      return;
    }
    const background = getComputedStyle(this.doc.body).getPropertyValue('--vscode-editor-background').trim();
    this.host.post({ type: 'exportSvg', svg: svgForExport(svg, background) });
  }

  private showNote(text: string | undefined, warning = false): void {
    this.note.hidden = !text;
    this.note.textContent = text ?? '';
    this.note.classList.toggle('warning', warning);
  }

  /** Keeps the toolbar and the last good drawing (marked stale); the message is text, never markup. */
  private showError(message: string): void {
    this.error.textContent = message;
    this.error.hidden = false;
    this.graph.classList.add('wp-stale');
  }

  private saveSoon(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.save();
    }, 200);
  }

  private save(): void {
    this.host.setState(this.state);
  }
}
