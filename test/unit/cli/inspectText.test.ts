// `waveplan inspect` as text says what the tree says: recorded actual lines and splits beside the estimate, and
// coordination documents after the work of the wave the plan puts them in (apart only when no wave lists them).
import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cliRun';

const PLAN = `# Phase 1 Implementation Plan

## Wave 1: Parsing

### E1.1.1: Lexer
**Size Estimate**: 450 lines

### E1.1.2: Parser
**Size Estimate**: 300 lines
**Dependencies**: E1.1.1
`;

/** An effort plan in a folder of its own, without an effort number: it coordinates the wave's efforts. */
const COORDINATION = `# Wave 1.1 Coordination Plan

**Effort Name**: wave-planning
**Branch**: demo/phase1/wave1/wave-planning
**Size Estimate**: 150 lines

How the two efforts of this wave hand over.
`;

const STATE = JSON.stringify({
  efforts_completed: [
    { effort_id: 'E1.1.1-lexer', lines_changed: 1320, split_info: { was_split: true, split_count: 2 } },
  ],
});

describe('waveplan inspect (text)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waveplan-inspect-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("prints actual lines, the estimate and the split, and lists a coordination document after its wave's work", async () => {
    writeFileSync(path.join(dir, 'PHASE-1-IMPLEMENTATION-PLAN.md'), PLAN);
    writeFileSync(path.join(dir, 'orchestrator-state.json'), STATE);
    const planning = path.join(dir, '.software-factory', 'phase1', 'wave1', 'wave-planning');
    mkdirSync(planning, { recursive: true });
    writeFileSync(path.join(planning, 'IMPLEMENTATION-PLAN-20250101-120000.md'), COORDINATION);
    const { code, out } = await runCli(['inspect'], dir);
    assert.equal(code, 0);
    const lines = out.split('\n');
    // Its folder puts it in Phase 1 Wave 1: listed there, after the efforts, and said to be coordination.
    assert.deepEqual(lines.slice(0, 5), [
      'Phase 1',
      '  Wave 1.1: Parsing',
      '    E1.1.1 Lexer (1,320 lines, estimated 450, split into 2 parts) [done]',
      '    E1.1.2 Parser (~300 lines) [planned] ← E1.1.1',
      '    wave-planning (~150 lines) [planned] (coordination)',
    ]);
    assert.ok(!lines.includes('Coordination documents'), out);
    // The count line: "3 efforts, 1 diagnostic in 3 files" read as if the diagnostics were spread over the files.
    assert.equal(lines.at(-2), '3 efforts in 3 files, 1 diagnostic');
    const json = JSON.parse((await runCli(['inspect', '--json'], dir)).out);
    assert.equal(json.efforts.find((e: { id: string }) => e.id === 'E1.1.1').split, 2);
  });

  it('lists a plan whose waves have no phase under its title, wave by wave', async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), 'waveplan-unphased-'));
    try {
      // A wave plan of its own, no phase anywhere: Wave 0 fixes two branches already built, later waves build on them.
      writeFileSync(
        path.join(own, 'WAVE-PLAN.md'),
        `# Wave Implementation Plan: Sync Rollout

### Wave 0: Foundation Fixes
**Branches**:
- Agent 1: Fix sync-01-interfaces, sync-02-tunnel

### Wave 1: Core
**Branches**:
- Agent 2: sync-04-pipeline (depends on sync-01)
- Agent 3: sync-05-tunnel-client (depends on sync-02)

### Wave 0 → Wave 1
Fixes merged first.
`,
      );
      const { code, out } = await runCli(['inspect'], own);
      assert.equal(code, 0);
      assert.deepEqual(out.split('\n'), [
        'Sync Rollout (waves without a phase)',
        '  Wave 0: Foundation Fixes',
        '    sync-01-interfaces [planned]',
        '    sync-02-tunnel [planned]',
        '  Wave 1: Core',
        '    sync-04-pipeline [planned] ← sync-01-interfaces',
        '    sync-05-tunnel-client [planned] ← sync-02-tunnel',
        '4 efforts in 1 file, 0 diagnostics',
        '',
      ]);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
