// The wave summary of a plan like the real idpbuilder plans (three phases, eight declared waves, two of them empty,
// dependencies only inside waves), in the real workbench: it opens whole (every wave in view), shows the empty waves
// marked, and its status line says what is drawn instead of "0 edges".
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { bridge, setWorkspaceFolder, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';
import { closeGraph } from './panel';

const GRAPH = '#graph svg g.node';

function effort(id: string, name: string, lines: number, deps = ''): string {
  return `#### ${id}: ${name}\n**Size Estimate**: ${lines} lines\n${deps ? `**Dependencies**: ${deps}\n` : ''}\n`;
}

const PLANS: Record<string, string> = {
  'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': `# Phase 1: Foundation & Interfaces

## Wave 1: Interface & Contract Definitions

${effort('E1.1.1', 'credential-resolution', 300)}${effort('E1.1.2', 'registry-client-interface', 380)}${effort('E1.1.3', 'command-flags', 130, 'E1.1.1, E1.1.2')}
## Wave 2: Core Package Implementations

${effort('E1.2.1', 'push-command-skeleton', 350)}${effort('E1.2.2', 'registry-client', 400)}
## Wave 3: Debugging

${effort('E1.3.1', 'debug-tracer', 150)}`,
  'phase-plans/PHASE-2-IMPLEMENTATION-PLAN.md': `# Phase 2: Build & Push

## Wave 1: Core Build & Push

${effort('E2.1.1', 'image-builder', 600)}${effort('E2.1.2', 'gitea-client', 600)}
## Wave 2: Advanced Configuration

${effort('E2.2.1', 'registry-override', 400)}${effort('E2.2.2', 'env-support', 350, 'E2.2.1')}
## Wave 3: Security & Validation

To be planned.
`,
  'phase-plans/PHASE-3-IMPLEMENTATION-PLAN.md': `# Phase 3: Push Operation

## Wave 1: Preparation

To be planned.

## Wave 2: Push Operation

${effort('E3.2.1', 'push-tests', 200)}${effort('E3.2.2', 'implement-push', 400, 'E3.2.1')}`,
};

describe('wave summary of a plan with empty waves', function () {
  this.timeout(180_000);
  let top: string | undefined;
  let dir: string;

  before(async function () {
    if (!bridge.available()) this.skip();
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-summary-'));
    dir = path.join(top, 'oci-build');
    for (const [rel, text] of Object.entries(PLANS)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    const api = await waveplan();
    await setWorkspaceFolder(dir, true);
    const uri = vscode.Uri.file(dir).toString();
    await waitFor(() => api.index.folderProject(uri)?.project.efforts.length === 12, 60_000, 'the 12 efforts');
  });

  after(async () => {
    await closeGraph();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (dir) await setWorkspaceFolder(dir, false);
    if (top) fs.rmSync(top, { recursive: true, force: true });
  });

  it('opens whole, shows the empty waves marked, and says what it draws', async () => {
    await closeGraph();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(vscode.Uri.file(path.join(dir, 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md')));
    await vscode.commands.executeCommand('waveplan.showGraph');
    await bridge.waitForFrame(GRAPH, 60_000);
    await bridge.clickInFrame('button[data-action="toggle"]', GRAPH);
    const status = await waitFor(
      async () => {
        const [s] = await bridge.evalInFrames<string>(`document.getElementById('status')?.textContent ?? ''`, GRAPH);
        return s?.includes('(wave summary)') ? s : undefined;
      },
      60_000,
      'the wave summary',
    );
    assert.equal(status, 'All efforts (wave summary) · 8 waves (2 empty) in plan order · 0 dependencies between waves');
    await bridge.screenshot('graph-wave-summary');
    type Node = { label: string; inView: boolean; cls: string };
    const [nodes] = await bridge.evalInFrames<Node[]>(
      `(() => { const v = document.getElementById('viewport').getBoundingClientRect();
        return [...document.querySelectorAll('#graph g.node[data-wp-node]')].map((n) => { const r = n.getBoundingClientRect();
          return { label: n.getAttribute('aria-label'), cls: n.getAttribute('class'), inView: r.left >= v.left && r.right <= v.right && r.top >= v.top && r.bottom <= v.bottom }; }); })()`,
      GRAPH,
    );
    assert.equal(nodes?.length, 8, 'one node per declared wave');
    assert.deepEqual(
      nodes.filter((n) => !n.inView).map((n) => n.label),
      [],
      'every wave, the last included, is in view as the summary opens',
    );
    const empty = nodes.filter((n) => /\bwp-empty\b/.test(n.cls)).map((n) => n.label);
    assert.deepEqual(empty, [
      'Phase 2 · Wave 3: Security & Validation · empty: no efforts',
      'Phase 3 · Wave 1: Preparation · empty: no efforts',
    ]);
    const [legend] = await bridge.evalInFrames<string>(`document.getElementById('legend').textContent`, GRAPH);
    assert.match(legend ?? '', /declared wave with no efforts/);
  });

  // Measured with every ancestor's opacity (the empty-wave node is faded), against the panel and the node's own fill.
  const EMPTY_CONTRAST = `(() => {
    const parse = (c) => { const m = /rgba?\\(([^)]+)\\)/.exec(String(c)); if (!m) return null; const p = m[1].split(/[\\s,/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
    const over = (c, bg, a) => ({ r: c.r * a + bg.r * (1 - a), g: c.g * a + bg.g * (1 - a), b: c.b * a + bg.b * (1 - a) });
    const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
    const ratio = (a, b) => { const x = lum(a), y = lum(b); return Math.round(((Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)) * 100) / 100; };
    const opacity = (el) => { let o = 1; for (let e = el; e && e.nodeType === 1; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity); return o; };
    const panel = parse(getComputedStyle(document.body).backgroundColor);
    return [...document.querySelectorAll('#graph g.node.wp-empty')].map((node) => {
      const shape = node.querySelector(':scope > :is(rect, polygon, path)');
      const st = getComputedStyle(shape);
      const fill = parse(st.fill);
      const back = fill && fill.a > 0 ? over(fill, panel, fill.a * opacity(shape)) : panel;
      const stroke = parse(st.stroke);
      const strokeRatio = stroke ? ratio(over(stroke, back, stroke.a * opacity(shape)), panel) : 0;
      const texts = [...node.querySelectorAll('foreignObject div, foreignObject span, text')].filter((el) => el.textContent.trim() && !el.querySelector('span, div'))
        .map((el) => { const svg = el.namespaceURI === 'http://www.w3.org/2000/svg'; const c = parse(svg ? getComputedStyle(el).fill : getComputedStyle(el).color);
          return { text: el.textContent.trim().slice(0, 40), ratio: c ? ratio(over(c, back, c.a * opacity(el)), back) : 0 }; });
      return { label: node.getAttribute('aria-label'), strokeRatio, strokeWidth: parseFloat(st.strokeWidth) || 0, texts };
    });
  })()`;

  for (const theme of ['Default High Contrast', 'Default High Contrast Light']) {
    it(`keeps the empty-wave marker legible in ${theme} (strokes 3:1, text 4.5:1)`, async () => {
      const before = vscode.workspace.getConfiguration('workbench').inspect('colorTheme')?.globalValue;
      await closeGraph();
      await vscode.workspace
        .getConfiguration('workbench')
        .update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      try {
        await vscode.window.showTextDocument(
          vscode.Uri.file(path.join(dir, 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md')),
        );
        await vscode.commands.executeCommand('waveplan.showGraph');
        await bridge.waitForFrame(GRAPH, 60_000);
        await bridge.clickInFrame('button[data-action="toggle"]', GRAPH);
        type Seen = {
          label: string;
          strokeRatio: number;
          strokeWidth: number;
          texts: { text: string; ratio: number }[];
        };
        const seen = await waitFor(
          async () => {
            const [m] = await bridge.evalInFrames<Seen[]>(EMPTY_CONTRAST, GRAPH);
            return m?.length === 2 && m.every((n) => n.texts.length) ? m : undefined;
          },
          60_000,
          'the two empty waves drawn',
        );
        await bridge.screenshot(`graph-empty-waves-${theme.endsWith('Light') ? 'hc-light' : 'hc-dark'}`);
        assert.deepEqual(
          seen.filter((n) => n.strokeRatio < 3 || n.strokeWidth <= 0),
          [],
          `empty-wave borders under 3:1 ${JSON.stringify(seen)}`,
        );
        assert.deepEqual(
          seen.flatMap((n) => n.texts.filter((t) => t.ratio < 4.5)),
          [],
          `empty-wave text under 4.5:1 ${JSON.stringify(seen)}`,
        );
      } finally {
        await closeGraph();
        await vscode.workspace
          .getConfiguration('workbench')
          .update('colorTheme', before, vscode.ConfigurationTarget.Global);
      }
    });
  }
});
