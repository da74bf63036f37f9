// Actual line counts written in prose beside an effort (`612 lines, over limit`, `actual: 1,081 lines`) are actual
// lines, not estimates; a plain `(200 LOC)` stays the estimate. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const FILE = '/ws/phase-plans/PHASE-3-PLAN.md';
const TEXT = [
  '# Phase 3: Orchard Implementation Plan',
  '',
  '## Wave 2: Picking',
  '',
  '1. **Effort 3.2.1**: Ladder Scheduler (200 LOC)',
  '2. **Effort 3.2.2**: Basket Counter - 612 lines, over limit',
  '3. **Effort 3.2.3**: Crate Labels - measured at 740 lines',
  '',
  '### Effort 3.2.4: Cold Storage (actual: 1,081 lines)',
  '### Effort 3.2.5: Cider Press (450 lines)',
  '',
].join('\n');

describe('markdown reader: actual line counts in prose', () => {
  const r = readPlanText(FILE, TEXT);
  const sizes = (id: string) => {
    const f = r.efforts.find((x) => x.id === id)!;
    return [f.estimatedLines?.value, f.actualLines?.value, (f.actualLines ?? f.estimatedLines)!.span.line];
  };

  it('reads “612 lines, over limit” and “measured at 740 lines” in a bullet as actual lines, at their line', () => {
    assert.deepEqual(sizes('E3.2.1'), [200, undefined, 5]);
    assert.deepEqual(sizes('E3.2.2'), [undefined, 612, 6]);
    assert.deepEqual(sizes('E3.2.3'), [undefined, 740, 7]);
  });

  it('reads “(actual: 1,081 lines)” in a heading as actual lines; a plain size in a heading stays the estimate', () => {
    assert.deepEqual(sizes('E3.2.4'), [undefined, 1081, 9]);
    assert.deepEqual(sizes('E3.2.5'), [450, undefined, 10]);
    const f = r.efforts.find((x) => x.id === 'E3.2.2')!;
    assert.equal(TEXT.split('\n')[5].slice(f.actualLines!.span.column - 1, f.actualLines!.span.endColumn - 1), '612');
  });
});

describe('markdown reader: a size field noted as the actual count', () => {
  const text = [
    '# Phase 4: Kiln',
    '',
    '## Wave 1',
    '',
    '### E4.1.1: glaze-mixer',
    '- **Size**: 420 lines (actual)',
    '',
    '### E4.1.2: shelf-planner',
    '- **Size**: ~500 lines',
    '',
    '### E4.1.3: temperature-log',
    '- **Lines**: actual 380',
    '',
    '### E4.1.4: cone-chart',
    '- **Size**: 300 lines (actual 280)',
    '',
  ].join('\n');
  const r = readPlanText('/ws/PHASE-4-PLAN.md', text);
  const sizes = (id: string) => {
    const f = r.efforts.find((x) => x.id === id)!;
    return [f.estimatedLines?.value, f.actualLines?.value];
  };

  it('reads “420 lines (actual)” and “actual 380” as actual lines, located at the figure', () => {
    assert.deepEqual(sizes('E4.1.1'), [undefined, 420]);
    assert.deepEqual(sizes('E4.1.3'), [undefined, 380]);
    const span = r.efforts.find((x) => x.id === 'E4.1.1')!.actualLines!.span;
    assert.equal(text.split('\n')[span.line - 1].slice(span.column - 1, span.endColumn - 1), '420');
  });

  it('keeps a plain size as the estimate, and reads `300 lines (actual 280)` as both, each located', () => {
    assert.deepEqual(sizes('E4.1.2'), [500, undefined]);
    assert.deepEqual(sizes('E4.1.4'), [300, 280]);
    const f = r.efforts.find((x) => x.id === 'E4.1.4')!;
    const line = text.split('\n')[f.actualLines!.span.line - 1];
    assert.equal(line.slice(f.actualLines!.span.column - 1, f.actualLines!.span.endColumn - 1), '280');
    assert.equal(line.slice(f.estimatedLines!.span.column - 1, f.estimatedLines!.span.endColumn - 1), '300');
  });

  it('reads two labelled figures, `310 actual / 300 estimate`, each as what its label says, located', () => {
    const read = (value: string) => {
      const lines = ['# Wave 2.3 — Sync (Phase 2)', '', '#### 2.3.3 · Sync worker', `- **Lines:** ${value}`, ''];
      const f = readPlanText('/ws/.plans/wave-2.3.md', lines.join('\n')).efforts[0];
      const at = (s?: { column: number; endColumn: number }) => s && lines[3].slice(s.column - 1, s.endColumn - 1);
      return [f.estimatedLines?.value, f.actualLines?.value, at(f.estimatedLines?.span), at(f.actualLines?.span)];
    };
    assert.deepEqual(read('310 actual / 300 estimate'), [300, 310, '300', '310']);
    assert.deepEqual(read('~310 lines (actual) / 300 (est.)'), [300, 310, '300', '310']);
    assert.deepEqual(read('estimated 1,200 / actual 1,310 lines'), [1200, 1310, '1,200', '1,310']);
    // Labels that are not one estimate and one actual: the first figure is the estimate, as before.
    assert.deepEqual(read('300 planned / 320 budget'), [300, undefined, '300', undefined]);
  });

  it('reads a table cell `250 (actual 310)` the same way', () => {
    const table = [
      '# Wave 3.1 — Notifications (Phase 3)',
      '',
      '| ID | Effort | Size |',
      '|----|--------|------|',
      '| E3.1.4 | templates | 250 (actual 310) |',
      '',
    ].join('\n');
    const f = readPlanText('/ws/WAVE-3.1-PLAN.md', table).efforts.find((x) => x.id === 'E3.1.4')!;
    assert.deepEqual([f.estimatedLines?.value, f.actualLines?.value], [250, 310]);
  });
});

describe('markdown reader: actual line counts under an effort’s own keys', () => {
  // An effort's metadata lines, each written as a user's plan wrote them: the estimate first, then what was written.
  const read = (line: string) => {
    const text = ['# Phase 3', '', '## Wave 1: Core', '', '#### E3.1.1: Tokenizer', '- Estimate: ~450 lines', line, ''];
    const f = readPlanText(FILE, text.join('\n')).efforts.find((x) => x.id === 'E3.1.1')!;
    const at = f.actualLines && text[6].slice(f.actualLines.span.column - 1, f.actualLines.span.endColumn - 1);
    return [f.estimatedLines?.value, f.actualLines?.value, at, f.status?.value];
  };

  it('reads `Actual:` and `Actual size:` as the lines written', () => {
    assert.deepEqual(read('- Actual: 612 lines'), [450, 612, '612', undefined]);
    assert.deepEqual(read('- Actual size: 612 lines'), [450, 612, '612', undefined]);
  });

  it('reads the size in a finished status, or one the status calls actual, as the lines written', () => {
    assert.deepEqual(read('- Status: done (612 lines)'), [450, 612, '612', 'done']);
    assert.deepEqual(read('- Status: merged (actual 612 lines)'), [450, 612, '612', 'done']);
    assert.deepEqual(read('- Status: ✅ merged — 612 lines'), [450, 612, '612', 'done']);
    assert.deepEqual(read('**Status:** ✅ merged (actual: 612 lines)'), [450, 612, '612', 'done']);
  });

  it('leaves a size in an unfinished status that is not called actual alone', () => {
    assert.deepEqual(read('- Status: planned (~500 lines)'), [450, undefined, undefined, 'planned']);
  });
});
