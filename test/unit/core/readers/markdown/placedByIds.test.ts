// A numbered effort is placed by its id: under another wave's heading, or beside a `**Wave**:` field that names
// another wave, a reader found it moved in silence. Now a warning says which wave Waveplan used, at the id or the
// field. Read through the product's readers.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const FILE = '/ws/WAVE-PLAN.md';

const said = (text: string) =>
  readPlanText(FILE, text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.severity} ${d.message}`);

describe('markdown reader: an effort placed by its id against what the plan says', () => {
  it('warns at the id of an effort under another wave’s heading, and places it by the id', () => {
    const text = [
      '# Phase 1',
      '',
      '## Wave 1.1: Base',
      '',
      '### E1.1.1: Lexer',
      '**Size**: 200 lines',
      '',
      '### E1.2.5: Cache',
      '**Size**: 200 lines',
      '',
      '## Wave 1.2: Tools',
      '',
    ].join('\n');
    assert.deepEqual(said(text), [
      '8:5 effort-conflict warning E1.2.5: sits under the heading of wave 1.1 (line 3), but its id places it in wave 1.2 (line 11), which Waveplan uses. A numbered effort’s wave is part of its id: renumber the effort or correct the plan here.'.replace(
        '’',
        "'",
      ),
    ]);
    const e = readPlanText(FILE, text).efforts.find((f) => f.id === 'E1.2.5')!;
    assert.deepEqual([e.phase?.value, e.wave?.value], [1, 2]);
  });

  it('warns at a `**Wave**:` or `**Phase**:` value that the id contradicts, and not at one that agrees', () => {
    const text = [
      '# Phase 1',
      '',
      '## Wave 1.2: Tools',
      '',
      '### E1.2.1: Formatter',
      '**Wave**: 1',
      '**Phase**: 2',
      '**Size**: 300 lines',
      '',
      '### E1.2.2: Linter',
      '**Wave**: Wave 2 - Tools',
      '**Phase**: Phase 1 - Core',
      '',
    ].join('\n');
    assert.deepEqual(
      readPlanText(FILE, text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message.split('. ')[0]}`),
      [
        '6:11 effort-conflict E1.2.1: wave 1 here, but its id places it in wave 1.2, which Waveplan uses',
        '7:12 effort-conflict E1.2.1: phase 2 here, but its id places it in phase 1, which Waveplan uses',
      ],
    );
  });

  it('says nothing in a plan of one wave that holds an effort of a later wave (moved there by its id)', () => {
    const text = ['# Phase 1', '', '## Wave 1.1: Base', '', '### E1.3.2: Intake form', '**Size**: 200 lines', ''];
    assert.deepEqual(said(text.join('\n')), []);
  });

  it('says nothing of efforts under their own wave’s heading, or of a wave heading of no phase', () => {
    const text = [
      '# Plan',
      '',
      '## Wave 2',
      '',
      '### E1.2.1: Formatter',
      '**Size**: 300 lines',
      '',
      '## Wave 1.3',
      '',
      '### E1.3.1: Docs',
      '',
    ].join('\n');
    assert.deepEqual(said(text), []);
  });
});
