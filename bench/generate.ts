// Synthetic plan trees in the real conventions (bold metadata, JSON metadata blocks, mermaid), for benchmarks.
import { promises as fs } from 'fs';
import * as path from 'path';

export interface GeneratedTree {
  root: string;
  files: string[];
  efforts: number;
}

const WAVES_PER_PHASE = 10;

/** `files` wave plans of `perFile` efforts each; every third file uses JSON metadata blocks (the G2 style). */
export async function generatePlanTree(root: string, files: number, perFile: number): Promise<GeneratedTree> {
  await fs.rm(root, { recursive: true, force: true });
  const written: string[] = [];
  for (let f = 0; f < files; f++) {
    const phase = Math.floor(f / WAVES_PER_PHASE) + 1;
    const wave = (f % WAVES_PER_PHASE) + 1;
    const dir = path.join(root, `phase${phase}`, `wave${wave}`);
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, 'WAVE-IMPLEMENTATION-PLAN.md');
    await fs.writeFile(file, wavePlan(phase, wave, perFile, f % 3 === 2, f));
    written.push(file);
  }
  return { root, files: written, efforts: files * perFile };
}

/**
 * Realistic problem rates: sizes 150–749 (about 8% over the soft limit), and every 50th file one oversized
 * effort, every 100th a two-effort cycle, every 200th an unknown dependency.
 */
function wavePlan(phase: number, wave: number, perFile: number, jsonStyle: boolean, index: number): string {
  const out: string[] = [
    `# Phase ${phase} Wave ${wave} Implementation Plan`,
    '',
    `## 🌊 Wave ${wave}: Generated work`,
    '',
  ];
  for (let n = 1; n <= perFile; n++) {
    const id = `E${phase}.${wave}.${n}`;
    // Depend on two efforts of the previous wave, so the graph has real fan-in.
    const deps = wave > 1 ? [`E${phase}.${wave - 1}.${n}`, `E${phase}.${wave - 1}.${(n % perFile) + 1}`] : [];
    if (index % 100 === 0 && n <= 2) deps.push(`E${phase}.${wave}.${3 - n}`);
    if (index % 200 === 0 && n === 3) deps.push(`E${phase}.${wave}.${perFile + 7}`);
    const lines = index % 50 === 0 && n === 4 ? 950 : 150 + ((phase * 31 + wave * 17 + n * 13) % 600);
    out.push(`### ${id}: generated-effort-${phase}-${wave}-${n}`, '');
    if (jsonStyle) {
      out.push(
        '```json',
        JSON.stringify(
          {
            effort_id: id.slice(1),
            estimated_lines: lines,
            depends_on: deps.map((d) => `effort:${d.slice(1)}`),
            branch_name: `proj/phase${phase}/wave${wave}/effort-${n}`,
            parallelizable: true,
          },
          null,
          2,
        ),
        '```',
        '',
      );
    } else {
      out.push(
        `**Branch**: \`proj/phase${phase}/wave${wave}/effort-${n}\`  `,
        `**Size Estimate**: ~${lines} lines (MUST be <800)  `,
        `**Dependencies**: ${deps.length ? `[${deps.join(', ')}]` : 'None'}  `,
        `**Can Parallelize**: Yes  `,
        '',
      );
    }
    out.push('#### Scope', '', `- Implement part ${n} of wave ${wave}.`, '- Add unit tests.', '');
  }
  return out.join('\n');
}

/** One big plan file of about `lines` lines, for the re-read benchmark (in phase `phase`, default 1). */
export function bigPlanText(lines: number, phase = 1): string {
  const out: string[] = [`# Phase ${phase} Implementation Plan`, ''];
  let n = 0;
  let wave = 1;
  while (out.length < lines) {
    if (n % 20 === 0) out.push(`## Wave ${wave++}`, '');
    n++;
    const w = wave - 1;
    out.push(
      `### E${phase}.${w}.${n}: effort-${n}`,
      '',
      `**Size Estimate**: ~${300 + (n % 400)} lines  `,
      `**Dependencies**: ${w > 1 ? `[E${phase}.${w - 1}.${n - 20}]` : 'None'}  `,
      '',
    );
    for (let k = 0; k < 10; k++) out.push(`- Step ${k} of effort ${n}: write the code and its tests.`);
    out.push('');
  }
  return out.join('\n');
}
