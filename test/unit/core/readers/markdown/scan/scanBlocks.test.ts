// The block scanner against markdown-it (the oracle): parseDoc must give the MdDoc markdown-it's tokens give on the
// real corpus, the generated benchmark trees, the hostile plans, fuzzer mutations of all of them and CommonMark edge
// cases, and the scanner must read (not hand to markdown-it) every plan written in the styles plans use.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bigPlanText, generatePlanTree } from '../../../../../../bench/generate';
import { parseDoc } from '../../../../../../src/core/readers/markdown/doc';
import { mutate, rng } from '../../../../../fuzz/mutate';
import { seedCorpus } from '../../../../../fuzz/run';
import * as hostile from '../../../../support/hostilePlans';
import { markdownItOracle, scannedDoc } from '../../../../support/markdownItOracle';
import { CORPUS, describeWithShared } from '../../../../support/shared';
import { EDGE_CASES } from './edgeCases';

function assertSameAsMarkdownIt(name: string, text: string): boolean {
  assert.deepStrictEqual(parseDoc(name, text), markdownItOracle(name, text), name);
  return scannedDoc(name, text).scanned;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

describe('block scanner: the same MdDoc as markdown-it', () => {
  for (const c of EDGE_CASES) {
    it(`${c.name}${c.bails ? ' (left to markdown-it)' : ''}`, () => {
      assert.equal(assertSameAsMarkdownIt(c.name, c.text), !c.bails, c.bails ? 'expected a bail-out' : 'bailed out');
    });
  }

  it('the generated benchmark tree and big plan are read by the scanner alone', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'waveplan-scan-'));
    try {
      // 201 files reach every problem the generator plants (every 50th/100th/200th file) and both metadata styles.
      const tree = await generatePlanTree(root, 201, 4);
      for (const f of tree.files) assert.ok(assertSameAsMarkdownIt(f, readFileSync(f, 'utf8')), f);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    assert.ok(assertSameAsMarkdownIt('big', bigPlanText(3000)));
  });

  it('the hostile plans are read by the scanner alone', () => {
    const plans = {
      repeatedHeadings: hostile.repeatedHeadings(300),
      longUnknownDependencyList: hostile.longUnknownDependencyList(300),
      longCycle: hostile.longCycle(50),
      manyOversized: hostile.manyOversized(50),
      manyEfforts: hostile.manyEfforts(50),
      smallWavePlan: hostile.smallWavePlan(2, 3, 5),
    };
    for (const [name, text] of Object.entries(plans)) assert.ok(assertSameAsMarkdownIt(name, text), name);
  });

  it('fuzzer mutations of the corpus, fixtures and hostile plans (seed 7, 600 cases)', () => {
    const seeds = seedCorpus().filter((s) => /\.md$/i.test(s.name));
    const r = rng(7);
    let bailed = 0;
    for (let i = 0; i < 600; i++) {
      const seed = seeds[i % seeds.length];
      const text = mutate(seed.bytes, r).bytes.toString('utf8');
      if (!assertSameAsMarkdownIt(`case ${i} of ${seed.name}`, text)) bailed++;
    }
    // Mutations add HTML-like and bracket lines now and then; most cases must still be the scanner's.
    assert.ok(bailed < 60, `${bailed} of 600 cases bailed out`);
  });
});

describeWithShared('block scanner on the real corpus', () => {
  it('every corpus file gives markdown-it’s MdDoc, read by the scanner alone', () => {
    const files = filesUnder(CORPUS);
    assert.ok(files.length >= 23, `${files.length} corpus files`);
    const bailed = files.filter((f) => !assertSameAsMarkdownIt(f, readFileSync(f, 'utf8')));
    assert.deepEqual(bailed, []);
  });
});

describe('block scanner: markdown-it off the reading path', () => {
  it('is loaded only when a file needs it (a link reference definition), not for a plan the scanner reads', () => {
    const doc = path.resolve(__dirname, '../../../../../../src/core/readers/markdown/doc.ts');
    const script = `
      const { parseDoc } = require(${JSON.stringify(doc)});
      const loaded = () => Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]markdown-it[\\\\/]/.test(k));
      parseDoc('a.md', '# Wave 1\\n\\n### E1.1.1: api\\n\\n- **Size**: 300\\n');
      const afterPlan = loaded();
      parseDoc('b.md', '[ref]: https://example.com\\n');
      console.log(JSON.stringify([afterPlan, loaded()]));`;
    const out = execFileSync(process.execPath, ['-r', 'esbuild-register', '-e', script], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), [false, true]);
  });
});
