// The count line after a lint, shared by `waveplan lint` and the editor's Lint Workspace notification.
import { strict as assert } from 'assert';
import { lintSummary } from '../../../../src/core/views/lintSummary';

describe('lintSummary', () => {
  it('puts each noun in the singular for one', () => {
    assert.equal(
      lintSummary({ files: 5, efforts: 12, errors: 6, warnings: 1 }),
      '5 files, 12 efforts: 6 errors, 1 warning',
    );
    assert.equal(
      lintSummary({ files: 1, efforts: 1, errors: 1, warnings: 0 }),
      '1 file, 1 effort: 1 error, 0 warnings',
    );
  });

  it('counts information and hints after the problems when there are any', () => {
    assert.equal(
      lintSummary({ files: 23, efforts: 72, errors: 5, warnings: 13, infos: 1200, hints: 1 }),
      '23 files, 72 efforts: 5 errors, 13 warnings; 1,200 info, 1 hint',
    );
    assert.equal(
      lintSummary({ files: 1, efforts: 2, errors: 0, warnings: 0, infos: 0, hints: 3 }),
      '1 file, 2 efforts: 0 errors, 0 warnings; 3 hints',
    );
  });

  it('says in the editor where hints are, since Problems lists none (the same counts as the CLI)', () => {
    const counts = { files: 9, efforts: 56, errors: 3, warnings: 3, infos: 2, hints: 12 };
    assert.equal(lintSummary(counts), '9 files, 56 efforts: 3 errors, 3 warnings; 2 info, 12 hints');
    assert.equal(
      lintSummary(counts, 'editor'),
      '9 files, 56 efforts: 3 errors, 3 warnings; 2 info, 12 hints (dotted underlines in the plans, not in Problems)',
    );
    assert.equal(lintSummary({ ...counts, hints: 0 }, 'editor'), '9 files, 56 efforts: 3 errors, 3 warnings; 2 info');
  });
});
