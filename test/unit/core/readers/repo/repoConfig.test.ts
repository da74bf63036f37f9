// target-repo-config.yaml and .infrastructure-metadata.json on fixtures and bad input.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Span } from '../../../../../src/core/model/model';
import { readPlanText } from '../../../../../src/core/readers';
import { readInfrastructureMetadata } from '../../../../../src/core/readers/repo/infrastructure';
import { readRepoConfig } from '../../../../../src/core/readers/repo/repoConfig';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures/state');
const at = (file: string, line: number, column: number, endColumn: number): Span => ({
  file,
  line,
  column,
  endLine: line,
  endColumn,
});

describe('readRepoConfig', () => {
  it('reads the older layout: effort_format, integration formats, efforts_root + effort_path', () => {
    const file = 'repo-config/target-repo-config.yaml';
    const result = readRepoConfig(file, fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
    assert.equal(result.kind, 'repo-config');
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(result.repoConfig, {
      file,
      // `project_prefix: null` is no prefix.
      branchPattern: '{prefix}phase{phase}/wave{wave}/{effort_name}',
      integrationPattern: '{prefix}phase{phase}/wave{wave}/integration',
      phaseIntegrationPattern: '{prefix}phase{phase}/integration',
      effortDirectoryPattern: 'efforts/phase{phase}/wave{wave}/{effort_name}',
      defaultBranch: 'develop',
      repositoryUrl: 'git@example.com:demo/widgets.git',
      spans: {
        branchPattern: at(file, 7, 19, 64),
        integrationPattern: at(file, 8, 24, 67),
        phaseIntegrationPattern: at(file, 9, 30, 62),
        effortDirectoryPattern: at(file, 12, 17, 54),
        defaultBranch: at(file, 4, 19, 26),
        repositoryUrl: at(file, 3, 8, 40),
      },
    });
  });

  it('is what readPlanText returns for the file name', () => {
    const text = 'branch_naming:\n  project_prefix: acme\n';
    assert.deepEqual(
      readPlanText('ws/target-repo-config.yaml', text).repoConfig,
      readRepoConfig('ws/target-repo-config.yaml', text).repoConfig,
    );
    assert.equal(readPlanText('ws/target-repo-config.yaml', text).repoConfig?.projectPrefix, 'acme');
  });

  it('warns about a value of the wrong type at the value, and keeps the rest', () => {
    const file = 'ws/target-repo-config.yaml';
    const result = readRepoConfig(file, 'branch_naming:\n  project_prefix: acme\n  pattern: 7\n');
    assert.equal(result.repoConfig?.projectPrefix, 'acme');
    assert.equal(result.repoConfig?.branchPattern, undefined);
    assert.deepEqual(result.diagnostics, [
      {
        ...at(file, 3, 12, 13),
        code: 'metadata-invalid',
        severity: 'warning',
        message:
          '`branch_naming.pattern` does not match the target-repo-config format: expected string, received number.',
        efforts: [],
      },
    ]);
  });

  it('reports broken YAML on its line and keeps what parsed', () => {
    const file = 'ws/target-repo-config.yaml';
    const result = readRepoConfig(
      file,
      'target_repository:\n  base_branch: main\nbranch_naming:\n  project_prefix: "acme\n  pattern: x\n',
    );
    assert.deepEqual(result.diagnostics, [
      {
        ...at(file, 4, 19, 24),
        code: 'metadata-invalid',
        severity: 'error',
        message:
          'target-repo-config.yaml is not valid YAML: the quote opened here is never closed. Waveplan read what it could.',
        efforts: [],
      },
    ]);
    assert.equal(result.repoConfig?.defaultBranch, 'main');
  });

  it('reports an empty file and returns a config with no values', () => {
    const result = readRepoConfig('ws/target-repo-config.yaml', '');
    assert.deepEqual(result.repoConfig, { file: 'ws/target-repo-config.yaml', spans: {} });
    assert.deepEqual(
      result.diagnostics.map((d) => [d.severity, d.message]),
      [['warning', 'target-repo-config.yaml is empty.']],
    );
  });
});

describe('readInfrastructureMetadata', () => {
  it('takes the effort from the branch (phase/wave/effort-N) in an effort worktree fixture', () => {
    const file = 'efforts/phase1/wave2/effort-1-docker-client/.infrastructure-metadata.json';
    const result = readInfrastructureMetadata(file, fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
    assert.deepEqual(result.efforts, [
      {
        id: 'E1.2.1',
        kind: 'infrastructure',
        span: at(file, 5, 18, 58),
        branch: { value: 'demo/phase1/wave2/effort-1-docker-client', span: at(file, 5, 18, 58) },
        baseBranch: { value: 'demo/phase1/wave2/integration', span: at(file, 2, 21, 50) },
      },
    ]);
    assert.deepEqual(result.diagnostics, []);
  });

  it('falls back to the worktree directory for the id', () => {
    const text = '{"parent_branch": "main", "new_branch": "widget-work"}';
    assert.deepEqual(
      readInfrastructureMetadata(
        '/ws/efforts/phase2/wave3/E2.3.4-widget/.infrastructure-metadata.json',
        text,
      ).efforts.map((e) => e.id),
      ['E2.3.4'],
    );
    assert.deepEqual(
      readInfrastructureMetadata(
        'C:\\ws\\efforts\\phase3\\wave1\\effort-2-cache\\.infrastructure-metadata.json',
        text,
      ).efforts.map((e) => e.id),
      ['E3.1.2'],
    );
  });

  it('prefers an explicit effort_id and reads working_dir', () => {
    const file = '/ws/.infrastructure-metadata.json';
    const result = readInfrastructureMetadata(
      file,
      '{\n  "effort_id": "E4.1.2",\n  "new_branch": "demo/p4w1-logging",\n  "working_dir": "efforts/phase4/wave1/logging"\n}\n',
    );
    assert.deepEqual(
      result.efforts.map((e) => [e.id, e.branch?.value, e.directory?.value, e.span.line]),
      [['E4.1.2', 'demo/p4w1-logging', 'efforts/phase4/wave1/logging', 3]],
    );
  });

  it('does not take an id from version numbers higher up the path', () => {
    const file = '/home/me/v1.2.3/checkout/.infrastructure-metadata.json';
    const result = readInfrastructureMetadata(file, '{\n  "new_branch": "feature-x"\n}\n');
    assert.deepEqual(result.efforts, []);
    assert.deepEqual(result.diagnostics, [
      {
        ...at(file, 2, 18, 27),
        code: 'metadata-invalid',
        severity: 'warning',
        message:
          'This infrastructure record does not say which effort it belongs to: no effort id in `effort_id`, `new_branch` or the directory name.',
        efforts: [],
      },
    ]);
  });

  it('reads a truncated record up to where it stops', () => {
    const file = '/ws/.infrastructure-metadata.json';
    const result = readInfrastructureMetadata(
      file,
      '{\n  "parent_branch": "demo/phase1-integration",\n  "new_branch": "demo/phase2/wave1/effort-3-api"',
    );
    assert.deepEqual(
      result.diagnostics.map((d) => [d.line, d.severity, d.message]),
      [
        [
          3,
          'error',
          '.infrastructure-metadata.json is not valid JSON: the text ends before the JSON is complete (truncated?). Waveplan read what it could.',
        ],
      ],
    );
    assert.deepEqual(
      result.efforts.map((e) => [e.id, e.branch?.value, e.baseBranch?.value]),
      [['E2.1.3', 'demo/phase2/wave1/effort-3-api', 'demo/phase1-integration']],
    );
  });

  it('survives binary-looking junk and a non-object top level', () => {
    for (const text of ['\u0000\u0001garbage', '[1, 2]', '"just a string"', 'null']) {
      const result = readInfrastructureMetadata('/ws/.infrastructure-metadata.json', text);
      assert.deepEqual(result.efforts, []);
      assert.ok(result.diagnostics.length >= 1, JSON.stringify(text));
    }
  });
});
