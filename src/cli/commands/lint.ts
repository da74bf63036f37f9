// `waveplan lint [PATH…] [--format text|json|sarif]`: compiler-style findings; exit 0 clean, 1 errors, 2 usage/I-O.
import type { PlanDiagnostic } from '../../core/model/model';
import { parseFlags, settingsFrom } from '../args';
import { LINT } from '../spec';
import { EXIT, UsageError, type CliIO } from '../io';
import { displayMessage, displayPaths, failedToLoad, loadProject, reportProblems } from '../load';
import { arrayMark, streamed, writeStreamedJson } from '../jsonStream';
import { diagnosticJson } from './inspect';
import { writeSarif } from '../sarif';
import { lintSummary } from '../../core/views/lintSummary';
import { planFileCount } from '../../core/files/dataFiles';
import { severityCounts } from '../../core/views/severityCounts';

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, LINT);
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const loaded = await loadProject(positionals, io.cwd, settingsFrom(values));
  const { project, root } = loaded;
  reportProblems(loaded, io);
  const rel = displayPaths(root);
  const shown = values.quiet ? project.diagnostics.filter((d) => d.severity === 'error') : project.diagnostics;
  const sorted = [...shown].sort(byLocation);
  // Streamed: 100,000 findings must not become one string (see jsonStream.ts).
  if (format === 'json')
    writeStreamedJson(io.out, arrayMark('all'), {
      all: streamed(sorted, (d: PlanDiagnostic) => diagnosticJson(d, rel, root)),
    });
  else if (format === 'sarif') writeSarif(io.out, sorted, rel, (m) => displayMessage(m, root));
  else {
    for (const d of sorted)
      io.out(`${rel(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${displayMessage(d.message, root)}\n`);
    const n = severityCounts(project.diagnostics);
    const [files, efforts] = [planFileCount(project), project.efforts.length];
    io.err(`${lintSummary({ files, efforts, errors: n.error, warnings: n.warning, infos: n.info, hints: n.hint })}\n`);
  }
  if (failedToLoad(loaded)) return EXIT.usage;
  return project.diagnostics.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
}

function byLocation(a: PlanDiagnostic, b: PlanDiagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
