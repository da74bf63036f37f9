// `waveplan lint [PATH…] [--format text|json|sarif]`: compiler-style findings; exit 0 clean, 1 errors, 2 usage/I-O.
import type { PlanDiagnostic, Project } from '../../core/model/model';
import { parseFlags, settingsFrom } from '../args';
import { LINT } from '../spec';
import { EXIT, UsageError, type CliIO } from '../io';
import {
  allDiagnostics,
  displayMessage,
  displayPaths,
  failedToLoad,
  loadProject,
  projectNames,
  withProject,
  reportProblems,
} from '../load';
import { arrayMark, streamed, writeStreamedJson } from '../jsonStream';
import { diagnosticJson } from './inspect';
import { diagnosticJsonWriter } from '../diagnosticText';
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
  const { root } = loaded;
  reportProblems(loaded, io);
  const rel = displayPaths(root);
  const diagnostics = allDiagnostics(loaded);
  // Several projects (nested git repositories): each finding says whose it is.
  const names = projectNames(loaded);
  const shown = values.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const sorted = [...shown].sort(byLocation);
  // Streamed: 100,000 findings must not become one string (see jsonStream.ts).
  if (format === 'json')
    writeStreamedJson(io.out, arrayMark('all'), {
      all: streamed(
        sorted,
        (d: PlanDiagnostic) => withProject(diagnosticJson(d, rel, root), names?.get(d)),
        textOf(diagnosticJsonWriter(rel, root), names),
      ),
    });
  else if (format === 'sarif') writeSarif(io.out, sorted, rel, (m) => displayMessage(m, root), undefined, names);
  else {
    for (const d of sorted) {
      const where = names ? `[${names.get(d)}] ` : '';
      io.out(
        `${rel(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${where}${displayMessage(d.message, root)}\n`,
      );
    }
    if (names)
      for (const part of loaded.projects)
        io.err(`${part.name}: ${summaryOf(part.project.diagnostics, [part.project])}\n`);
    io.err(
      `${summaryOf(
        diagnostics,
        loaded.projects.map((p) => p.project),
      )}\n`,
    );
  }
  if (failedToLoad(loaded)) return EXIT.usage;
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
}

/** Each finding's JSON text, with its project's name when there are several. */
function textOf(
  write: (d: PlanDiagnostic, project: string | undefined) => string,
  names: Map<PlanDiagnostic, string> | undefined,
): (d: PlanDiagnostic) => string {
  return names ? (d) => write(d, names.get(d)) : (d) => write(d, undefined);
}

function summaryOf(diagnostics: PlanDiagnostic[], projects: Project[]): string {
  const n = severityCounts(diagnostics);
  const files = projects.reduce((sum, p) => sum + planFileCount(p), 0);
  const efforts = projects.reduce((sum, p) => sum + p.efforts.length, 0);
  return lintSummary({ files, efforts, errors: n.error, warnings: n.warning, infos: n.info, hints: n.hint });
}

function byLocation(a: PlanDiagnostic, b: PlanDiagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
