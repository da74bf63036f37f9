// A G0 wave plan whose efforts only a dependency matrix declares (`| 3.1.1 page-format | … | 550 |`, no Mermaid
// graph), with `### Agent 1: Page format` sections under each wave giving `**Branch**:` and `**Lines**:`: each section's
// branch is the branch of the matrix's effort of that wave with the same size, as when a graph declares them. Read
// through the product's engine (readPlanText, merge).
import { strict as assert } from 'assert';
import { lint, find } from '../../../support/builders';

const file = '/ws/docs/plans/phase-03-wave-implementation-plan.md';
const text = [
  '# Phase 3: Wave Implementation Plan — Storage Engine',
  '',
  '## Dependency Matrix',
  '',
  '| Branch | Depends On | Blocks | Can Parallel With | Lines | Status |',
  '|--------|-----------|--------|-------------------|-------|--------|',
  '| 3.1.1 page-format | None | 3.2.1 | 3.1.2 | 550 | ✅ Complete |',
  '| 3.1.2 checksum | None | 3.2.1 | 3.1.1 | 300 | ✅ Complete |',
  '| 3.2.1 wal-writer | 3.1.1, 3.1.2 | - | - | 700 | 🔄 In Progress |',
  '',
  '## Wave 1: On-disk Format',
  '',
  '### Agent 1: Page format',
  '**Branch**: `feature/storage/p3w1-page-format`',
  '**Lines**: ~550',
  '',
  '### Agent 2: Checksums',
  '**Branch**: `feature/storage/p3w1-checksum`',
  '**Lines**: ~300',
  '',
  '## Wave 2: Write Path',
  '',
  '### Agent 1: WAL writer',
  '**Branch**: `feature/storage/p3w2-wal-writer`',
  '**Lines**: ~700',
  '',
  '### Agent 2: Mystery',
  '**Branch**: `feature/storage/p3w2-unplanned`',
  '**Lines**: ~120',
  '',
].join('\n');

describe('markdown reader: agent sections beside a dependency matrix', () => {
  it('gives each agent the branch of the matrix effort of its wave and size, and none to an agent it does not know', () => {
    const { project } = lint({ [file]: text });
    const branches = project.efforts.map((e) => [e.id, e.branch, e.origins.branch]);
    assert.deepEqual(branches, [
      ['E3.1.1', 'feature/storage/p3w1-page-format', find(file, text, 'feature/storage/p3w1-page-format')],
      ['E3.1.2', 'feature/storage/p3w1-checksum', find(file, text, 'feature/storage/p3w1-checksum')],
      ['E3.2.1', 'feature/storage/p3w2-wal-writer', find(file, text, 'feature/storage/p3w2-wal-writer')],
    ]);
  });
});
