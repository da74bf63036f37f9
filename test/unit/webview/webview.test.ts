// Pure parts of the graph webview and its protocol: pan/zoom maths, search, theme mapping, SVG node ids,
// message validation and the page's HTML/CSP.
import { strict as assert } from 'assert';
import { contentSecurityPolicy, escapeHtml, graphHtml, makeNonce } from '../../../src/extension/graph/html';
import { parseGraphState, parseWebviewMessage, viewKeyOf } from '../../../src/shared/graphMessages';
import {
  centerOn,
  clampScale,
  fitTransform,
  MAX_SCALE,
  MIN_SCALE,
  READABLE_SCALE,
  wheelFactor,
  zoomAt,
} from '../../../src/webview/panZoom';
import { leftAlignedTitle } from '../../../src/webview/clusters';
import { matchNodes } from '../../../src/webview/search';
import { nodeIdFromElementId } from '../../../src/webview/svgNodes';
import { mermaidThemeFor, themeKindOf } from '../../../src/webview/theme';
import type { GraphNodeRef } from '../../../src/core/mermaid/types';

describe('webview: pan and zoom maths', () => {
  it('keeps the point under the pointer fixed when zooming', () => {
    const before = { x: 10, y: 20, scale: 1 };
    const after = zoomAt(before, 2, 110, 220);
    assert.deepEqual(after, { x: -90, y: -180, scale: 2 });
    // graph point under (110, 220) is (100, 200) before and after
    assert.equal((110 - after.x) / after.scale, (110 - before.x) / before.scale);
  });

  it('clamps the scale', () => {
    assert.equal(clampScale(100), MAX_SCALE);
    assert.equal(clampScale(0), MIN_SCALE);
    assert.equal(zoomAt({ x: 0, y: 0, scale: MAX_SCALE }, 2, 0, 0).scale, MAX_SCALE);
  });

  it('fits and centres a drawing whole when its text stays readable, never enlarging past 1.25×', () => {
    assert.deepEqual(fitTransform(400, 200, 532, 1000, 16), { scale: 1.25, x: 16, y: 375 });
    assert.deepEqual(fitTransform(100, 100, 1000, 1000, 0), { scale: 1.25, x: 437.5, y: 437.5 });
    assert.deepEqual(fitTransform(0, 0, 1000, 1000), { x: 0, y: 0, scale: 1 });
  });

  it('opens a drawing that is not readable whole at the readable scale from its top (the rest is scrolled to)', () => {
    // Whole it would be 0.25×: at the readable scale, centred across, from the top; not fitted to the width (1.0×).
    assert.deepEqual(fitTransform(500, 4000, 532, 1000, 16), { scale: READABLE_SCALE, x: 78.5, y: 16 });
    // A user's 8 efforts in 3 waves (672×1052) in a 1252×641 panel opened at 1.25×, its last wave below the fold:
    // whole it would be 0.58×; the readable scale shows the most of it.
    assert.deepEqual(fitTransform(672, 1052, 1252, 641, 16), { scale: READABLE_SCALE, x: 374, y: 16 });
    // Too wide even for that: READABLE_SCALE from the drawing's left edge (nothing cut off on the left), not centred.
    assert.deepEqual(fitTransform(2000, 4000, 532, 1000, 16), { scale: READABLE_SCALE, x: 16, y: 16 });
  });

  it('centres on a graph point', () => {
    assert.deepEqual(centerOn({ x: 0, y: 0, scale: 2 }, 50, 25, 400, 300), { x: 100, y: 100, scale: 2 });
  });

  it('normalizes wheel deltas and zooms in for negative deltas', () => {
    assert.ok(wheelFactor(-100, 0) > 1);
    assert.ok(wheelFactor(100, 0) < 1);
    assert.equal(wheelFactor(3, 1), wheelFactor(48, 0));
    assert.equal(wheelFactor(10_000, 0), wheelFactor(300, 0), 'one notch never zooms more than a cap');
  });
});

