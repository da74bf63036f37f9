import { readFileSync } from 'fs';
import { readPlanText } from './src/core/readers';
for (const f of process.argv.slice(2)) {
  const r = readPlanText(f, readFileSync(f, 'utf8'));
  console.log(f, JSON.stringify({ scopes: r.scopes, constraints: r.constraints?.map(c => [c.phase, c.wave, c.after, c.raw, c.span.line]), diags: r.diagnostics.map(d => [d.line, d.code, d.message]) }, null, 0));
}
