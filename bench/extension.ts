// Editor benchmarks for `npm run bench`: bundle sizes, activation and first scan, keystroke → diagnostics (inside
// code-server), and graph render time (headless Chromium). Every figure comes with a baseline from the same run.
import { benchBundles } from './bundles';
import { benchEditor } from './editor';
import { benchFirstLook } from './firstLook';
import { benchGraph } from './graph';

export type ExtensionFigures = Record<string, number>;

function prefixed(prefix: string, figures: Record<string, number>): ExtensionFigures {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${prefix}.${k}`, v]));
}

export async function benchExtension(tmp: string, log: (line: string) => void): Promise<ExtensionFigures> {
  log('### Bundles (production build)');
  const bundles = await benchBundles(tmp, log);
  log('\n### In VS Code (code-server 4.100, headless Chromium)');
  const editor = await benchEditor(tmp, log);
  log('\n### First look: a fresh window on the real idpbuilder plans, against the Explorer in the same load');
  const look = await benchFirstLook(log);
  log('\n### Dependency graph render (Mermaid in headless Chromium)');
  const graph = await benchGraph(tmp, log);
  return {
    ...prefixed('bundle', bundles),
    ...prefixed('editor', editor),
    ...prefixed('firstLook', look),
    ...prefixed('graph', graph),
  };
}