describe('webview: search', () => {
  const nodes: GraphNodeRef[] = [
    { nodeId: 'n_E1_1_1', kind: 'effort', id: 'E1.1.1', label: 'E1.1.1 SyncTarget API' },
    { nodeId: 'n_E1_1_2', kind: 'effort', id: 'E1.1.2', label: 'E1.1.2 Placement controller' },
    { nodeId: 'w_W2_1', kind: 'wave', id: 'W2.1', label: 'Phase 2 · Wave 1', efforts: ['E2.1.1', 'E2.1.7'] },
  ];
  it('matches ids and names case-insensitively, every word', () => {
    assert.deepEqual(matchNodes(nodes, 'e1.1'), ['n_E1_1_1', 'n_E1_1_2']);
    assert.deepEqual(matchNodes(nodes, 'placement CONTROL'), ['n_E1_1_2']);
    assert.deepEqual(matchNodes(nodes, 'sync controller'), []);
  });
  it('finds the wave node that stands for an effort in a summary', () => {
    assert.deepEqual(matchNodes(nodes, 'E2.1.7'), ['w_W2_1']);
  });
  it('matches nothing for an empty query', () => {
    assert.deepEqual(matchNodes(nodes, '   '), []);
  });
});

describe('webview: theme', () => {
  it('reads the theme kind from body classes', () => {
    assert.equal(themeKindOf(['vscode-light']), 'light');
    assert.equal(themeKindOf(['vscode-dark']), 'dark');
    assert.equal(themeKindOf(['vscode-high-contrast']), 'hc-dark');
    assert.equal(themeKindOf(['vscode-high-contrast', 'vscode-high-contrast-light']), 'hc-light');
    assert.equal(themeKindOf([], 'vscode-light'), 'light');
    assert.equal(themeKindOf([]), 'dark');
  });
  it('maps kinds to Mermaid themes', () => {
    assert.deepEqual(mermaidThemeFor('light'), { theme: 'default' });
    assert.deepEqual(mermaidThemeFor('dark'), { theme: 'dark' });
    assert.equal(mermaidThemeFor('hc-dark').theme, 'base');
    assert.equal(mermaidThemeFor('hc-dark').themeVariables?.primaryTextColor, '#ffffff');
    assert.equal(mermaidThemeFor('hc-light').themeVariables?.primaryTextColor, '#000000');
  });

  it('draws high contrast in the theme’s own colours: wave boxes in its contrast border, never a finding’s colour', () => {
    const theme: Record<string, string> = {
      '--vscode-editor-background': '#0a0a0a',
      '--vscode-editor-foreground': '#fafafa',
      '--vscode-contrastBorder': '#00ffaa',
    };
    const vars = mermaidThemeFor('hc-dark', (name) => theme[name]).themeVariables!;
    assert.equal(vars.background, '#0a0a0a');
    assert.equal(vars.primaryTextColor, '#fafafa');
    assert.equal(vars.lineColor, '#fafafa');
    assert.equal(vars.nodeBorder, '#fafafa');
    assert.equal(vars.clusterBorder, '#00ffaa');
    // Built-in HC Light: its active border is red (#b5200d), the error colour; wave boxes take the contrast border.
    const light = mermaidThemeFor('hc-light').themeVariables!;
    assert.equal(light.clusterBorder, '#0f4a85');
    assert.notEqual(light.clusterBorder.toLowerCase(), '#b5200d');
  });
});

describe('webview: wave titles', () => {
  it('moves a title from the centre of its box to the left edge, keeping its height', () => {
    assert.equal(leftAlignedTitle('translate(812.5, 8)', 100), 'translate(108, 8)');
    assert.equal(leftAlignedTitle('translate(-3.5 , 12.25)', -40), 'translate(-32, 12.25)');
    assert.equal(leftAlignedTitle('scale(2)', 0), undefined);
    assert.equal(leftAlignedTitle(null, 0), undefined);
    assert.equal(leftAlignedTitle('translate(1, 2)', NaN), undefined);
  });
});

describe('webview: SVG node ids', () => {
  it('recovers the Mermaid node id from the element id', () => {
    assert.equal(nodeIdFromElementId('wp-svg-3-flowchart-n_E1_1_1-12', 'wp-svg-3'), 'n_E1_1_1');
    assert.equal(nodeIdFromElementId('wp-svg-3-flowchart-n_a_b_2-0', 'wp-svg-3'), 'n_a_b_2');
    assert.equal(nodeIdFromElementId('wp-svg-31-flowchart-n_E1_1_1-0', 'wp-svg-3'), undefined);
    assert.equal(nodeIdFromElementId('wp-svg-3-W1_1', 'wp-svg-3'), undefined);
  });
});

