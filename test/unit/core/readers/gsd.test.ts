// GSD's layout: one plan per file under `.planning/phases/`, its wave and dependencies in the front matter, a SUMMARY
// beside it once it is done, phase names in `.planning/ROADMAP.md`. Before, such a project read as 0 efforts.
import { strict as assert } from 'assert';
import type { Span } from '../../../../src/core/model/model';
import { classifyPlanFile } from '../../../../src/core/files/classify';
import { isCoordination } from '../../../../src/core/views/treeShape';
import { lint, type Texts } from '../../support/builders';

const P = '/ws/.planning/phases';

const roadmap = `# Roadmap: Ledger

## Phases

- [x] **Phase 1: Foundation** - Storage and types
- [ ] **Phase 2: Sync** - Bank feed

## Phase Details

### Phase 1: Foundation
**Goal**: A ledger that balances
**Plans**: 3 plans

### Phase 2: Sync
**Goal**: Bank feed import
`;

const plan = (phase: string, n: string, wave: number, deps: string, body = '') => `---
phase: ${phase}
plan: ${n}
type: execute
wave: ${wave}
depends_on: ${deps}
files_modified: [src/a.ts]
autonomous: true
---
${body}`;

const project: Texts = {
  '/ws/.planning/ROADMAP.md': roadmap,
  [`${P}/01-foundation/01-01-PLAN.md`]: plan(
    '01-foundation',
    '01',
    1,
    '[]',
    '\n<objective>\nDefine the ledger types.\n\nPurpose: everything reads entries.\n</objective>\n',
  ),
  [`${P}/01-foundation/01-01-SUMMARY.md`]:
    '---\nphase: 01-foundation\nplan: 01\ncompleted: 2026-11-30\n---\n\n# Summary\n',
  [`${P}/01-foundation/01-02-PLAN.md`]: plan(
    '01-foundation',
    '02',
    2,
    '["01-01"]',
    '\n# Phase 1 Plan 2: Balance engine\n',
  ),
  // A block list, and an id written without its zeros.
  [`${P}/01-foundation/01-03-PLAN.md`]: plan('01-foundation', '03', 2, '\n  - "1-1"', '\n<objective>CLI</objective>\n'),
  [`${P}/02-sync/02-01-PLAN.md`]: plan('02-sync', '01', 1, '["01-02", "01-03-PLAN.md", "Phase 1 sign-off"]'),
};

