// Loads the real webview bundle into headless Chromium behind the production CSP, with a fake acquireVsCodeApi
// that records what the page posts. Used by the webview render tests and the graph benchmark.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { graphHtml } from '../../../src/extension/graph/html';
import type { ExtensionToWebview, WebviewToExtension } from '../../../src/shared/graphMessages';

export const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'https://webview.test';
const REPO = path.resolve(__dirname, '../../..');
/** The bundle-time patch esbuild.js applies to Mermaid (scripts/lib/mermaid-config-memo.js). */
export const mermaidPatch = require('../../../scripts/lib/mermaid-config-memo') as {
  mermaidConfigMemo(): esbuild.Plugin;
  patchMermaidSource(source: string): string | undefined;
};

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** Bundles src/webview/main.ts like esbuild.js does (Mermaid inside) into a temp file. */
export async function buildWebviewBundle(): Promise<string> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wp-webview-')), 'webview.js');
  await esbuild.build({
    entryPoints: [path.join(REPO, 'src/webview/main.ts')],
    bundle: true,
    outfile: out,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
    plugins: [mermaidPatch.mermaidConfigMemo()],
  });
  return out;
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

export interface WebviewPage {
  page: Page;
  /** Messages the page posted to the "extension", in order. */
  posted(): Promise<WebviewToExtension[]>;
  /** Waits for a posted message of this type after `since` messages. */
  waitForPosted<T extends WebviewToExtension['type']>(
    type: T,
    since?: number,
    timeoutMs?: number,
  ): Promise<Extract<WebviewToExtension, { type: T }>>;
  send(msg: ExtensionToWebview): Promise<void>;
  state(): Promise<unknown>;
  cspViolations: string[];
}

export async function openWebview(
  browser: Browser,
  bundle: string,
  opts: { bodyClass?: string; state?: unknown; size?: { width: number; height: number } } = {},
): Promise<WebviewPage> {
  const page = await browser.newPage({ viewport: opts.size ?? { width: 1000, height: 700 } });
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  const html = graphHtml({
    cspSource: ORIGIN,
    scriptUri: `${ORIGIN}/dist/webview.js`,
    styleUri: `${ORIGIN}/media/graph.css`,
    nonce: 'dGVzdC1ub25jZS0xMjM0NTY=',
    config: { maxTextSize: 50_000, maxEdges: 500 },
    title: 'test',
  }).replace('<body ', `<body class="${opts.bodyClass ?? 'vscode-dark'}" `);
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: html });
    if (url.pathname === '/dist/webview.js')
      return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(bundle, 'utf8') });
    if (url.pathname === '/media/graph.css')
      return route.fulfill({
        contentType: 'text/css',
        body: fs.readFileSync(path.join(REPO, 'media/graph.css'), 'utf8'),
      });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.addInitScript((initial) => {
    const w = window as unknown as Record<string, unknown>;
    w.__posted = [];
    w.__state = initial;
    w.acquireVsCodeApi = () => ({
      postMessage: (m: unknown) => (w.__posted as unknown[]).push(JSON.parse(JSON.stringify(m))),
      getState: () => w.__state,
      setState: (s: unknown) => (w.__state = JSON.parse(JSON.stringify(s))),
    });
  }, opts.state ?? null);
  await page.goto(`${ORIGIN}/index.html`);
  const posted = () => page.evaluate(() => (window as unknown as { __posted: WebviewToExtension[] }).__posted);
  return {
    page,
    cspViolations,
    posted,
    async waitForPosted(type, since = 0, timeoutMs = 20_000) {
      const handle = await page.waitForFunction(
        ([t, s]) =>
          (window as unknown as { __posted: Array<{ type: string }> }).__posted
            .slice(s as number)
            .find((m) => m.type === t),
        [type, since] as const,
        { timeout: timeoutMs },
      );
      return (await handle.jsonValue()) as never;
    },
    send: (msg) => page.evaluate((m) => window.postMessage(m, '*'), msg),
    state: () => page.evaluate(() => (window as unknown as { __state: unknown }).__state),
  };
}
