// Dependency-graph render time in headless Chromium (Mermaid as the webview bundles it, with the getConfig memo of
// scripts/lib/mermaid-config-memo.js), for plan-shaped graphs of 50/100/300 efforts. Ratios are against the 50-effort
// graph drawn without wave subgraphs, and the 300-effort graph against the same Mermaid bundled without the memo,
// measured in the same run (interleaved); the 300-effort graph is also drawn the way the panel shows it (summary).
import * as esbuild from 'esbuild';
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
const REPO = path.resolve(__dirname, '..');
const { mermaidConfigMemo } = require('../scripts/lib/mermaid-config-memo') as { mermaidConfigMemo(): esbuild.Plugin };

/** Mermaid alone as a browser script (window.mermaid), bundled like dist/webview.js, with or without the memo. */
async function mermaidScript(dir: string, name: string, plugins: esbuild.Plugin[]): Promise<string> {
  const outfile = path.join(dir, `${name}.js`);
  await esbuild.build({
    stdin: {
      contents: "import mermaid from 'mermaid'; (globalThis as { mermaid?: unknown }).mermaid = mermaid;",
      loader: 'ts',
      resolveDir: REPO,
    },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    outfile,
    logLevel: 'silent',
    plugins,
  });
  return outfile;
}
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
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const [patched, unpatched] = await Promise.all([
      mermaidScript(dir, 'mermaid-memo', [mermaidConfigMemo()]),
      mermaidScript(dir, 'mermaid-plain', []),
    ]);
    const openPage = async (script: string) => {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.setContent('<!DOCTYPE html><html><body></body></html>');
      await page.addScriptTag({ path: script });
      // Limits raised so the 300-effort full graph can be measured; the panel itself keeps Mermaid's defaults.
      await page.evaluate(() => {
        const m = (window as unknown as { mermaid: { initialize(c: object): void } }).mermaid;
        m.initialize({
          startOnLoad: false,
          securityLevel: 'strict',
          theme: 'dark',
          maxEdges: 100_000,
          maxTextSize: 1_000_000,
          flowchart: { useMaxWidth: false },
        });
      });
      return page;
    };
    const page = await openPage(patched);
    const plainPage = await openPage(unpatched);
    let seq = 0;
    const renderOnce = (p: typeof page, text: string) =>
      p.evaluate(
        async ([t, id]) => {
          const m = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } })
            .mermaid;
          const { svg } = await m.render(id, t);
          if (!svg.includes('<svg')) throw new Error('no svg');
        },
        [text, `bench${++seq}`] as const,
      );
    const renderMs = (text: string) => medianMs(RUNS, () => renderOnce(page, text));

    // Mermaid loads its flowchart renderer on first use: warm it up outside the measurements.
    const warm = 'graph TD\nsubgraph S["warm"]\na --> b\nend';
    await Promise.all([renderMs(warm), medianMs(1, () => renderOnce(plainPage, warm))]);
    const base = projectToMermaid(projects.get(50)!, { mode: 'full', subgraphs: false });
    const baseline = await renderMs(base.text);
    figures['render.flat.50.ms'] = baseline;
    log(`baseline: 50 efforts, ${base.edgeCount} edges, no subgraphs: ${fmt(baseline)}`);
    for (const n of SIZES) {
      const project = projects.get(n)!;
      const full = projectToMermaid(project, { mode: 'full', maxEdges: 100_000, maxTextSize: 1_000_000 });
      const flat = projectToMermaid(project, {
        mode: 'full',
        subgraphs: false,
        maxEdges: 100_000,
        maxTextSize: 1_000_000,
      });
      const fullMs = await renderMs(full.text);
      const flatMs = n === 50 ? baseline : await renderMs(flat.text);
      figures[`render.full.${n}.ms`] = fullMs;
      figures[`render.flat.${n}.ms`] = flatMs;
      figures[`ratio.full.${n}`] = fullMs / baseline;
      figures[`ratio.subgraphCost.${n}`] = fullMs / flatMs;
      figures[`edges.${n}`] = full.edgeCount;
      const fits = full.edgeCount <= 500 && full.text.length <= 50_000;
      log(
        `${n} efforts, ${full.edgeCount} edges, ${full.text.length} chars${fits ? '' : " (over Mermaid's default limits)"}: ` +
          `with wave subgraphs ${fmt(fullMs)} (${ratio(fullMs, baseline)} of baseline), flat ${fmt(flatMs)}; subgraphs cost ${ratio(fullMs, flatMs)}`,
      );
    }
    const big = projects.get(300)!;
    // The memo's payoff: the same 300-effort graph with wave subgraphs, Mermaid with and without it, interleaved.
    const full300 = projectToMermaid(big, { mode: 'full', maxEdges: 100_000, maxTextSize: 1_000_000 }).text;
    const memo: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      plain.push(await medianMs(1, () => renderOnce(plainPage, full300)));
      memo.push(await medianMs(1, () => renderOnce(page, full300)));
    }
    const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    figures['render.full.300.memo.ms'] = mid(memo);
    figures['render.full.300.unpatched.ms'] = mid(plain);
    figures['ratio.memoVsUnpatched.300'] = mid(memo) / mid(plain);
    log(
      `300 efforts with wave subgraphs, Mermaid's getConfig memoized ${fmt(mid(memo))}; the same Mermaid unpatched ${fmt(mid(plain))} ` +
        `(interleaved) → ${ratio(mid(memo), mid(plain))} (target ≤ 0.6×)`,
    );
    const auto = projectToMermaid(big);
    const autoMs = await renderMs(auto.text);
    figures['render.auto.300.ms'] = autoMs;
    figures['ratio.auto.300'] = autoMs / baseline;
    figures['ratio.autoVsFull.300'] = autoMs / figures['render.full.300.ms'];
    log(
      `300 efforts as the panel opens them (${auto.kind}${auto.level ? `, ${auto.level}` : ''}, ${auto.nodes.length} nodes): ${fmt(autoMs)} → ${ratio(autoMs, figures['render.full.300.ms'])} of the full drawing`,
    );

    // Text generation (extension host side), including the 10,000-effort summary.
    const textMs = await medianMs(5, () =>
      projectToMermaid(big, { mode: 'full', maxEdges: 100_000, maxTextSize: 1_000_000 }),
    );
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
