// The real state, config and infrastructure files of the corpus (read in place, never copied): exact efforts,
// waves and phases as read by hand from each file, and every span pointing at the value it reports.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { EffortFact, FileReadResult, Span } from '../../../../../src/core/model/model';
import { readPlanText } from '../../../../../src/core/readers';
import { LineIndex } from '../../../../../src/core/model/span';
import { CORPUS as SHARED_CORPUS, describeWithShared } from '../../../support/shared';

const CORPUS = path.join(SHARED_CORPUS, 'jessesanford__idpbuilder');

function read(name: string): { result: FileReadResult; text: string } {
  const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
  return { result: readPlanText(`jessesanford__idpbuilder/${name}`, text), text };
}

type Row = [
  id: string,
  name: string | undefined,
  phase: number | undefined,
  wave: number | undefined,
  estimated: number | undefined,
  actual: number | undefined,
  branch: string | undefined,
  base: string | undefined,
  directory: string | undefined,
  status: string | undefined,
  deps: string[] | undefined,
];
const row = (e: EffortFact): Row => [
  e.id,
  e.name?.value,
  e.phase?.value,
  e.wave?.value,
  e.estimatedLines?.value,
  e.actualLines?.value,
  e.branch?.value,
  e.baseBranch?.value,
  e.directory?.value,
  e.status?.value,
  e.dependsOn?.refs.map((r) => (r.external ? `external:${r.id}` : r.id)),
];

function textAt(idx: LineIndex, span: Span): string {
  return idx.text.slice(idx.offset(span.line, span.column), idx.offset(span.endLine, span.endColumn));
}

/** Every located value must be found at its span: the same string, or the number as written. */
function assertSpansPointAtValues(result: FileReadResult, text: string): void {
  const idx = new LineIndex(text);
  for (const e of result.efforts) {
    for (const key of ['branch', 'baseBranch', 'directory', 'estimatedLines', 'actualLines'] as const) {
      const located = e[key];
      if (located) assert.equal(textAt(idx, located.span), String(located.value), `${e.id}.${key}`);
    }
    if (e.name) assert.ok(textAt(idx, e.name.span).endsWith(e.name.value), `${e.id}.name`);
    for (const ref of e.dependsOn?.refs ?? [])
      assert.equal(textAt(idx, ref.span), ref.raw, `${e.id} dependency ${ref.raw}`);
    assert.match(textAt(idx, e.span), /\S/, `${e.id} span`);
  }
  for (const w of result.waves) assert.match(textAt(idx, w.span), /\S/);
}

const P = 'idpbuilder-oci-build-push';
const V3 = 'idpbuilder-oci-push';

