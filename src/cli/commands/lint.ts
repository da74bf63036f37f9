// `waveplan lint [PATH…] [--format text|json|sarif]`: compiler-style findings; exit 0 clean, 1 errors, 2 usage/I-O.
import type { PlanDiagnostic } from '../../core/model/model';
import { LIMIT_FLAGS, limitsFrom, parseFlags } from '../args';
import { EXIT, UsageError, type CliIO } from '../io';
import { displayMessage, displayPath, loadProject } from '../load';
import { diagnosticJson } from './inspect';
import { toSarif } from '../sarif';

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { format: { type: 'string', default: 'text' }, quiet: { type: 'boolean' }, ...LIMIT_FLAGS });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const { project, root, problems } = await loadProject(positionals, io.cwd, limitsFrom(values));
  for (const p of problems) io.err(`waveplan: ${p.message}\n`);
  const rel = (file: string) => displayPath(file, root);
  const shown = values.quiet ? project.diagnostics.filter((d) => d.severity === 'error') : project.diagnostics;
  const sorted = [...shown].sort(byLocation);
  if (format === 'json') io.out(JSON.stringify(sorted.map((d) => diagnosticJson(d, rel, root)), null, 2) + '\n');
  else if (format === 'sarif') io.out(JSON.stringify(toSarif(sorted, rel, (m) => displayMessage(m, root)), null, 2) + '\n');
  else {
    for (const d of sorted) io.out(`${rel(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${displayMessage(d.message, root)}\n`);
    const errors = project.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = project.diagnostics.filter((d) => d.severity === 'warning').length;
    io.err(`${project.files.length} files, ${project.efforts.length} efforts: ${errors} errors, ${warnings} warnings\n`);
  }
  if (problems.length && !project.files.length) return EXIT.usage;
  return project.diagnostics.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
}

function byLocation(a: PlanDiagnostic, b: PlanDiagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
