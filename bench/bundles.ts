// Bundle sizes of the production build (`node esbuild.js --production`, run in a scratch folder so dist/ stays as
// `npm run build` left it): the extension host bundle against the graph webview bundle, which alone carries Mermaid.
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { ratio } from './timing';
const { cliVendor } = require('../scripts/lib/cli-vendor') as { cliVendor: () => import('esbuild').Plugin };

export interface BundleFigures {
  [name: string]: number;
}

const REPO = path.resolve(__dirname, '..');
/** String literals of the Mermaid library (diagram ids, its layout engines, its parse error), not of our own code. */
const MERMAID_MARKERS = ['flowchart-v2', 'dagre', 'cytoscape', 'Syntax error in text', 'securityLevel'];
/** Build outputs and caches stay out of the scratch folder; everything else is linked so esbuild.js sees the repo. */
const NOT_LINKED = new Set(['dist', 'out', '.git', '.vscode-test', 'test-results']);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function productionBuild(tmp: string): Promise<string> {
  const dir = path.join(tmp, 'production-build');
  await fs.mkdir(dir, { recursive: true });
  for (const name of await fs.readdir(REPO)) {
    if (!NOT_LINKED.has(name)) await fs.symlink(path.join(REPO, name), path.join(dir, name));
  }
  const res = spawnSync(process.execPath, [path.join(REPO, 'esbuild.js'), '--production'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`node esbuild.js --production failed:\n${res.stderr}`);
  return path.join(dir, 'dist');
}

/** The biggest contributors to the host bundle (same entry, minified; esbuild metafile). */
async function hostComposition(): Promise<[string, number][]> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(REPO, 'src/extension/extension.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    define: { WAVEPLAN_VERSION: '"bench"' },
    outfile: 'host.js',
    // As esbuild.js builds it: what loads on first use is in dist/vendor/, not in the host bundle.
    plugins: [cliVendor()],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bySource = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) {
      const parts = path.relative(REPO, path.resolve(REPO, file)).split(path.sep);
      const key =
        parts[0] === 'node_modules'
          ? parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/')
          : parts.slice(0, 3).join('/');
      bySource.set(key, (bySource.get(key) ?? 0) + input.bytesInOutput);
    }
  }
  return [...bySource].sort((a, b) => b[1] - a[1]);
}

export async function benchBundles(tmp: string, log: (line: string) => void): Promise<BundleFigures> {
  const dist = await productionBuild(tmp);
  const host = await fs.readFile(path.join(dist, 'extension.js'));
  const webview = await fs.readFile(path.join(dist, 'webview.js'));
  const hostText = host.toString('utf8');
  const webviewText = webview.toString('utf8');
  // The modules the host loads on first use (yaml, markdown-it's block parser, the zod schemas), beside it.
  const vendorNames = (await fs.readdir(path.join(dist, 'vendor'))).filter((f) => f.endsWith('.js')).sort();
  const vendor = await Promise.all(vendorNames.map((f) => fs.readFile(path.join(dist, 'vendor', f))));
  const vendorBytes = vendor.reduce((n, b) => n + b.length, 0);
  const inHost = MERMAID_MARKERS.filter((m) => hostText.includes(m) || vendor.some((b) => b.includes(m)));
  const inWebview = MERMAID_MARKERS.filter((m) => webviewText.includes(m));
  const figures: BundleFigures = {
    'host.bytes': host.length,
    'webview.bytes': webview.length,
    'host.gzip.bytes': gzipSync(host).length,
    'vendor.bytes': vendorBytes,
    'webview.gzip.bytes': gzipSync(webview).length,
    'ratio.hostToWebview': host.length / webview.length,
    'host.mermaidMarkers': inHost.length,
    'webview.mermaidMarkers': inWebview.length,
  };
  log(
    `dist/extension.js (host): ${kb(host.length)} (${kb(figures['host.gzip.bytes'])} gzipped); dist/webview.js: ${kb(webview.length)} (${kb(figures['webview.gzip.bytes'])} gzipped) → host is ${ratio(host.length, webview.length)} of the webview bundle; host target ≤ 650 KB: ${host.length <= 650 * 1024 ? 'met' : 'NOT met'}`,
  );
  log(
    `loaded on first use from dist/vendor/ (not at activation): ${vendorNames.map((f, i) => `${f} ${kb(vendor[i].length)}`).join(', ')}; ${kb(vendorBytes)} in all`,
  );
  if (inHost.length) log(`FAIL: the host bundle or dist/vendor/ contains Mermaid library code (${inHost.join(', ')})`);
  else
    log(
      `host bundle contains no Mermaid: none of ${MERMAID_MARKERS.length} Mermaid markers found (the webview bundle has ${inWebview.length} of them)`,
    );
  const top = (await hostComposition()).slice(0, 5);
  log(`host bundle's biggest parts: ${top.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`);
  return figures;
}