describeWithShared('corpus: orchestrator-state.json (2.0 JSON)', () => {
  const { result, text } = read('orchestrator-state.json');

  it('reads the seven completed efforts with branch, measured size and worktree', () => {
    assert.equal(result.kind, 'state');
    assert.deepEqual(result.efforts.map(row), [
      [
        'E1.1.1',
        'kind-cert-extraction',
        1,
        1,
        undefined,
        650,
        `${P}/phase1/wave1/kind-cert-extraction`,
        undefined,
        'efforts/phase1/wave1/kind-cert-extraction',
        'done',
        undefined,
      ],
      [
        'E1.1.2',
        'registry-tls-trust',
        1,
        1,
        undefined,
        700,
        `${P}/phase1/wave1/registry-tls-trust`,
        undefined,
        'efforts/phase1/wave1/registry-tls-trust',
        'done',
        undefined,
      ],
      [
        'E1.1.3',
        'registry-auth-types',
        1,
        1,
        undefined,
        1600,
        `${P}/phase1/wave1/registry-auth-types`,
        undefined,
        'efforts/phase1/wave1/registry-auth-types',
        'done',
        undefined,
      ],
      [
        'E1.2.1',
        'cert-validation',
        1,
        2,
        undefined,
        2400,
        `${P}/phase1/wave2/cert-validation`,
        undefined,
        'efforts/phase1/wave2/cert-validation',
        'done',
        undefined,
      ],
      [
        'E1.2.2',
        'fallback-strategies',
        1,
        2,
        undefined,
        600,
        `${P}/phase1/wave2/fallback-strategies`,
        undefined,
        'efforts/phase1/wave2/fallback-strategies',
        'done',
        undefined,
      ],
      [
        'E2.1.1',
        'image-builder',
        2,
        1,
        undefined,
        750,
        `${P}/phase2/wave1/image-builder`,
        undefined,
        'efforts/phase2/wave1/image-builder',
        'done',
        undefined,
      ],
      [
        'E2.1.2',
        'gitea-client',
        2,
        1,
        undefined,
        1100,
        `${P}/phase2/wave1/gitea-client`,
        undefined,
        'efforts/phase2/wave1/gitea-client',
        'done',
        undefined,
      ],
    ]);
    assert.deepEqual(result.efforts[0].span, {
      file: 'jessesanford__idpbuilder/orchestrator-state.json',
      line: 11,
      column: 21,
      endLine: 11,
      endColumn: 48,
    });
  });

  it('declares the waves of phase_status and waves_per_phase', () => {
    assert.deepEqual(
      result.waves.map((w) => `${w.phase}.${w.wave}`),
      ['1.1', '1.2', '2.1', '2.2', '3.1'],
    );
    assert.deepEqual(
      result.phases.map((p) => p.phase),
      [1, 2, 3],
    );
    assert.deepEqual(result.diagnostics, []);
    assertSpansPointAtValues(result, text);
  });
});

describeWithShared('corpus: orchestrator-state.yaml (JSON with YAML appended)', () => {
  const { result, text } = read('orchestrator-state.yaml');

  it('reports the appended lines at line 545 and the bad indentation at line 573', () => {
    assert.deepEqual(
      result.diagnostics.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.severity, d.code]),
      [
        [545, 3, 545, 30, 'error', 'metadata-invalid'],
        [573, 1, 573, 14, 'error', 'metadata-invalid'],
      ],
    );
    assert.equal(
      result.diagnostics[0].message,
      'orchestrator-state.yaml is neither JSON nor YAML: text follows the object closed on line 544. Waveplan read the object and, separately, the lines after it (from line 545) as YAML.',
    );
    assert.match(result.diagnostics[1].message, /line 573 is indented less than line 545/);
  });

  it('still reads the phase_structure efforts and the wave 2.1 infrastructure', () => {
    assert.deepEqual(result.efforts.map(row), [
      [
        'E1.1.1',
        'kind-certificate-extraction',
        1,
        1,
        500,
        678,
        undefined,
        undefined,
        'efforts/phase1/wave1/kind-cert-extraction',
        'done',
        undefined,
      ],
      [
        'E1.1.2',
        'registry-tls-trust-integration',
        1,
        1,
        600,
        714,
        undefined,
        undefined,
        'efforts/phase1/wave1/registry-tls-trust',
        'done',
        undefined,
      ],
      [
        'E1.2.1',
        'certificate-validation-pipeline',
        1,
        2,
        400,
        1359,
        undefined,
        undefined,
        'efforts/phase1/wave2/cert-validation',
        'done',
        undefined,
      ],
      [
        'E1.2.2',
        'fallback-strategies',
        1,
        2,
        400,
        96,
        undefined,
        undefined,
        'efforts/phase1/wave2/fallback-strategies',
        'done',
        undefined,
      ],
      [
        'E2.1.1',
        'go-containerregistry-image-builder',
        2,
        1,
        600,
        undefined,
        `${P}/phase2/wave1/image-builder`,
        `${P}/phase1/integration`,
        'efforts/phase2/wave1/image-builder',
        'planned',
        [],
      ],
      [
        'E2.1.2',
        'gitea-registry-client',
        2,
        1,
        600,
        undefined,
        `${P}/phase2/wave1/gitea-client`,
        `${P}/phase1/integration`,
        'efforts/phase2/wave1/gitea-client',
        'planned',
        ['external:Phase 1 Certificate Infrastructure'],
      ],
      [
        'E2.2.1',
        'cli-commands',
        2,
        2,
        500,
        undefined,
        undefined,
        undefined,
        'efforts/phase2/wave2/cli-commands',
        'planned',
        undefined,
      ],
    ]);
    assert.deepEqual(
      result.efforts.map((e) => e.canParallelize?.value),
      [undefined, undefined, undefined, undefined, true, true, undefined],
    );
  });

  it('names the waves and phases of phase_structure', () => {
    assert.deepEqual(
      result.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [1, 1, 'Certificate Management Core'],
        [1, 2, 'Certificate Validation & Fallback'],
        [2, 1, 'Core Build & Push'],
        [2, 2, 'CLI Integration'],
      ],
    );
    assert.deepEqual(
      result.phases.map((p) => [p.phase, p.name]),
      [
        [1, 'Certificate Infrastructure'],
        [2, 'Build & Push Implementation'],
      ],
    );
    assertSpansPointAtValues(result, text);
  });
});

