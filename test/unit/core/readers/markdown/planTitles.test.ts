// An effort plan's title names its effort without the boilerplate around the name: `# Effort Plan — PDF rendering`
// is PDF rendering. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const FILE = '/ws/efforts/phase2/wave1/E2.1.3-pdf/EFFORT-PLAN.md';

function nameOf(title: string): string | undefined {
  const text = [title, '', '| Field | Value |', '|---|---|', '| Effort | E2.1.3 |', '| Estimate | 640 lines |', ''];
  return readPlanText(FILE, text.join('\n')).efforts.find((f) => f.id === 'E2.1.3')?.name?.value;
}

describe('markdown reader: an effort plan’s title', () => {
  it('drops `Effort Plan —`, `Effort Implementation Plan:` and `Plan for` before the name', () => {
    assert.deepEqual(
      [
        '# Effort Plan — PDF rendering',
        '# Effort Implementation Plan: PDF rendering',
        '# Plan for PDF rendering',
        '# PDF rendering — Effort Plan',
        '# Effortless PDF rendering',
      ].map(nameOf),
      ['PDF rendering', 'PDF rendering', 'PDF rendering', 'PDF rendering', 'Effortless PDF rendering'],
    );
  });
});
