// The markdown reader on real plans (read in place, never copied): exact effort ids, waves, sizes and dependencies,
// worked out by reading each file. Facts are listed in file order, one line per fact.
import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { classifyPlanFile } from '../../../../../src/core/files/classify';
import type { EffortFact, FileReadResult, RefList } from '../../../../../src/core/model/model';
import { readMarkdownPlan } from '../../../../../src/core/readers/markdown/reader';
import { CORPUS, describeWithShared } from '../../../support/shared';

const KCP = 'jessesanford__kcp';
const IDP = 'jessesanford__idpbuilder';

function readCorpus(rel: string): FileReadResult {
  const file = path.join(CORPUS, rel);
  return readMarkdownPlan(file, readFileSync(file, 'utf8'), classifyPlanFile(file) ?? 'other');
}

const refs = (list?: RefList) => list?.refs.map((r) => (r.external ? `~${r.id}` : r.id)).join(', ');

/** One fact as a line: `E5.2.1 table w1 600 deps[E5.1.1, ~Phase 5] par[…] canPar branch status`. */
function brief(f: EffortFact): string {
  const parts = [f.id, f.kind];
  if (f.phase) parts.push(`p${f.phase.value}`);
  if (f.wave) parts.push(`w${f.wave.value}`);
  if (f.estimatedLines) parts.push(`${f.estimatedLines.value}${f.actualLines ? `→${f.actualLines.value}` : ''}`);
  if (f.dependsOn) parts.push(`deps[${refs(f.dependsOn)}]`);
  if (f.parallelWith) parts.push(`par[${refs(f.parallelWith)}]`);
  if (f.canParallelize) parts.push(f.canParallelize.value ? 'parallel' : 'sequential');
  if (f.branch) parts.push(f.branch.value);
  if (f.status) parts.push(f.status.value);
  return parts.join(' ');
}

