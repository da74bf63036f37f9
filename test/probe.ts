import { PlanEngine } from '../src/core/engine';
const texts: Record<string,string> = {
 'PHASE-1-PLAN.md': ['# Phase 1', '## Wave 2', '#### E1.2.1: B', '', '## Wave 3', '#### E1.3.1: C', ''].join('\n'),
 'efforts/schema-docs/IMPLEMENTATION-PLAN-20251201-100000.md': ['# Schema docs plan', '**Effort Name**: schema-docs', '**Phase**: 1', '**Wave**: 1', '**Dependencies**: E1.2.1', ''].join('\n'),
};
const e = new PlanEngine();
for (const [f,t] of Object.entries(texts)) e.update(f,t);
const p = e.project();
for (const x of p.efforts) console.log(x.id, x.name, x.phase, x.wave, JSON.stringify(x.origins.wave), x.dependsOn, x.externalDependsOn);
for (const d of p.diagnostics) console.log(d.code, d.message, JSON.stringify(d.fixes));
