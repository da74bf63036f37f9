// An engine that can read its files again (the CLI's) keeps of small files only what knows their text again: a fix
// reads its file again, and a file that no longer reads as it did gets no fix, since its edits would be made against
// a text the plan was not read from.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';
import type { PlanDiagnostic } from '../../../../src/core/model/model';

const A = '/plans/phase1/wave1/WAVE-1-IMPLEMENTATION-PLAN.md';
const B = '/plans/phase1/wave2/WAVE-2-IMPLEMENTATION-PLAN.md';
const plan = (wave: number, deps: string, filler = '') =>
  [
    `# Wave ${wave} Implementation Plan`,
    `## Wave ${wave}`,
    `### E1.${wave}.1: Parser`,
    '**Size Estimate**: 300 lines',
    `**Dependencies**: ${deps}`,
    filler,
    '',
  ].join('\n');
const TEXTS: Record<string, string> = { [A]: plan(1, 'E1.1.9'), [B]: plan(2, 'E1.1.1') };

/** Every finding with its fixes' titles and edits. */
const withFixes = (ds: PlanDiagnostic[]) =>
  JSON.stringify(ds.map((d) => ({ ...d, fixes: d.fixes?.map((f) => ({ title: f.title, edits: f.edits })) })));

function engine(texts: Record<string, string>, disk?: Record<string, string>, reads: string[] = []): PlanEngine {
  const e = new PlanEngine(
    disk && {
      reread: (file) => {
        reads.push(file);
        return disk[file];
      },
    },
  );
  for (const [file, text] of Object.entries(texts)) e.update(file, text);
  return e;
}

describe('engine: texts of files it can read again', () => {
  it('reads a small file again for its fixes, with the edits an engine keeping the text makes', () => {
    const reads: string[] = [];
    const kept = engine(TEXTS).project().diagnostics;
    const reread = engine(TEXTS, TEXTS, reads).project().diagnostics;
    assert.ok(
      kept.some((d) => d.file === A && d.fixes?.some((f) => f.edits.length)),
      'the unknown E1.1.9 has a fix with edits',
    );
    assert.equal(withFixes(reread), withFixes(kept));
    assert.deepEqual([...new Set(reads)], [A], 'only the file with a fix is read again');
  });

  it('makes no fix in a file that no longer reads as it did', () => {
    const changed = { ...TEXTS, [A]: plan(1, 'E1.1.9, E1.1.8') };
    const diagnostics = engine(TEXTS, changed).project().diagnostics;
    const unknown = diagnostics.find((d) => d.code === 'unknown-dependency' && d.file === A);
    assert.ok(unknown, 'the finding stays');
    assert.ok(!unknown.fixes?.some((f) => f.edits.length), 'no edit made against the changed text');
  });

  it('makes no fix in a file changed without changing its length (units swapped, one unit changed)', () => {
    const notes = 'Parser notes: tokens first';
    const original = { ...TEXTS, [A]: plan(1, 'E1.1.9', notes) };
    for (const edited of ['Parser notes: tokens firts', 'Parser notes: tokens fir5t', 'aParser notes: tokens firs']) {
      assert.equal(edited.length, notes.length);
      const changed = { ...TEXTS, [A]: plan(1, 'E1.1.9', edited) };
      const unknown = engine(original, changed)
        .project()
        .diagnostics.find((d) => d.code === 'unknown-dependency' && d.file === A);
      assert.ok(unknown && !unknown.fixes?.some((f) => f.edits.length), edited);
    }
  });

  it('knows a file given as bytes again by its bytes: the same fixes, none once the bytes changed', () => {
    const bytes = (texts: Record<string, string>) => (file: string) => Buffer.from(texts[file], 'utf8');
    const fromBytes = (disk: Record<string, string>) => {
      const e = new PlanEngine({ reread: bytes(disk) });
      for (const file of Object.keys(TEXTS)) e.updateBytes(file, bytes(TEXTS)(file));
      return e.project().diagnostics;
    };
    assert.equal(withFixes(fromBytes(TEXTS)), withFixes(engine(TEXTS).project().diagnostics));
    const unknown = fromBytes({ ...TEXTS, [A]: plan(1, 'E1.1.9, E1.1.8') }).find(
      (d) => d.code === 'unknown-dependency' && d.file === A,
    );
    assert.ok(unknown && !unknown.fixes?.some((f) => f.edits.length), 'no edit made against the changed bytes');
  });

  it('keeps a big file whole: its fixes need no second read', () => {
    const big = { ...TEXTS, [A]: plan(1, 'E1.1.9', `${'Notes on the parser. '.repeat(4000)}`) };
    const reads: string[] = [];
    const diagnostics = engine(big, {}, reads).project().diagnostics;
    assert.ok(diagnostics.some((d) => d.file === A && d.fixes?.some((f) => f.edits.length)));
    assert.deepEqual(reads, []);
  });
});
