// The bundle-time patch that memoizes Mermaid's getConfig (scripts/lib/mermaid-config-memo.js) must not change a
// single byte of what the graph panel draws: the real webview, built with and without the patch, renders the same
// graphs in headless Chromium and the SVGs are compared as text.
import { strict as assert } from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { projectToMermaid } from '../../../src/core/mermaid/flowchart';
import type { MermaidGraph } from '../../../src/core/mermaid/types';
import { layeredProject } from '../support/mermaidHelpers';
import { chromiumAvailable, launch, mermaidPatch, openWebview } from '../support/webviewHarness';

const REPO = path.resolve(__dirname, '../../..');

/** The webview as esbuild.js bundles it, with or without the patch; not minified, so the patch can be seen. */
async function webviewBundle(plugins: esbuild.Plugin[]): Promise<string> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wp-webview-memo-')), 'webview.js');
  await esbuild.build({
    entryPoints: [path.join(REPO, 'src/webview/main.ts')],
    bundle: true,
    outfile: out,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
    plugins,
  });
  return out;
}

async function drawnSvgs(
  browser: Browser,
  bundle: string,
  graphs: MermaidGraph[],
  bodyClass: string,
): Promise<string[]> {
  const w = await openWebview(browser, bundle, { bodyClass, size: { width: 1400, height: 900 } });
  await w.waitForPosted('ready');
  const svgs: string[] = [];
  for (const [i, graph] of graphs.entries()) {
    const since = (await w.posted()).length;
    await w.send({
      type: 'render',
      graph,
      view: { mode: 'full' },
      viewKey: `g${i}`,
      totalEfforts: graph.effortCount,
      generation: i + 1,
    });
    const done = await Promise.race([
      w.waitForPosted('rendered', since, 60_000),
      w.waitForPosted('renderError', since, 60_000),
    ]);
    assert.equal(done.type, 'rendered', JSON.stringify(done));
    svgs.push(await w.page.$eval('#graph svg', (el) => el.outerHTML));
  }
  await w.page.close();
  return svgs;
}

describe('webview: the Mermaid getConfig memo', function () {
  this.timeout(300_000);
  let browser: Browser;

  before(async function () {
    if (!chromiumAvailable()) this.skip();
    browser = await launch();
  });
  after(async () => browser?.close());

  it('patches exactly the getConfig of the installed Mermaid', () => {
    const chunks = path.join(REPO, 'node_modules/mermaid/dist/chunks/mermaid.core');
    const patched = fs
      .readdirSync(chunks)
      .filter(
        (f) =>
          /^chunk-.*\.mjs$/.test(f) &&
          mermaidPatch.patchMermaidSource(fs.readFileSync(path.join(chunks, f), 'utf8')) !== undefined,
      );
    assert.equal(patched.length, 1);
  });

  it('draws byte-identical SVGs with and without the patch (wave subgraphs, flat, left-to-right, light and dark)', async () => {
    const project = layeredProject(2, 3, 5);
    const graphs = [
      projectToMermaid(project, { mode: 'full' }),
      projectToMermaid(project, { mode: 'full', subgraphs: false, direction: 'LR' }),
      projectToMermaid(layeredProject(3, 10, 6), { mode: 'auto' }),
    ];
    assert.equal(graphs[2].kind, 'summary');
    const [patched, plain] = await Promise.all([webviewBundle([mermaidPatch.mermaidConfigMemo()]), webviewBundle([])]);
    assert.ok(fs.readFileSync(patched, 'utf8').includes('waveplanConfigCopy'), 'the patched bundle carries the memo');
    assert.ok(!fs.readFileSync(plain, 'utf8').includes('waveplanConfigCopy'));
    for (const [theme, drawn] of [
      ['vscode-dark', graphs],
      ['vscode-light', graphs.slice(0, 1)],
    ] as const) {
      const a = await drawnSvgs(browser, patched, drawn, theme);
      const b = await drawnSvgs(browser, plain, drawn, theme);
      assert.equal(a.length, drawn.length);
      for (let i = 0; i < drawn.length; i++) {
        assert.ok(a[i].length > 1000 && a[i].includes('class="node'), `graph ${i} was drawn`);
        assert.equal(a[i], b[i], `graph ${i} (${theme}) differs`);
      }
    }
  });
});