describe('graph protocol: messages from the webview are validated', () => {
  it('accepts well-formed messages', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'openEffort', id: 'E1.1.1' }), { type: 'openEffort', id: 'E1.1.1' });
    assert.deepEqual(
      parseWebviewMessage({ type: 'setView', view: { mode: 'auto', focus: { kind: 'wave', phase: 1, wave: 2 } } }),
      {
        type: 'setView',
        view: { mode: 'auto', focus: { kind: 'wave', phase: 1, wave: 2 } },
      },
    );
    assert.deepEqual(parseWebviewMessage({ type: 'exportSvg', svg: '<svg xmlns="x"></svg>' }), {
      type: 'exportSvg',
      svg: '<svg xmlns="x"></svg>',
    });
  });
  it('rejects anything else', () => {
    for (const bad of [
      null,
      'openEffort',
      { type: 'openEffort' },
      { type: 'openEffort', id: '' },
      { type: 'openEffort', id: 'x'.repeat(501) },
      { type: 'setView', view: { mode: 'everything' } },
      { type: 'setView', view: { mode: 'auto', focus: { kind: 'wave', phase: -1, wave: 1 } } },
      { type: 'setView', view: { mode: 'auto', focus: { kind: 'effort', id: 'E1.1.1', hops: 1e9 } } },
      { type: 'exportSvg', svg: '<html><script>alert(1)</script>' },
      { type: 'exportSvg', svg: 42 },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
    ]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });
  it('restores state field by field, dropping what is malformed', () => {
    assert.deepEqual(
      parseGraphState({ view: { mode: 'summary' }, panZoom: { x: 1, y: 2, scale: 0.5 }, search: 'api', viewKey: 'k' }),
      {
        version: 1,
        view: { mode: 'summary' },
        panZoom: { x: 1, y: 2, scale: 0.5 },
        search: 'api',
        viewKey: 'k',
      },
    );
    assert.deepEqual(parseGraphState({ view: 'x', panZoom: { x: NaN, y: 0, scale: 1 }, search: 7 }), {
      version: 1,
      view: { mode: 'auto' },
    });
    assert.equal(parseGraphState(undefined), undefined);
  });
  it('keys views so live updates keep pan/zoom and view changes refit', () => {
    const a = viewKeyOf({ mode: 'auto' }, { kind: 'full' });
    assert.equal(a, viewKeyOf({ mode: 'auto' }, { kind: 'full' }));
    assert.notEqual(a, viewKeyOf({ mode: 'auto' }, { kind: 'summary', level: 'wave' }));
    assert.notEqual(a, viewKeyOf({ mode: 'auto', focus: { kind: 'phase', phase: 1 } }, { kind: 'full' }));
  });
});

describe('graph page HTML', () => {
  const html = graphHtml({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/graph.css',
    nonce: 'abc123',
    config: { maxTextSize: 50000, maxEdges: 500 },
    title: 'Graph "<b>"',
  });

  it('has a nonce-only script policy and inline styles for Mermaid', () => {
    assert.equal(
      contentSecurityPolicy('https://c', 'n1'),
      "default-src 'none'; script-src 'nonce-n1'; style-src https://c 'unsafe-inline'; img-src https://c data:; font-src https://c",
    );
    assert.ok(html.includes(`content="default-src &#39;none&#39;; script-src &#39;nonce-abc123&#39;;`));
  });

  it('loads exactly one script, by nonce, and no inline script', () => {
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, [
      '<script nonce="abc123" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js">',
    ]);
    assert.ok(/<script[^>]*><\/script>/.test(html), 'the script element has no inline body');
  });

  it('puts settings in an escaped data attribute', () => {
    assert.ok(html.includes('data-config="{&#34;maxTextSize&#34;:50000,&#34;maxEdges&#34;:500}"'));
    assert.ok(html.includes('<title>Graph &#34;&#60;b&#62;&#34;</title>'));
    assert.equal(escapeHtml(`<a href="x" title='y'>&`), '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;');
  });

  it('makes a fresh base64 nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[A-Za-z0-9+/]{24}$/);
    assert.notEqual(a, makeNonce());
  });
});
