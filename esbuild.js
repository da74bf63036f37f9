// Two bundles: the extension host + CLI (node/cjs, vscode external) and the graph webview (browser/iife, mermaid inside).
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { mermaidConfigMemo } = require('./scripts/lib/mermaid-config-memo');
const { cliVendor, VENDOR_ENTRIES } = require('./scripts/lib/cli-vendor');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const pkg = require('./package.json');
// jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow: bundle its ES module build instead.
const common = {
  define: { WAVEPLAN_VERSION: JSON.stringify(pkg.version) },
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'info',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // Node reads sources as UTF-8: non-ASCII text (entity tables, messages) stays as is instead of \uXXXX escapes (−20 KB).
    charset: 'utf8',
    // When the host started evaluating the bundle: the "Waveplan" log says how long loading it took. The directive
    // comes first, or the bundle would leave strict mode.
    banner: { js: "'use strict';\nglobalThis.__waveplanLoadStarted = Date.now();" },
    // The parsers and schemas most plans never need load from dist/vendor/ on first use, as in the CLI: the host
    // bundle is the code VS Code loads at activation.
    plugins: [cliVendor()],
  },
  {
    ...common,
    // The CLI itself, which the bin runs (src/cli/bin.ts).
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli-main.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    charset: 'utf8',
    plugins: [cliVendor()],
  },
  {
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // What dist/cli-main.js requires on demand (scripts/lib/cli-vendor.js).
    ...common,
    entryPoints: VENDOR_ENTRIES,
    outdir: 'dist/vendor',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    charset: 'utf8',
  },
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    plugins: [mermaidConfigMemo()],
  },
];

// The integration suite runs inside the VS Code extension host, so it is bundled like the extension (mocha inside).
// Entries: index.ts and every suite in the feature folders (support/ holds helpers they import).
const integrationEntries = fs.existsSync('test/integration')
  ? fs
      .readdirSync('test/integration', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && (f === 'index.ts' || f.endsWith('.test.ts')))
      .map((f) => `test/integration/${f}`)
  : [];
if (integrationEntries.length && !production) {
  // mocha's parallel mode (never used inside the extension host) resolves files at run time; keep them out of the bundle.
  builds.push({
    ...common,
    entryPoints: integrationEntries,
    outdir: 'out/test/integration',
    outbase: 'test/integration',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', './reporters/parallel-buffered', './worker.js'],
  });
}

// `node esbuild.js --bench` (or WAVEPLAN_BENCH=1) adds the editor benchmark suite, which runs inside code-server
// like the integration suite (bench/extension.ts starts it); `npm test` never builds or runs it.
if (process.argv.includes('--bench') || process.env.WAVEPLAN_BENCH === '1') {
  const benchEntries = fs
    .readdirSync('bench/vscode')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `bench/vscode/${f}`);
  builds.push({
    ...common,
    entryPoints: benchEntries,
    outdir: 'out/bench/vscode',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  });
}

async function main() {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  writeCodeCache();
}

/**
 * The V8 code cache of dist/cli-main.js (src/cli/bin.ts), made by one lint of the example workspace with this Node.
 * A failure costs only speed: the bin compiles without a cache it cannot use.
 */
function writeCodeCache() {
  const cache = path.resolve('dist/cli-main.js.cache');
  fs.rmSync(cache, { force: true });
  const run = spawnSync(process.execPath, ['dist/cli.js', 'lint', '--format', 'json', 'example'], {
    env: { ...process.env, WAVEPLAN_WRITE_CODE_CACHE: cache },
    encoding: 'utf8',
  });
  if (!fs.existsSync(cache)) console.warn(`esbuild.js: no code cache for the CLI (${run.stderr || run.error})`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
