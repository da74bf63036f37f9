// SARIF 2.1.0 for code-scanning UIs; rule help points at the README section of each code.
import { DiagnosticCodeSchema, type PlanDiagnostic } from '../core/model/model';

const HELP = 'https://github.com/waveplan/waveplan#';

export function toSarif(diagnostics: PlanDiagnostic[], rel: (file: string) => string, message: (text: string) => string = (t) => t) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'waveplan',
            informationUri: 'https://github.com/waveplan/waveplan',
            rules: DiagnosticCodeSchema.options.map((code) => ({ id: code, helpUri: HELP + code })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          level: d.severity === 'info' ? 'note' : d.severity,
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
            physicalLocation: { artifactLocation: { uri: rel(r.span.file) }, region: { startLine: r.span.line, startColumn: r.span.column } },
          })),
        })),
      },
    ],
  };
}