describeWithShared('corpus: orchestrator-state-v3.json (3.0)', () => {
  const { result, text } = read('orchestrator-state-v3.json');

  it('reads all ten pre-planned efforts with branches, bases, worktrees, sizes and dependencies', () => {
    const w1 = `${V3}/phase1/wave1`;
    const w2 = `${V3}/phase1/wave2`;
    const p2 = `${V3}/phase2/wave1`;
    assert.deepEqual(result.efforts.map(row), [
      [
        'E1.1.1',
        'Docker Client Interface Definition',
        1,
        1,
        180,
        undefined,
        `${w1}/effort-1-docker-interface`,
        `${w1}/integration`,
        'efforts/phase1/wave1/effort-1-docker-interface',
        'done',
        [],
      ],
      [
        'E1.1.2',
        'Registry Client Interface Definition',
        1,
        1,
        200,
        undefined,
        `${w1}/effort-2-registry-interface`,
        `${w1}/effort-1-docker-interface`,
        'efforts/phase1/wave1/effort-2-registry-interface',
        'done',
        [],
      ],
      [
        'E1.1.3',
        'Auth & TLS Interface Definitions',
        1,
        1,
        140,
        undefined,
        `${w1}/effort-3-auth-tls-interfaces`,
        `${w1}/effort-2-registry-interface`,
        'efforts/phase1/wave1/effort-3-auth-tls-interfaces',
        'done',
        [],
      ],
      [
        'E1.1.4',
        'Command Structure & Flag Definitions',
        1,
        1,
        130,
        undefined,
        `${w1}/effort-4-command-structure`,
        `${w1}/effort-3-auth-tls-interfaces`,
        'efforts/phase1/wave1/effort-4-command-structure',
        'done',
        ['E1.1.1', 'E1.1.2', 'E1.1.3'],
      ],
      [
        'E1.2.1',
        'Docker Client Implementation',
        1,
        2,
        undefined,
        undefined,
        `${w2}/effort-1-docker-client`,
        `${w2}/integration`,
        'efforts/phase1/wave2/effort-1-docker-client',
        'done',
        undefined,
      ],
      [
        'E1.2.2',
        'Registry Client Implementation',
        1,
        2,
        undefined,
        undefined,
        `${w2}/effort-2-registry-client`,
        `${w2}/integration`,
        'efforts/phase1/wave2/effort-2-registry-client',
        'done',
        undefined,
      ],
      [
        'E1.2.3',
        'Authentication Implementation',
        1,
        2,
        undefined,
        undefined,
        `${w2}/effort-3-auth`,
        `${w2}/integration`,
        'efforts/phase1/wave2/effort-3-auth',
        'done',
        undefined,
      ],
      [
        'E1.2.4',
        'TLS Configuration Implementation',
        1,
        2,
        undefined,
        undefined,
        `${w2}/effort-4-tls`,
        `${w2}/integration`,
        'efforts/phase1/wave2/effort-4-tls',
        'done',
        undefined,
      ],
      [
        'E2.1.1',
        'Push Command Core & Pipeline Orchestration',
        2,
        1,
        450,
        undefined,
        `${p2}/effort-1-push-command-core`,
        `${p2}/integration`,
        'efforts/phase2/wave1/effort-1-push-command-core',
        undefined,
        [],
      ],
      [
        'E2.1.2',
        'Progress Reporter & Output Formatting',
        2,
        1,
        300,
        undefined,
        `${p2}/effort-2-progress-reporter`,
        `${p2}/effort-1-push-command-core`,
        'efforts/phase2/wave1/effort-2-progress-reporter',
        undefined,
        ['E2.1.1'],
      ],
    ]);
    assert.deepEqual(result.efforts[0].span, {
      file: 'jessesanford__idpbuilder/orchestrator-state-v3.json',
      line: 717,
      column: 8,
      endLine: 717,
      endColumn: 46,
    });
    assert.deepEqual(
      result.efforts.slice(8).map((e) => e.canParallelize?.value),
      [false, false],
    );
  });

  it('names the five waves and two phases of project_progression', () => {
    assert.deepEqual(
      result.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [1, 1, 'Interface & Contract Definitions'],
        [1, 2, 'Core Package Implementations'],
        [2, 1, 'Command Implementation & Core Integration'],
        [2, 2, 'Advanced Configuration Features'],
        [2, 3, 'Security & Validation'],
      ],
    );
    assert.deepEqual(
      result.phases.map((p) => [p.phase, p.name]),
      [
        [1, 'Foundation & Interfaces'],
        [2, 'Core Push Functionality'],
      ],
    );
    assert.deepEqual(result.diagnostics, []);
    assertSpansPointAtValues(result, text);
  });
});

