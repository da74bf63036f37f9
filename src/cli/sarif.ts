// SARIF 2.1.0 for code-scanning UIs; rule help points at the README section of each code.
import { DIAGNOSTIC_CODES, type PlanDiagnostic } from '../core/model/model';
import { arrayMark, streamed, writeStreamedJson } from './jsonStream';
import { formatCount } from '../core/model/numbers';

const HELP = 'https://github.com/waveplan/waveplan#';
/** Code-scanning services take at most 25,000 results per run; past that the log says how many were cut. */
export const MAX_SARIF_RESULTS = 25_000;

/** Writes the SARIF log as a stream (one result per line), cutting results past MAX_SARIF_RESULTS. */
export function writeSarif(
  out: (text: string) => void,
  diagnostics: PlanDiagnostic[],
  rel: (file: string) => string,
  message: (text: string) => string = (t) => t,
  max = MAX_SARIF_RESULTS,
  /** Several projects: the one each result belongs to, written as the result's `properties.project`. */
  projects?: Map<PlanDiagnostic, string>,
): void {
  const kept = diagnostics.length > max ? diagnostics.slice(0, max) : diagnostics;
  const cut = diagnostics.length - kept.length;
  const log = sarifLog(rel, message, arrayMark('results'));
  if (cut) {
    const notice = `${formatCount(cut)} more results were cut: SARIF consumers take at most ${formatCount(max)} per run. Run waveplan lint for all ${formatCount(diagnostics.length)}.`;
    log.runs[0].invocations = [
      { executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: notice } }] },
    ];
  }
  writeStreamedJson(out, log, {
    results: streamed(kept, (d: PlanDiagnostic) => withProperties(sarifResult(d, rel, message), projects?.get(d))),
  });
}

function sarifLog(rel: (file: string) => string, message: (text: string) => string, results: unknown) {
  const run: { tool: unknown; invocations?: unknown[]; results: unknown } = {
    tool: {
      driver: {
        name: 'waveplan',
        informationUri: 'https://github.com/waveplan/waveplan',
        rules: DIAGNOSTIC_CODES.map((code) => ({ id: code, helpUri: HELP + code })),
      },
    },
    results,
  };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

function sarifResult(d: PlanDiagnostic, rel: (file: string) => string, message: (text: string) => string) {
  return {
    ruleId: d.code,
    level: d.severity === 'info' || d.severity === 'hint' ? 'note' : d.severity,
    message: { text: message(d.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: rel(d.file) },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      },
    ],
    relatedLocations: (d.related ?? []).map((r, i) => ({
      id: i,
      message: { text: r.message },
      physicalLocation: {
        artifactLocation: { uri: rel(r.span.file) },
        region: { startLine: r.span.line, startColumn: r.span.column },
      },
    })),
  };
}

function withProperties<T extends object>(result: T, project: string | undefined): T {
  return project === undefined ? result : { ...result, properties: { project } };
}
