// target-repo-config.yaml → repoConfig (branch prefix and patterns, integration pattern, effort directories, base
// branch, clone URL), with the place each value was written. Never throws.
import type { FileReadResult, Located, RepoConfig } from '../../model/model';
import { fileSchemas } from '../../model/fileSchemas';
import { LineIndex } from '../../model/span';
import { emptyResult } from '../result';
import { parseStructured } from '../state/parse';
import { shapeDiagnostics } from '../state/shape';
import { entries, field, isMap, locatedStr, type NodeCtx } from '../state/nodes';

type ConfigField = Exclude<keyof RepoConfig, 'file' | 'spans'>;

/** Each field and where it may be written, first match wins (`pattern` is newer than `effort_format`). */
const PATHS: Array<[ConfigField, string[][]]> = [
  ['projectPrefix', [['branch_naming', 'project_prefix'], ['project_prefix']]],
  [
    'branchPattern',
    [
      ['branch_naming', 'pattern'],
      ['branch_naming', 'effort_format'],
    ],
  ],
  [
    'integrationPattern',
    [
      ['integration', 'integration_pattern'],
      ['branch_naming', 'integration_format'],
    ],
  ],
  [
    'phaseIntegrationPattern',
    [
      ['integration', 'phase_integration_pattern'],
      ['branch_naming', 'phase_integration_format'],
    ],
  ],
  ['effortDirectoryPattern', [['workspace', 'effort_directory_pattern']]],
  [
    'defaultBranch',
    [
      ['target_repository', 'base_branch'],
      ['target_repository', 'default_branch'],
      ['base_branch'],
      ['default_branch'],
    ],
  ],
  ['repositoryUrl', [['target_repository', 'url']]],
  ['repoPath', [['software_factory', 'repo_path']]],
];

export function readRepoConfig(file: string, text: string): FileReadResult {
  const idx = new LineIndex(text);
  const parsed = parseStructured(file, text, idx);
  const config: RepoConfig = { file, spans: {} };
  for (const root of parsed.roots) {
    if (!isMap(root.node)) continue;
    for (const [key, paths] of PATHS) {
      if (config[key] !== undefined) continue;
      const found = paths.map((p) => lookup(root.ctx, root.node, p)).find((v) => v !== undefined);
      if (found) setField(config, key, found);
    }
    // `efforts_root` + `effort_path` is the older way to say `effort_directory_pattern`.
    if (config.effortDirectoryPattern === undefined) {
      const rootDir = lookup(root.ctx, root.node, ['workspace', 'efforts_root']);
      const path = lookup(root.ctx, root.node, ['workspace', 'effort_path']);
      if (path)
        setField(config, 'effortDirectoryPattern', {
          value: rootDir ? `${rootDir.value.replace(/\/+$/, '')}/${path.value}` : path.value,
          span: path.span,
        });
    }
  }
  return {
    ...emptyResult(file, 'repo-config'),
    diagnostics: [
      ...parsed.diagnostics,
      ...shapeDiagnostics(parsed.roots, fileSchemas().TargetRepoConfigFileSchema, 'target-repo-config'),
    ],
    repoConfig: config,
  };
}

function setField(config: RepoConfig, key: ConfigField, found: Located<string>): void {
  config[key] = found.value;
  (config.spans as NonNullable<RepoConfig['spans']>)[key] = found.span;
}

function lookup(ctx: NodeCtx, node: unknown, path: string[]): Located<string> | undefined {
  let current: unknown = node;
  for (const key of path) {
    const next = field(entries(ctx, current), key);
    if (!next) return undefined;
    current = next.value;
  }
  return locatedStr(ctx, current);
}