describeWithShared('corpus: target-repo-config.yaml', () => {
  const { result } = read('target-repo-config.yaml');

  it('gives the branch prefix, patterns, base branch and clone', () => {
    const { spans, ...config } = result.repoConfig ?? { spans: undefined };
    assert.deepEqual(config, {
      file: 'jessesanford__idpbuilder/target-repo-config.yaml',
      projectPrefix: 'idpbuilder-push-oci',
      branchPattern: 'phase{phase}/wave{wave}/{effort_name}',
      integrationPattern: 'phase{phase}-wave{wave}-integration',
      effortDirectoryPattern: 'efforts/phase{phase}/wave{wave}/{effort_name}',
      defaultBranch: 'main',
      repositoryUrl: 'https://github.com/cnoe-io/idpbuilder.git',
      repoPath: '/home/vscode/idpbuilder',
    });
    const at = (line: number, column: number, endColumn: number) => ({
      file: 'jessesanford__idpbuilder/target-repo-config.yaml',
      line,
      column,
      endLine: line,
      endColumn,
    });
    assert.deepEqual(spans, {
      projectPrefix: at(9, 20, 39),
      branchPattern: at(10, 13, 50),
      integrationPattern: at(14, 25, 60),
      effortDirectoryPattern: at(17, 30, 75),
      defaultBranch: at(6, 17, 21),
      repositoryUrl: at(5, 9, 50),
      repoPath: at(21, 15, 38),
    });
    assert.deepEqual(result.efforts, []);
    assert.deepEqual(result.diagnostics, []);
  });
});

describeWithShared('corpus: .infrastructure-metadata.json', () => {
  const { result, text } = read('.infrastructure-metadata.json');

  it('gives one infrastructure fact with the effort branch and its parent', () => {
    const file = 'jessesanford__idpbuilder/.infrastructure-metadata.json';
    const branchSpan = { file, line: 13, column: 18, endLine: 13, endColumn: 88 };
    assert.deepEqual(result.efforts, [
      {
        id: 'E1.2.1',
        kind: 'infrastructure',
        span: branchSpan,
        name: { value: 'push-command-skeleton', span: branchSpan },
        branch: { value: 'idpbuilder-oci-push/phase-1-wave-2-effort-E1.2.1-push-command-skeleton', span: branchSpan },
        baseBranch: {
          value: 'idpbuilder-oci-push/phase-1-wave-2-integration',
          span: { file, line: 7, column: 21, endLine: 7, endColumn: 67 },
        },
      },
    ]);
    assert.deepEqual(result.diagnostics, []);
    assertSpansPointAtValues(result, text);
  });
});
