// Dependency-graph render time in headless Chromium (Mermaid's own dist build, the version bundled into the
// webview), for plan-shaped graphs of 50/100/300 efforts. Ratios are against the 50-effort graph drawn without
// wave subgraphs, measured in the same run; the 300-effort graph is also drawn the way the panel shows it (summary).
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadProject } from '../src/cli/load';
import { projectToMermaid } from '../src/core/mermaid/flowchart';
import type { Project } from '../src/core/model/model';
import { generatePlanTree } from './generate';
import { fmt, medianMs, ratio } from './timing';

export interface GraphFigures {
  [name: string]: number;
}

const CHROMIUM = '/usr/bin/chromium';
const SIZES = [50, 100, 300];
const RUNS = 3;

export async function benchGraph(tmp?: string, log: (line: string) => void = console.log): Promise<GraphFigures> {
  const figures: GraphFigures = {};
  if (!existsSync(CHROMIUM)) {
    log(`graph: skipped (${CHROMIUM} missing; npm run setup:vscode or apt-get install chromium)`);
    return { skipped: 1 };
  }
  const own = !tmp;
  const dir = tmp ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-graph-bench-')));
  const projects = new Map<number, Project>();
  for (const n of SIZES) {
    const root = path.join(dir, `graph-${n}`);
    await generatePlanTree(root, n / 10, 10);
    projects.set(n, (await loadProject([root], dir)).project);
  }

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.setContent('<!DOCTYPE html><html><body></body></html>');
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    // Limits raised so the 300-effort full graph can be measured; the panel itself keeps Mermaid's defaults.
    await page.evaluate(() => {
      const m = (window as unknown as { mermaid: { initialize(c: object): void } }).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'dark', maxEdges: 100_000, maxTextSize: 1_000_000, flowchart: { useMaxWidth: false } });
    });
    let seq = 0;
    const renderMs = (text: string) =>
      medianMs(RUNS, () =>
        page.evaluate(
          async ([t, id]) => {
            const m = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
            const { svg } = await m.render(id, t);
            if (!svg.includes('<svg')) throw new Error('no svg');
          },
          [text, `bench${++seq}`] as const,
        ),
      );

    // Mermaid loads its flowchart renderer on first use: warm it up outside the measurements.
    await renderMs('graph TD\nsubgraph S["warm"]\na --> b\nend');
    const base = projectToMermaid(projects.get(50)!, { mode: 'full', subgraphs: false });
    const baseline = await renderMs(base.text);
    figures['render.flat.50.ms'] = baseline;
    log(`baseline: 50 efforts, ${base.edgeCount} edges, no subgraphs: ${fmt(baseline)}`);
    for (const n of SIZES) {
      const project = projects.get(n)!;
      const full = projectToMermaid(project, { mode: 'full', maxEdges: 100_000, maxTextSize: 1_000_000 });
      const flat = projectToMermaid(project, { mode: 'full', subgraphs: false, maxEdges: 100_000, maxTextSize: 1_000_000 });
      const fullMs = await renderMs(full.text);
      const flatMs = n === 50 ? baseline : await renderMs(flat.text);
      figures[`render.full.${n}.ms`] = fullMs;
      figures[`render.flat.${n}.ms`] = flatMs;
      figures[`ratio.full.${n}`] = fullMs / baseline;
      figures[`ratio.subgraphCost.${n}`] = fullMs / flatMs;
      figures[`edges.${n}`] = full.edgeCount;
      const fits = full.edgeCount <= 500 && full.text.length <= 50_000;
      log(
        `${n} efforts, ${full.edgeCount} edges, ${full.text.length} chars${fits ? '' : ' (over Mermaid\'s default limits)'}: ` +
          `with wave subgraphs ${fmt(fullMs)} (${ratio(fullMs, baseline)} of baseline), flat ${fmt(flatMs)}; subgraphs cost ${ratio(fullMs, flatMs)}`,
      );
    }
    const big = projects.get(300)!;
    const auto = projectToMermaid(big);
    const autoMs = await renderMs(auto.text);
    figures['render.auto.300.ms'] = autoMs;
    figures['ratio.auto.300'] = autoMs / baseline;
    figures['ratio.autoVsFull.300'] = autoMs / figures['render.full.300.ms'];
    log(`300 efforts as the panel opens them (${auto.kind}${auto.level ? `, ${auto.level}` : ''}, ${auto.nodes.length} nodes): ${fmt(autoMs)} → ${ratio(autoMs, figures['render.full.300.ms'])} of the full drawing`);

    // Text generation (extension host side), including the 10,000-effort summary.
    const textMs = await medianMs(5, () => projectToMermaid(big, { mode: 'full', maxEdges: 100_000, maxTextSize: 1_000_000 }));
    figures['text.full.300.ms'] = textMs;
    log(`Mermaid text for 300 efforts: ${fmt(textMs)} (${ratio(textMs, baseline)} of the baseline render)`);
  } finally {
    await browser.close();
    if (own) await fs.rm(dir, { recursive: true, force: true });
  }
  return figures;
}

if (require.main === module) {
  benchGraph().then(
    (f) => console.log(JSON.stringify(f, null, 2)),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
