// An effort plan that reports on the efforts of an earlier wave (`- ✅ Changelog Parser (Effort 4.1.1) - COMPLETE`):
// those efforts exist and are in that state, but the report is the weakest word on them. A plan that declares them
// wins on every field, without a conflict over the report's wording.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';

const REPORT = `# Implementation Plan — release notes

**Effort Name**: release-notes
**Branch**: \`acme/phase4/wave2/release-notes\`
**Size Estimate**: 150 lines

## Prerequisites

### From Wave 4.1 (COMPLETED):
- ✅ Changelog Parser (Effort 4.1.1) - COMPLETE
- ✅ **Version Bumper** (E4.1.2) — COMPLETE
- 🔄 Tag Signer (Effort 4.1.3) - IN PROGRESS
- ✅ Wave 4.1 Integration - COMPLETE
- ✅ Tests for the parser (Effort 4.1.1) pass on CI
`;
const REPORT_FILE = '/ws/.software-factory/phase4/wave2/release-notes/IMPLEMENTATION-PLAN-20260101-120000.md';

function project(files: Record<string, string>) {
  const engine = new PlanEngine();
  for (const [file, text] of Object.entries(files)) engine.update(file, text);
  return engine.project();
}

function rows(p: ReturnType<typeof project>) {
  return p.efforts.map((e) => [e.id, e.name, e.phase, e.wave, e.status, e.estimatedLines ?? null]);
}

describe('status reports on other efforts in an effort plan', () => {
  it('makes the reported efforts, placed by their ids, with the reported status', () => {
    const p = project({ [REPORT_FILE]: REPORT });
    assert.deepEqual(
      rows(p).filter((r) => r[0] !== 'release-notes'),
      [
        ['E4.1.1', 'Changelog Parser', 4, 1, 'done', null],
        ['E4.1.2', 'Version Bumper', 4, 1, 'done', null],
        ['E4.1.3', 'Tag Signer', 4, 1, 'in-progress', null],
      ],
    );
    const named = p.efforts.find((e) => e.id === 'E4.1.1')!;
    assert.equal(named.source.line, 10);
    const fact = p.facts.get('E4.1.1')![0];
    assert.deepEqual([fact.wave?.span.line, fact.wave?.span.column, fact.wave?.span.endColumn], [10, 30, 35]);
  });

  it('yields every field to a plan that declares the effort, with no conflict', () => {
    const p = project({
      [REPORT_FILE]: REPORT,
      '/ws/phase-plans/PHASE-4-PLAN.md':
        '# Phase 4\n\n## Wave 4.1\n\n### E4.1.1: release-log-reader\n**Estimated Lines**: 300\n**Status**: Planned\n',
    });
    assert.deepEqual(
      rows(p).find((r) => r[0] === 'E4.1.1'),
      ['E4.1.1', 'release-log-reader', 4, 1, 'planned', 300],
    );
    assert.deepEqual(
      p.diagnostics.filter((d) => d.code.includes('conflict')),
      [],
    );
  });
});
