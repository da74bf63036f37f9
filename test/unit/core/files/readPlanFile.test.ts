// Reading a plan file's bytes, alone or into a buffer reused from file to file (as the CLI reads its files).
import { strict as assert } from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readPlanFile } from '../../../../src/core/files/readPlanFile';

describe('readPlanFile', () => {
  let dir: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-read-'));
    await fs.writeFile(path.join(dir, 'a.md'), '# Phase 1\n\n### E1.1.1: first\n');
    await fs.writeFile(path.join(dir, 'b.md'), '# B\n');
    await fs.writeFile(path.join(dir, 'big.md'), 'x'.repeat(100));
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  const text = (read: ReturnType<typeof readPlanFile>) => {
    assert.ok('bytes' in read, JSON.stringify(read));
    return Buffer.from(read.bytes).toString('utf8');
  };

  it('reads each file into the scratch buffer it fits, as a view of it, and a larger one into its own', () => {
    const scratch = Buffer.alloc(64);
    const a = readPlanFile(path.join(dir, 'a.md'), scratch);
    assert.equal(text(a), '# Phase 1\n\n### E1.1.1: first\n');
    assert.ok('bytes' in a && a.bytes.buffer === scratch.buffer);
    // The next file overwrites the buffer: only its own bytes are seen, not the tail of the longer one before.
    assert.equal(text(readPlanFile(path.join(dir, 'b.md'), scratch)), '# B\n');
    const big = readPlanFile(path.join(dir, 'big.md'), scratch);
    assert.equal(text(big), 'x'.repeat(100));
    assert.ok('bytes' in big && big.bytes.buffer !== scratch.buffer);
  });

  it('reads a file that fills the scratch buffer, or more, whole; a device that fills it is refused', async () => {
    const scratch = Buffer.alloc(64);
    for (const size of [64, 65, 200]) {
      const file = path.join(dir, `fill-${size}.md`);
      await fs.writeFile(file, 'y'.repeat(size));
      assert.equal(text(readPlanFile(file, scratch)), 'y'.repeat(size));
    }
    const zero = readPlanFile('/dev/zero', scratch);
    assert.ok('refused' in zero && zero.refused.startsWith('not a regular file (a character device)'));
  });

  it('reads the same bytes without a scratch buffer', () => {
    assert.equal(text(readPlanFile(path.join(dir, 'a.md'))), '# Phase 1\n\n### E1.1.1: first\n');
    assert.deepEqual(readPlanFile(path.join(dir, 'missing.md')), { error: 'ENOENT' });
  });
});
