// The CLI's loadProject as the CLI and the editor run it: bundled by esbuild into one scope, as dist/cli.js is. The
// TypeScript modules that esbuild-register loads one by one reach every import through an export getter (a
// megamorphic property read per cross-module call): on the bench tree the bundle took 0.86–0.94× of their CPU in four
// interleaved runs of 15 pairs (0.69× in a fifth; 2026-12-06, load 12–15).
import * as esbuild from 'esbuild';
import * as path from 'path';
import type { loadProject } from '../src/cli/load';

const REPO = path.resolve(__dirname, '..');

export function bundledLoadProject(tmp: string): typeof loadProject {
  const outfile = path.join(tmp, 'load.bundle.js');
  esbuild.buildSync({
    entryPoints: [path.join(REPO, 'src', 'cli', 'load.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    charset: 'utf8',
    // As esbuild.js: jsonc-parser's ES module build (its UMD main's requires cannot be followed).
    alias: { 'jsonc-parser': path.join(REPO, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js') },
    logLevel: 'warning',
  });
  return (require(outfile) as { loadProject: typeof loadProject }).loadProject;
}