describeWithShared('markdown reader on the real corpus', () => {
  it('kcp phase-05 wave plan: mermaid nodes, the wave summary and agent tables tied to ids', () => {
    const r = readCorpus(`${KCP}/phase-05-wave-implementation-plan.md`);
    const b = (w: number, n: string) => `feature/tmc-completion/p5w${w}-${n}`;
    assert.deepEqual(r.efforts.map(brief), [
      'E5.1.1 mermaid 600',
      'E5.1.2 mermaid 500',
      'E5.1.3 mermaid 550',
      'E5.2.1 mermaid 500 deps[E5.1.1, E5.1.3]',
      'E5.2.2 mermaid 450 deps[E5.1.1]',
      'E5.2.3 mermaid 400 deps[E5.1.1]',
      'E5.2.4 mermaid 450 deps[E5.1.2]',
      'E5.3.1 mermaid 600 deps[E5.1.1, E5.1.2]',
      'E5.3.2 mermaid 500 deps[E5.1.3, E5.2.1]',
      'E5.3.3 mermaid 450 deps[E5.2.4]',
      // Wave summary rows give ids; the agent tables (Agent N on a p5wM- branch, sizes as in the graph) add the rest.
      `E5.1.1 table p5 w1 600 deps[] ${b(1, 'synctarget-api')}`,
      `E5.1.2 table p5 w1 500 deps[] ${b(1, 'apiresource-types')}`,
      `E5.1.3 table p5 w1 550 deps[] ${b(1, 'placement-types')}`,
      `E5.2.1 table p5 w2 500 deps[E5.1.1, E5.1.3] ${b(2, 'workload-dist')}`,
      `E5.2.2 table p5 w2 450 deps[E5.1.1] ${b(2, 'transform-types')}`,
      `E5.2.3 table p5 w2 400 deps[E5.1.1] ${b(2, 'status-types')}`,
      `E5.2.4 table p5 w2 450 deps[E5.1.2] ${b(2, 'discovery-types')}`,
      `E5.3.1 table p5 w3 600 deps[E5.1.1, E5.1.2] ${b(3, 'syncer-interfaces')}`,
      `E5.3.2 table p5 w3 500 deps[E5.1.3, E5.2.1] ${b(3, 'placement-interfaces')}`,
      `E5.3.3 table p5 w3 450 deps[E5.2.4] ${b(3, 'vw-interfaces')}`,
    ]);
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [5, 1, 'Core API Types'],
        [5, 2, 'Extended APIs & Resources'],
        [5, 3, 'Contracts & Interfaces'],
      ],
    );
    assert.deepEqual(
      r.phases.map((p) => p.phase),
      [5],
    );
    assert.deepEqual(r.diagnostics, []);
  });

  it('kcp phase-05 phase plan: `### Effort 5.1.1:` blocks and a second graph of node ids without labels', () => {
    const r = readCorpus(`${KCP}/phase-05-implementation-plan.md`);
    const b = (w: number, n: string) => `feature/tmc-completion/p5w${w}-${n}`;
    assert.deepEqual(r.efforts.map(brief), [
      `E5.1.1 metadata p5 w1 600 deps[] ${b(1, 'synctarget-api')}`,
      `E5.1.2 metadata p5 w1 500 deps[] ${b(1, 'apiresource-types')}`,
      `E5.1.3 metadata p5 w1 550 deps[] ${b(1, 'placement-types')}`,
      `E5.2.1 metadata p5 w2 500 deps[~Wave 1 types] ${b(2, 'workload-dist')}`,
      `E5.2.2 metadata p5 w2 450 deps[~Wave 1 types] ${b(2, 'transform-types')}`,
      `E5.2.3 metadata p5 w2 400 deps[~Wave 1 types] ${b(2, 'status-types')}`,
      `E5.2.4 metadata p5 w2 450 deps[~Wave 1 types] ${b(2, 'discovery-types')}`,
      `E5.3.1 metadata p5 w3 600 deps[~Wave 1-2 types] ${b(3, 'syncer-interfaces')}`,
      `E5.3.2 metadata p5 w3 500 deps[~Wave 1-2 types] ${b(3, 'placement-interfaces')}`,
      `E5.3.3 metadata p5 w3 450 deps[~Wave 1-2 types] ${b(3, 'vw-interfaces')}`,
      // `W1E1[SyncTarget API] --> W2E1[Workload Dist]`: wave W, effort E of phase 5.
      'E5.1.1 mermaid',
      'E5.2.1 mermaid deps[E5.1.1, E5.1.3]',
      'E5.2.2 mermaid deps[E5.1.1]',
      'E5.1.2 mermaid',
      'E5.2.4 mermaid deps[E5.1.2]',
      'E5.1.3 mermaid',
      'E5.3.1 mermaid deps[E5.1.1]',
      'E5.3.2 mermaid deps[E5.1.3]',
      'E5.3.3 mermaid deps[E5.2.4]',
    ]);
    const names = r.efforts.filter((f) => f.kind === 'metadata').map((f) => f.name?.value);
    assert.deepEqual(names, [
      'SyncTarget API Complete',
      'APIResourceImport Types',
      'Placement Enhanced Types',
      'Workload Distribution Types',
      'Transformation Types',
      'Status Aggregation Types',
      'Discovery Types',
      'Syncer Interfaces',
      'Placement Interfaces',
      'Virtual Workspace Interfaces',
    ]);
    assert.deepEqual(
      r.phases.map((p) => [p.phase, p.name]),
      [[5, 'API Foundation & Contracts']],
    );
  });

  // The branches are whole: the table gives their last part, the plan's `wt-create` commands the whole branch.
  it('kcp phase-06 wave plan: dotted node ids, a dependency matrix by branch and estimated→actual cells', () => {
    const r = readCorpus(`${KCP}/phase-06-wave-implementation-plan.md`);
    assert.deepEqual(r.efforts.map(brief), [
      'E6.1.1 mermaid 750 deps[~Phase 5 APIs & Interfaces, E6.1.2]',
      'E6.1.2 mermaid 650 deps[~Phase 5 APIs & Interfaces]',
      'E6.2.1 mermaid 700 deps[E6.1.1]',
      'E6.2.2 mermaid 600 deps[E6.2.1]',
      'E6.2.3 mermaid 500 deps[E6.2.1]',
      'E6.3.1 mermaid 550 deps[E6.1.1]',
      'E6.3.2 mermaid 500 deps[E6.1.1]',
      'E6.3.3 mermaid 550 deps[~Phase 5 APIs & Interfaces]',
      'E6.1.1 table p6 w1 750→800 deps[~Phase 5 APIs] par[E6.3.3] feature/tmc-completion/p6w1-synctarget-controller done',
      'E6.1.2 table p6 w1 650→1311 deps[~Phase 5 APIs, E6.1.1] par[E6.3.3] feature/tmc-completion/p6w1-cluster-controller done',
      'E6.2.1 table p6 w2 700→709 deps[~Phase 5, E6.1.1] par[E6.3.1, E6.3.2, E6.3.3] feature/tmc-completion/p6w2-vw-core done',
      'E6.2.2 table p6 w2 600→797 deps[E6.2.1] par[E6.2.3, E6.3.1, E6.3.2, E6.3.3] feature/tmc-completion/p6w2-vw-endpoints done',
      'E6.2.3 table p6 w2 500→1515 deps[~Phase 5, E6.2.1] par[E6.2.2, E6.3.1, E6.3.2, E6.3.3] feature/tmc-completion/p6w2-vw-discovery done',
      'E6.3.1 table p6 w3 550→666 deps[E6.1.1] par[E6.3.2, E6.3.3, E6.2.2, E6.2.3] feature/tmc-completion/p6w3-quota-manager done',
      'E6.3.2 table p6 w3 500→712 deps[E6.1.1] par[E6.3.1, E6.3.3, E6.2.2, E6.2.3] feature/tmc-completion/p6w3-aggregator done',
      'E6.3.3 table p6 w3 550→1081 deps[~Phase 5 APIs] par[~All except dependencies] feature/tmc-completion/p6w3-webhooks done',
    ]);
    // Split rows (`p6w3-webhooks-1-split`) name no effort of the file and are not efforts.
    assert.ok(!r.efforts.some((f) => /split/.test(f.id)));
  });

  it('kcp WAVE-IMPLEMENTATION-PLAN: `Agent N: branch (depends on …)` bullets, Wave 0, no phase', () => {
    const r = readCorpus(`${KCP}/WAVE-IMPLEMENTATION-PLAN.md`);
    assert.deepEqual(r.efforts.map(brief), [
      'sync-01-interfaces bullet w0',
      'sync-02a-tunnel-core bullet w0',
      'sync-02b-tunnel-auth-conn bullet w0',
      'sync-03-status-interfaces bullet w0',
      'sync-04-transform-pipeline bullet w1 deps[sync-01-interfaces]',
      'sync-05-sync-engine-core bullet w1 deps[sync-01-interfaces, sync-04-transform-pipeline]',
      'sync-06-conflict-resolution bullet w1 deps[sync-01-interfaces]',
      'sync-07-websocket-tunnel bullet w2 deps[sync-02a-tunnel-core, sync-02b-tunnel-auth-conn]',
      'sync-08-connection-manager bullet w2 deps[sync-02a-tunnel-core, sync-02b-tunnel-auth-conn, sync-07-websocket-tunnel]',
      'sync-09-status-collector bullet w2 deps[sync-03-status-interfaces]',
      'sync-10-status-aggregator bullet w3 deps[sync-03-status-interfaces, sync-09-status-collector]',
      'sync-11-workload-handlers bullet w3 deps[sync-05-sync-engine-core, sync-06-conflict-resolution]',
      // `(depends on all previous)`: every effort the file declares before it.
      'sync-12-integration-tests bullet w4 deps[sync-01-interfaces, sync-02a-tunnel-core, sync-02b-tunnel-auth-conn, sync-03-status-interfaces, sync-04-transform-pipeline, sync-05-sync-engine-core, sync-06-conflict-resolution, sync-07-websocket-tunnel, sync-08-connection-manager, sync-09-status-collector, sync-10-status-aggregator, sync-11-workload-handlers]',
      // `wt-create feature/tmc-phase4-sync-04-transform-pipeline sync-04-transform`: each effort's branch; the Wave 0
      // fix branches (`…-sync-01-fixes`) name no effort.
      'sync-04-transform-pipeline table feature/tmc-phase4-sync-04-transform-pipeline',
      'sync-05-sync-engine-core table feature/tmc-phase4-sync-05-sync-engine-core',
      'sync-06-conflict-resolution table feature/tmc-phase4-sync-06-conflict-resolution',
      'sync-07-websocket-tunnel table feature/tmc-phase4-sync-07-websocket-tunnel',
      'sync-08-connection-manager table feature/tmc-phase4-sync-08-connection-manager',
      'sync-09-status-collector table feature/tmc-phase4-sync-09-status-collector',
      'sync-10-status-aggregator table feature/tmc-phase4-sync-10-status-aggregator',
      'sync-11-workload-handlers table feature/tmc-phase4-sync-11-workload-handlers',
      'sync-12-integration-tests table feature/tmc-phase4-sync-12-integration-tests',
    ]);
    assert.deepEqual(r.waves, []);
  });

  it('kcp WAVE-PLAN (waves inside one branch) yields no efforts', () => {
    const r = readCorpus(`${KCP}/WAVE-PLAN.md`);
    assert.deepEqual(r.efforts, []);
    assert.deepEqual(r.waves, []);
  });

  it('idpbuilder phase 2 plan: `#### E2.1.1: name` with G1 bold blocks; a mermaid graph of waves is no effort', () => {
    const r = readCorpus(`${IDP}/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md`);
    assert.deepEqual(r.efforts.map(brief), [
      'E2.1.1 metadata p2 w1 600 deps[] par[E2.1.2] parallel phase2/wave1/image-builder',
      'E2.1.2 metadata p2 w1 600 deps[~Phase 1 Certificate Infrastructure] par[E2.1.1] parallel phase2/wave1/gitea-client',
      'E2.2.1 metadata p2 w2 500 deps[E2.1.1, E2.1.2] par[] sequential phase2/wave2/cli-commands',
    ]);
    assert.deepEqual(
      r.efforts.map((f) => f.directory?.value),
      [
        'efforts/phase2/wave1/image-builder/pkg/',
        'efforts/phase2/wave1/gitea-client/pkg/',
        'efforts/phase2/wave2/cli-commands/pkg/',
      ],
    );
    assert.deepEqual(
      r.phases.map((p) => [p.phase, p.name]),
      [[2, 'Build & Push']],
    );
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [2, 1, 'Core Build & Push'],
        [2, 2, 'CLI Integration'],
      ],
    );
  });

  it('idpbuilder wave 2.2 plan: R213 JSON blocks beside the effort headings', () => {
    const r = readCorpus(`${IDP}/planning/phase2/wave2/WAVE-IMPLEMENTATION-PLAN.md`);
    const b1 = 'idpbuilder-oci-push/phase2/wave2/effort-2.2.1-registry-override-viper';
    const b2 = 'idpbuilder-oci-push/phase2/wave2/effort-2.2.2-env-var-integration';
    assert.deepEqual(r.efforts.map(brief), [
      'E2.2.1 metadata p2 w2 deps[~Wave 2.1 complete, ~Phase 1 complete, ~IDPBuilder root command with viper instance]',
      `E2.2.1 json-block p2 w2 400 deps[~integration:phase2-wave2.1] par[] sequential ${b1}`,
      'E2.2.2 metadata p2 w2 deps[E2.2.1]',
      `E2.2.2 json-block p2 w2 350 deps[E2.2.1] par[] sequential ${b2}`,
      // "Size Breakdown" bullets: `- Effort 2.2.1: 400 lines (…)`.
      'E2.2.1 bullet p2 w2 400',
      'E2.2.2 bullet p2 w2 350',
    ]);
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [[2, 2, 'Advanced Configuration Features']],
    );
    assert.deepEqual(r.diagnostics, []);
  });

  it('idpbuilder wave-planning effort plan: its own slug effort, efforts 3.2.1/3.2.2 it lists, the 3.1 efforts it reports done', () => {
    const r = readCorpus(`${IDP}/.software-factory/phase3/wave2/wave-planning/IMPLEMENTATION-PLAN-20250925-174029.md`);
    assert.equal(r.kind, 'effort-plan');
    assert.equal(r.timestamp, '20250925174029');
    assert.deepEqual(r.efforts.map(brief), [
      'wave-planning metadata p3 w2 200 deps[~Phase 3 Wave 1 completion] par[] sequential idpbuilderpush/phase3/wave2/wave-planning',
      'E3.2.1 bullet p3 w2 200 deps[~Wave 3.1 completion] sequential',
      'E3.2.2 bullet p3 w2 400 deps[E3.2.1] sequential',
      'E3.1.1 report p3 w1 done',
      'E3.1.2 report p3 w1 done',
      'E3.1.3 report p3 w1 done',
      'E3.2.1 heading p3 w2 200',
      'E3.2.2 heading p3 w2 400',
    ]);
    assert.deepEqual(
      r.efforts.map((f) => f.name?.value),
      [
        'wave-planning',
        'Push Operation Tests',
        'Implement Push',
        'Client Interface Tests',
        'OCI Client Implementation',
        'Insecure Mode Handling',
        'Push Operation Tests',
        'Implement Push',
      ],
    );
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [[3, 2, 'Push Operation']],
    );
  });

  it('idpbuilder E1.2.1 effort plan: infrastructure metadata, and an R213 YAML block that does not parse', () => {
    const r = readCorpus(
      `${IDP}/.software-factory/phase1/wave2/E1.2.1-push-command-skeleton/IMPLEMENTATION-PLAN--20251202-063522.md`,
    );
    const branch = 'idpbuilder-oci-push/phase-1-wave-2-effort-E1.2.1-push-command-skeleton';
    assert.deepEqual(r.efforts.map(brief), [
      // `**State**: EFFORT_PLAN_CREATION`: the orchestrator was writing this plan, so the effort is planned.
      `E1.2.1 metadata p1 w2 ${branch} planned`,
      `E1.2.1 yaml-block p1 w2 350 deps[~Wave 1 Integration] par[] sequential ${branch}`,
    ]);
    const [meta, yaml] = r.efforts;
    assert.equal(meta.name?.value, 'push-command-skeleton');
    assert.equal(meta.baseBranch?.value, 'idpbuilder-oci-push/phase-1-wave-2-integration');
    assert.equal(
      meta.directory?.value,
      '/home/vscode/workspaces/idpbuilder-planning/efforts/phase1/wave2/E1.2.1-push-command-skeleton',
    );
    assert.equal(yaml.baseBranch?.value, 'idpbuilder-oci-push/phase-1-wave-2-integration');
    assert.deepEqual(
      r.diagnostics.map((d) => [d.code, d.line, d.column, d.efforts]),
      [['metadata-invalid', 33, 3, ['E1.2.1']]],
    );
    // The parser's jargon comes with plain words an author can act on.
    assert.equal(
      r.diagnostics[0].message,
      'This YAML metadata block does not parse: text after a complete value, such as a note after a closing quote. The YAML parser says “Unexpected scalar at node end”. Waveplan read its "key: value" lines one by one.',
    );
  });

  it('idpbuilder E1.1.2 effort plan: `~380 lines (MUST be <800)`, `E1.1.3 (Daemon Client Interface)`', () => {
    const r = readCorpus(
      `${IDP}/.software-factory/phase1/wave1/E1.1.2-registry-client-interface/IMPLEMENTATION-PLAN-20251201-104827.md`,
    );
    assert.deepEqual(r.efforts.map(brief), [
      'E1.1.2 metadata p1 w1 380 deps[] par[E1.1.3] parallel idpbuilder-oci-push/phase-1-wave-1-effort-E1.1.2-registry-client-interface',
    ]);
    assert.equal(r.efforts[0].name?.value, 'Registry Client Interface + Mocks');
    assert.equal(r.efforts[0].baseBranch?.value, 'idpbuilder-oci-push/phase-1-wave-1-integration');
  });

  it('reads every markdown file of the corpus without a failure, and every span is inside its file', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name.endsWith('.md') && name !== 'SOURCES.md') files.push(p);
      }
    };
    walk(CORPUS);
    assert.ok(files.length >= 17, `found ${files.length} markdown files`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const r = readMarkdownPlan(file, text, classifyPlanFile(file) ?? 'other');
      assert.ok(!r.diagnostics.some((d) => d.code === 'file-unreadable'), `${file}: ${JSON.stringify(r.diagnostics)}`);
      for (const f of r.efforts) {
        for (const s of [
          f.span,
          f.name?.span,
          f.estimatedLines?.span,
          f.dependsOn?.span,
          f.branch?.span,
          ...(f.dependsOn?.refs ?? []).map((x) => x.span),
        ]) {
          if (!s) continue;
          assert.equal(s.file, file);
          assert.ok(s.line >= 1 && s.endLine <= lines.length && s.column >= 1, `${file} ${f.id}: ${JSON.stringify(s)}`);
          if (s.line === s.endLine)
            assert.ok(
              s.endColumn <= lines[s.line - 1].replace(/\r$/, '').length + 1,
              `${file} ${f.id}: ${JSON.stringify(s)}`,
            );
        }
      }
    }
  });
});
