// A one-shot merge (the CLI's, and any engine's first) keeps a node's one fact alone instead of a list of one; a
// merge kept for updates keeps lists. Every reader of the facts by node (checks, Blocks lists, fixes, project.facts)
// must see the same lists either way.
import { strict as assert } from 'assert';
import { checkAll, checkOnce, type CheckInputs } from '../../../../src/core/project/incremental';
import { mergeParts } from '../../../../src/core/project/merge';
import { factsByNode } from '../../../../src/core/project/nodeFacts';
import { DEFAULT_LIMITS, type Project } from '../../../../src/core/model/model';
import { readPlanText } from '../../../../src/core/readers';

const WAVE = '/plans/phase1/wave1/WAVE-1-IMPLEMENTATION-PLAN.md';
const PHASE = '/plans/PHASE-1-IMPLEMENTATION-PLAN.md';
const TEXTS: Record<string, string> = {
  [WAVE]: [
    '# Wave 1 Implementation Plan',
    '## Wave 1',
    '### E1.1.1: Parser',
    '**Size Estimate**: 300 lines',
    '**Dependencies**: E1.1.3',
    '**Blocks**: E1.1.4',
    '',
    '### E1.1.2: Lexer',
    '**Size Estimate**: 900 lines',
    '**Dependencies**: E1.1.9, E1.1.1',
    '',
    '### E1.1.3: Printer',
    '**Size Estimate**: 200 lines',
    '**Dependencies**: E1.1.1',
    '',
    '### E1.1.4: Runner',
    '**Dependencies**: None',
    '',
  ].join('\n'),
  // A second statement of E1.1.2 (two facts: a list) and of E1.1.3 with another size (a conflict and its fix).
  [PHASE]: [
    '# Phase 1 Implementation Plan',
    '## Wave 1',
    '| Effort | Size |',
    '|---|---|',
    '| E1.1.2 | 900 |',
    '| E1.1.3 | 250 |',
    '',
  ].join('\n'),
};

const results = () => Object.entries(TEXTS).map(([file, text]) => readPlanText(file, text));
const inputs: CheckInputs = { limits: DEFAULT_LIMITS, getText: (file) => TEXTS[file], config: [] };

/** What the checks and fixes said, with every fix's edits. */
const findings = (project: Project) =>
  JSON.stringify(project.diagnostics.map((d) => ({ ...d, fixes: d.fixes?.map((f) => ({ ...f, edits: f.edits })) })));
const factsOf = (project: Project) => JSON.stringify([...project.facts]);

describe('one-shot merge: facts by node', () => {
  it('keeps a single fact alone and several as their list; a merge kept for updates keeps lists', () => {
    const once = mergeParts(results(), false);
    const kept = mergeParts(results(), true);
    const node = (id: string) => once.efforts.findIndex((e) => e.id === id);
    assert.ok(!Array.isArray(once.factsByNode[node('E1.1.1')]), 'one fact: no list of one');
    assert.equal((once.factsByNode[node('E1.1.2')] as unknown[]).length, 2);
    assert.ok(kept.factsByNode.every((facts) => Array.isArray(facts)));
  });

  it('gives checks, Blocks lists, fixes and project.facts the same facts as a merge kept for updates', () => {
    const once = checkOnce(results(), inputs);
    const full = checkAll(results(), inputs).project;
    assert.ok(factsByNode(once), 'the one-shot project reads its facts by node');
    const codes = once.diagnostics.map((d) => d.code);
    for (const code of ['dependency-cycle', 'unknown-dependency', 'effort-oversized', 'effort-conflict'])
      assert.ok(codes.includes(code as never), `${code} in ${codes.join(', ')}`);
    assert.ok(
      once.diagnostics.some((d) => d.fixes?.some((f) => f.edits.length)),
      'a fix with edits',
    );
    assert.deepEqual(once.efforts.find((e) => e.id === 'E1.1.4')?.dependsOn, ['E1.1.1'], 'E1.1.1 blocks E1.1.4');
    assert.equal(findings(once), findings(full));
    assert.equal(factsOf(once), factsOf(full));
  });
});
