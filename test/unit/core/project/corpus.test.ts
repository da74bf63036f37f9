// Every real plan and state file, read together as one workspace: no reader crashes, everything classified.
import { strict as assert } from 'assert';
import * as path from 'path';
import { loadProject } from '../../../../src/cli/load';
import { EffortSchema, PlanDiagnosticSchema } from '../../../../src/core/model/modelSchema';
import { MAIN_SENTENCE_MAX } from '../../../../src/core/project/conflictMessage';
import { CORPUS, describeWithShared } from '../../support/shared';

describeWithShared('real corpus (../shared/corpus/real)', function () {
  it('reads all 23 plan and state files without a reader failure', async () => {
    const { project, problems } = await loadProject([CORPUS], CORPUS);
    assert.deepEqual(problems, []);
    assert.equal(project.files.length, 23);
    const crashes = project.diagnostics.filter((d) => d.code === 'file-unreadable');
    assert.deepEqual(crashes, []);
  });

  it('yields a model that validates against its zod schemas', async () => {
    const { project } = await loadProject([CORPUS], CORPUS);
    assert.ok(project.efforts.length > 50);
    for (const e of project.efforts) EffortSchema.parse(e);
    for (const d of project.diagnostics) PlanDiagnosticSchema.parse(d);
  });

  it('finds efforts in both repositories and reports the broken hybrid state file', async () => {
    const { project } = await loadProject([CORPUS], CORPUS);
    const files = new Set(project.efforts.map((e) => e.source.file.split(path.sep).includes('jessesanford__kcp')));
    assert.deepEqual([...files].sort(), [false, true]);
    const invalid = project.diagnostics.filter(
      (d) => d.code === 'metadata-invalid' && d.file.endsWith('orchestrator-state.yaml'),
    );
    assert.ok(invalid.length >= 1, 'the JSON-with-YAML-appended state file is reported');
    assert.ok(invalid[0].line > 1, 'located at the first bad line, not line 1');
  });

  it('reports exactly the real problems of the corpus, each at its line', async () => {
    const { project } = await loadProject([CORPUS], CORPUS);
    const found = project.diagnostics
      .filter((d) => d.code !== 'state-conflict')
      .map((d) => `${path.relative(CORPUS, d.file)}:${d.line} ${d.code} ${d.efforts.join(',')}`)
      .sort();
    assert.deepEqual(
      found,
      [
        // A YAML block whose list items carry a trailing "(NEW)": not YAML.
        'jessesanford__idpbuilder/.software-factory/phase1/wave2/E1.2.1-push-command-skeleton/IMPLEMENTATION-PLAN--20251202-063522.md:33 metadata-invalid E1.2.1',
        // JSON object closed at 544, YAML appended after it, and that YAML is itself mis-indented.
        'jessesanford__idpbuilder/orchestrator-state.yaml:545 metadata-invalid ',
        'jessesanford__idpbuilder/orchestrator-state.yaml:573 metadata-invalid ',
        // The two generations of Phase 2 give Wave 2.2 different wave-level base branches (both inherited by E2.2.x).
        'jessesanford__idpbuilder/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md:241 effort-conflict E2.2.1,E2.2.2',
        // The phase plan's Wave 2.2 effort 1 (cli-commands, 500 lines) is not the wave plan's (viper, 400 lines).
        'jessesanford__idpbuilder/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md:255 effort-conflict E2.2.1',
        'jessesanford__idpbuilder/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md:256 effort-conflict E2.2.1',
        'jessesanford__idpbuilder/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md:259 effort-conflict E2.2.1',
        // The phase-5 phase plan's graph has fewer edges into Wave 3 than the wave plan's.
        'jessesanford__kcp/phase-05-implementation-plan.md:976 effort-conflict E5.3.1',
        'jessesanford__kcp/phase-05-implementation-plan.md:977 effort-conflict E5.3.2',
        'jessesanford__kcp/phase-06-wave-implementation-plan.md:46 effort-near-limit E6.1.1',
        // Phase 6's graph draws cluster → synctarget (W6E2 --> W6E1) while its dependency matrix says cluster depends
        // on synctarget (W6E1); the matrix row's prose-only "Phase 5 APIs" no longer hides the graph's edge. One
        // contradiction, one finding (the matrix row as related information).
        'jessesanford__kcp/phase-06-wave-implementation-plan.md:65 dependency-cycle E6.1.1,E6.1.2',
        // E6.1.2 was split into 3 branches, but the plan's part row `p6w1-cluster-2-split | 1,583 | … (needs re-split)`
        // is itself over the limit: an error at that part.
        'jessesanford__kcp/phase-06-wave-implementation-plan.md:132 effort-oversized E6.1.2',
        // Phase 7's graph has E7.3.2 → E7.4.1; its metadata lists only 7.2.1 and 7.3.1.
        'jessesanford__kcp/phase-07-wave-implementation-plan.md:70 effort-conflict E7.4.1',
        'jessesanford__kcp/phase-08-wave-implementation-plan.md:51 effort-near-limit E8.2.1',
        // Done efforts whose recorded actual lines are over the limits (state files, `650→1,311` tables), located at
        // the estimate in the plan: E2.1.2 has 1,100. The 1,600 and 2,400 lines orchestrator-state.json records
        // under E1.1.3 and E1.2.1 belong to an earlier generation's efforts of those ids (registry-auth-types,
        // cert-validation: other names, other branches), not to today's E1.1.3 and E1.2.1.
        'jessesanford__idpbuilder/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md:155 effort-oversized E2.1.2',
        'jessesanford__idpbuilder/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md:89 effort-near-limit E2.1.1',
        'jessesanford__kcp/phase-06-wave-implementation-plan.md:50 effort-near-limit E6.2.1',
        'jessesanford__kcp/phase-06-wave-implementation-plan.md:51 effort-near-limit E6.2.2',
        'jessesanford__kcp/phase-06-wave-implementation-plan.md:52 effort-oversized E6.2.3',
        'jessesanford__kcp/phase-06-wave-implementation-plan.md:56 effort-near-limit E6.3.2',
        'jessesanford__kcp/phase-06-wave-implementation-plan.md:57 effort-oversized E6.3.3',
        // Phase 7's split summary (`**p7w1-sync-engine** (904 lines) → 3 branches`), located at each estimate.
        'jessesanford__kcp/phase-07-wave-implementation-plan.md:135 effort-oversized E7.1.1',
        'jessesanford__kcp/phase-07-wave-implementation-plan.md:151 effort-oversized E7.1.2',
        'jessesanford__kcp/phase-07-wave-implementation-plan.md:57 effort-oversized E7.3.2',
        'jessesanford__kcp/phase-07-wave-implementation-plan.md:280 effort-oversized E7.4.1',
      ].sort(),
    );
  });

  it('reports where the state files disagree with each other (warnings) and with the plans (info), newest generation winning', async () => {
    const { project } = await loadProject([CORPUS], CORPUS);
    const conflicts = project.diagnostics.filter((d) => d.code === 'state-conflict');
    const warnings = conflicts
      .filter((d) => d.severity === 'warning')
      .map((d) => `${path.relative(CORPUS, d.file)}:${d.line} ${d.efforts.join(',')}`)
      .sort();
    // The 2.0 files (.json, .yaml) come from the earlier "idpbuilder-oci-build-push" project, whose records of other
    // efforts reuse today's ids (E1.1.3 "registry-auth-types" on its own branch): the v3 file wins, and a record of
    // an earlier plan, which nobody edits to agree, is info, not a warning that never goes away.
    assert.deepEqual(warnings, []);
    const older = conflicts
      .filter((d) => /orchestrator-state\.(json|yaml)$/.test(d.file) && d.related?.[0].span.file.endsWith('-v3.json'))
      .map((d) => `${path.relative(CORPUS, d.file)}:${d.line} ${d.severity} ${d.efforts.join(',')}`)
      .sort();
    assert.deepEqual(older, [
      'jessesanford__idpbuilder/orchestrator-state.json:31 info E1.1.3',
      'jessesanford__idpbuilder/orchestrator-state.json:34 info E1.1.3',
      'jessesanford__idpbuilder/orchestrator-state.json:61 info E1.2.2',
      'jessesanford__idpbuilder/orchestrator-state.json:64 info E1.2.2',
      'jessesanford__idpbuilder/orchestrator-state.yaml:281 info E1.2.2',
    ]);
    const e113 = project.byId.get('E1.1.3')!;
    assert.equal(e113.branch, 'idpbuilder-oci-push/phase1/wave1/effort-3-auth-tls-interfaces');
    assert.ok(e113.origins.branch.file.endsWith('orchestrator-state-v3.json'));
    assert.equal(project.byId.get('E1.2.2')!.name, 'Registry Client Implementation');
    // Plan-vs-state drift is information, one per field and file, at the state file's value.
    assert.ok(conflicts.every((d) => d.severity === 'warning' || d.severity === 'info'));
    assert.equal(conflicts.filter((d) => d.severity === 'info').length, conflicts.length - warnings.length);
    for (const d of conflicts) assert.match(d.message, /^E\d\.\d\.\d: [a-z ]+ .*here; .* in .*:\d+ wins\b/);
  });

  it('says every finding in a first sentence that fits one Problems line, conflicts with both values and the winner', async () => {
    const { project } = await loadProject([CORPUS], CORPUS);
    const long = project.diagnostics
      .map((d) => /^.*?[.)](?= |$)/.exec(d.message)?.[0] ?? d.message)
      .filter((first) => first.length > MAIN_SENTENCE_MAX);
    assert.deepEqual(long, []);
    for (const d of project.diagnostics.filter((x) => x.code.endsWith('-conflict'))) {
      assert.ok(!d.message.includes(CORPUS), d.message);
      const won = d.related![0].message;
      const value = /: (.*)$|the \w[\w ]* (".*") that/.exec(won);
      assert.ok(value && d.message.includes(value[1] ?? value[2]), `${d.message} / ${won}`);
    }
  });
});
