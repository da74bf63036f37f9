// Every real plan and state file, read together as one workspace: no reader crashes, everything classified.
import { strict as assert } from 'assert';
import * as path from 'path';
import { loadProject } from '../../../../src/cli/load';
import { EffortSchema, PlanDiagnosticSchema } from '../../../../src/core/model/model';
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
    const invalid = project.diagnostics.filter((d) => d.code === 'metadata-invalid' && d.file.endsWith('orchestrator-state.yaml'));
    assert.ok(invalid.length >= 1, 'the JSON-with-YAML-appended state file is reported');
    assert.ok(invalid[0].line > 1, 'located at the first bad line, not line 1');
  });

  it('reports exactly the real problems of the corpus, each at its line', async () => {
    const { project } = await loadProject([CORPUS], CORPUS);
    const found = project.diagnostics
      .map((d) => `${path.relative(CORPUS, d.file)}:${d.line} ${d.code} ${d.efforts.join(',')}`)
      .sort();
    assert.deepEqual(found, [
      // A YAML block whose list items carry a trailing "(NEW)": not YAML.
      'jessesanford__idpbuilder/.software-factory/phase1/wave2/E1.2.1-push-command-skeleton/IMPLEMENTATION-PLAN--20251202-063522.md:33 metadata-invalid E1.2.1',
      // JSON object closed at 544, YAML appended after it, and that YAML is itself mis-indented.
      'jessesanford__idpbuilder/orchestrator-state.yaml:545 metadata-invalid ',
      'jessesanford__idpbuilder/orchestrator-state.yaml:573 metadata-invalid ',
      // The phase plan's Wave 2.2 effort 1 (cli-commands, 500 lines) is not the wave plan's (viper, 400 lines).
      'jessesanford__idpbuilder/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md:255 effort-conflict E2.2.1',
      'jessesanford__idpbuilder/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md:256 effort-conflict E2.2.1',
      'jessesanford__idpbuilder/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md:259 effort-conflict E2.2.1',
      // The phase-5 phase plan's graph has fewer edges into Wave 3 than the wave plan's.
      'jessesanford__kcp/phase-05-implementation-plan.md:976 effort-conflict E5.3.1',
      'jessesanford__kcp/phase-05-implementation-plan.md:977 effort-conflict E5.3.2',
      'jessesanford__kcp/phase-06-wave-implementation-plan.md:46 effort-near-limit E6.1.1',
      // Phase 7's graph has E7.3.2 → E7.4.1; its metadata lists only 7.2.1 and 7.3.1.
      'jessesanford__kcp/phase-07-wave-implementation-plan.md:70 effort-conflict E7.4.1',
      'jessesanford__kcp/phase-07-wave-implementation-plan.md:135 effort-near-limit E7.1.1',
      'jessesanford__kcp/phase-08-wave-implementation-plan.md:51 effort-near-limit E8.2.1',
    ].sort());
  });
});