describe('readers: GSD plans (.planning/phases)', () => {
  it('reads each plan as an effort: id, phase, wave, dependencies, name, and done when its SUMMARY exists', () => {
    const { project: p, diagnostics } = lint(project);
    const view = p.efforts.map((e) => [e.id, e.phase, e.wave, e.name, e.status, e.dependsOn.join(' ')].join('|'));
    assert.deepEqual(view, [
      '01-01|1|1|Define the ledger types|done|',
      '01-02|1|2|Balance engine|planned|01-01',
      '01-03|1|2|CLI|planned|01-01',
      '02-01|2|1|02-01|planned|01-02 01-03',
    ]);
    assert.deepEqual(p.byId.get('02-01')!.externalDependsOn, ['Phase 1 sign-off']);
    assert.deepEqual(
      p.phases.map((ph) => `${ph.phase} ${ph.name}`),
      ['1 Foundation', '2 Sync'],
    );
    assert.deepEqual(diagnostics, []);
  });

  it('places a field where the front matter writes it', () => {
    const { project: p } = lint(project);
    const { origins } = p.byId.get('01-02')!;
    const at = (s?: Span) => `${s?.file.split('/').pop()}:${s?.line}:${s?.column}-${s?.endColumn}`;
    assert.deepEqual(
      [at(origins.wave), at(origins.dependsOn), at(origins.name)],
      ['01-02-PLAN.md:5:7-8', '01-02-PLAN.md:6:13-22', '01-02-PLAN.md:11:19-33'],
    );
  });

  it('checks them as any plan: a later-wave dependency and an unknown plan id, at the id', () => {
    const { diagnostics } = lint({
      ...project,
      [`${P}/01-foundation/01-03-PLAN.md`]: plan('01-foundation', '03', 1, '["01-02"]'),
      [`${P}/02-sync/02-02-PLAN.md`]: plan('02-sync', '02', 2, '["02-01", "02-07"]'),
    });
    assert.deepEqual(
      diagnostics.map((d) => `${d.code} ${d.file.split('/').pop()}:${d.line}:${d.column}`),
      ['unknown-dependency 02-02-PLAN.md:6:24', 'wave-order 01-03-PLAN.md:6:15'],
    );
  });

  it('keeps an inserted phase (02.1) out of the numbered phases, and its id reachable', () => {
    const { project: p, diagnostics } = lint({
      ...project,
      [`${P}/02.1-hotfix/02.1-01-PLAN.md`]: plan('02.1-hotfix', '01', 1, '["01-02"]'),
      [`${P}/02-sync/02-02-PLAN.md`]: plan('02-sync', '02', 2, '["02.1-01"]'),
    });
    const hotfix = p.byId.get('02.1-01')!;
    assert.equal(hotfix.phase, undefined);
    assert.equal(hotfix.wave, undefined);
    assert.deepEqual(hotfix.dependsOn, ['01-02']);
    assert.deepEqual(p.byId.get('02-02')!.dependsOn, ['02.1-01']);
    assert.deepEqual(diagnostics, []);
  });

  it('reads the parts a plan was split into (06-03a, 06-03b) as plans of their own', () => {
    const { project: p, diagnostics } = lint({
      ...project,
      [`${P}/02-sync/02-02a-PLAN.md`]: plan('02-sync', '02a', 2, '["02-01"]', '\n# Plan 02-02a: Schema\n'),
      [`${P}/02-sync/02-02b-PLAN.md`]: plan('02-sync', '02b', 3, '["02-02A"]'),
      [`${P}/02-sync/02-02a-SUMMARY.md`]: '---\nplan: 02a\n---\n',
    });
    assert.deepEqual(
      p.efforts.filter((e) => e.phase === 2).map((e) => `${e.id} ${e.wave} ${e.status} [${e.dependsOn.join(',')}]`),
      ['02-01 1 planned [01-02,01-03]', '02-02a 2 done [02-01]', '02-02b 3 planned [02-02a]'],
    );
    assert.equal(p.byId.get('02-02a')!.name, 'Schema');
    assert.deepEqual(diagnostics, []);
  });

  it('reads only GSD files with front matter, and not a comment of the front matter as the title', () => {
    const { project: p } = lint({
      [`${P}/01-a/01-01-PLAN.md`]: '# Plan without front matter\n',
      '/ws/plans/01-02-PLAN.md': plan('01-a', '02', 1, '[]'),
      [`${P}/01-a/01-03-PLAN.md`]: '---\n# Goal-backward checks\nwave: 1\n---\n\n# Plan 01-03: Importer\n',
    });
    assert.deepEqual(
      p.efforts.map((e) => `${e.id} ${e.name}`),
      ['01-03 Importer'],
    );
  });

  it('names a plan by its title, else its heading, else its objective', () => {
    const { project: p } = lint({
      [`${P}/01-a/01-01-PLAN.md`]: '---\ntitle: "Token store"\nwave: 1\n---\n\n# Plan 01-01: Other\n',
      [`${P}/01-a/01-02-PLAN.md`]:
        '---\nwave: 1\n---\n\n# Plan 01-02 — Refresh\n\n<objective>\nIgnored.\n</objective>\n',
      [`${P}/01-a/01-03-PLAN.md`]:
        '---\nwave: 1\n---\n\n<objective>\nRevoke tokens on logout (p <= 1 s). Then audit.\n</objective>\n\n```python\n# Smoke test\n```\n',
    });
    assert.deepEqual(
      p.efforts.map((e) => e.name),
      ['Token store', 'Refresh', 'Revoke tokens on logout (p <= 1 s)'],
    );
  });

  it('reads hostile text in linear time: many objective tags on one line, long blank runs in headings', () => {
    const hostile = '---\nwave: 1\n---\n' + '<objective>a'.repeat(200_000);
    const blanks = ' '.repeat(300_000);
    const { project: p } = lint({
      [`${P}/01-a/01-01-PLAN.md`]: hostile,
      [`${P}/01-a/01-02-PLAN.md`]: `---\nwave: 1\n---\n# Plan 01-02: Sync${blanks}x ##  \n`,
      '/ws/.planning/ROADMAP.md': `### Phase 1: Auth${blanks}x\n### Phase 2: Sync ##\n`,
    });
    assert.equal(p.byId.get('01-01')!.name, '01-01');
    assert.equal(p.byId.get('01-02')!.name, `Sync${blanks}x`);
    assert.deepEqual(
      p.phases.map((ph) => ph.name),
      [`Auth${blanks}x`, 'Sync'],
    );
  });

  it('survives broken front matter and odd values without losing the file', () => {
    const { project: p } = lint({
      [`${P}/01-a/01-01-PLAN.md`]: '---\nwave: [1\ndepends_on: {a: b}\n---\n',
      [`${P}/01-a/01-02-PLAN.md`]: '---\nwave: -3\ndepends_on: {a: b}\n---\n',
      [`${P}/01-a/01-03-PLAN.md`]: '---\nwave: 2\ndepends_on: [null, "", 7]\n---\n',
    });
    assert.deepEqual(
      p.efforts.map((e) => `${e.id} ${e.wave} [${[...e.dependsOn, ...e.externalDependsOn].join(',')}]`),
      ['01-01 undefined []', '01-02 undefined []', '01-03 2 [7]'],
    );
  });

  it("leaves GSD's notes unread: a phase's context and verification, the state, archived milestones", () => {
    const notes: Texts = {
      [`${P}/01-foundation/01-CONTEXT.md`]: '# Phase 1: Foundation - Context\n\n**Status:** Ready for planning\n',
      [`${P}/01-foundation/01-VERIFICATION.md`]: '---\nstatus: passed\n---\n\n# Phase 1\n\n**Status:** passed\n',
      '/ws/.planning/STATE.md': '# Project State\n\nPhase: 1 of 2 (Foundation)\nStatus: In progress\n',
      '/ws/.planning/milestones/v0.9-ROADMAP.md': '# v0.9\n\n## Phase 1: Spike\n\n## Phase 3: Demo\n',
    };
    for (const file of Object.keys(notes)) assert.equal(classifyPlanFile(file), undefined, file);
    // A SUMMARY says its plan is done; its own report (a task's `**Status:**`) is not a status of the plan.
    const { project: p, diagnostics } = lint({
      ...project,
      [`${P}/01-foundation/01-01-SUMMARY.md`]: '---\nplan: 01\n---\n\n## Tasks\n\n**Status:** in progress\n',
    });
    assert.equal(p.byId.get('01-01')!.status, 'done');
    assert.deepEqual(diagnostics, []);
    assert.equal(classifyPlanFile(`${P}/01-foundation/01-02-PLAN.md`), 'other');
  });

  it('reads a SUMMARY whose PLAN is gone as the done plan of its phase, named by its heading', () => {
    // GSD's summary template: `# Phase 1 Plan 3: <name> Summary` under front matter of its phase and plan.
    const summary = (title: string) =>
      `---\nphase: 01-foundation\nplan: 03\nsubsystem: ledger\n---\n\n${title}\n\n**One-liner:** posting works\n`;
    const { project: alone, diagnostics } = lint({
      [`${P}/01-foundation/01-03-SUMMARY.md`]: summary('# Phase 1 Plan 3: Posting rules Summary'),
      [`${P}/01-foundation/01-04-PLAN.md`]: plan('01-foundation', '04', 2, '["01-03"]'),
    });
    const view = (e: { id: string; phase?: number; wave?: number; name?: string; status: string }) =>
      [e.id, e.phase, e.wave, e.name, e.status].join('|');
    assert.deepEqual(alone.efforts.map(view), ['01-03|1||Posting rules|done', '01-04|1|2|01-04|planned']);
    assert.deepEqual(diagnostics, []);
    // Beside its plan, the plan's own name and wave stand, with no conflict; the summary still says it is done.
    const { project: both, diagnostics: none } = lint({
      [`${P}/01-foundation/01-03-PLAN.md`]: plan('01-foundation', '03', 1, '[]', '\n# Phase 1 Plan 3: Posting\n'),
      [`${P}/01-foundation/01-03-SUMMARY.md`]: summary('# Phase 1 Plan 3: Posting rules Summary'),
    });
    assert.deepEqual(both.efforts.map(view), ['01-03|1|1|Posting|done']);
    assert.deepEqual(none, []);
    // A summary of an inserted phase keeps no phase; one without the template's heading has no name.
    const { project: inserted } = lint({
      [`${P}/02.1-hotfix/02.1-01-SUMMARY.md`]: summary('# Hotfix notes'),
    });
    assert.deepEqual(inserted.efforts.map(view), ['02.1-01|||02.1-01|done']);
    // A heading of 200,000 blanks before its last word is read in one pass, and names nothing.
    const { project: blanks } = lint({
      [`${P}/01-foundation/01-05-SUMMARY.md`]: summary(`# Phase 1 Plan 5: a${' '.repeat(200_000)}b`),
    });
    assert.deepEqual(blanks.efforts.map(view), ['01-05|1||01-05|done']);
  });

  it('lists a plan nobody depends on as work, not as a coordination document', () => {
    const { project: p } = lint({
      [`${P}/03-docs/03-01-PLAN.md`]: plan('03-docs', '01', 1, '[]'),
      [`${P}/03-docs/03-02b-PLAN.md`]: plan('03-docs', '02b', 1, '[]'),
    });
    assert.equal(isCoordination(p.byId.get('03-01')!, p), false);
    assert.equal(isCoordination(p.byId.get('03-02b')!, p), false);
  });
});
