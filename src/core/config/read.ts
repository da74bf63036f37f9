// Reads `.waveplan.json` into a ProjectConfig: invalid JSON, wrong types and unknown keys become located
// diagnostics, the keys that are valid are kept. Never throws.
import * as fs from 'fs';
import * as path from 'path';
import { readPlanFile } from '../files/readPlanFile';
import type { PlanDiagnostic } from '../model/model';
import { LineIndex } from '../model/span';
import { metadataDiagnostic, parseStructured } from '../readers/state/parse';
import { shapeDiagnostics } from '../readers/state/shape';
import { entries, isMap } from '../readers/state/nodes';
import { PROJECT_CONFIG_FILE } from './fileName';
import type * as Schema from './schema';
import type { ProjectConfig } from './schema';

// The zod schema is built the first time a `.waveplan.json` is read: most runs have none.
let schema: typeof Schema | undefined;
const configShape = () => (schema ??= require('./schema') as typeof Schema).ProjectConfigShape;

export interface ProjectConfigResult {
  /** The file read, when there is one. */
  file?: string;
  config: ProjectConfig;
  diagnostics: PlanDiagnostic[];
}

export function parseProjectConfig(file: string, text: string): ProjectConfigResult {
  const idx = new LineIndex(text);
  const parsed = parseStructured(file, text, idx);
  const diagnostics = [...parsed.diagnostics, ...shapeDiagnostics(parsed.roots, configShape(), PROJECT_CONFIG_FILE)];
  const root = parsed.roots[0];
  if (!root || !isMap(root.node)) {
    if (root && !diagnostics.length)
      diagnostics.push(
        metadataDiagnostic(
          { file, line: 1, column: 1, endLine: 1, endColumn: 2 },
          `${PROJECT_CONFIG_FILE} must hold one JSON object.`,
        ),
      );
    return { file, config: {}, diagnostics };
  }
  const shape = configShape().shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  const known = (key: string) => Object.prototype.hasOwnProperty.call(shape, key);
  for (const e of entries(root.ctx, root.node)) {
    if (!known(e.key))
      diagnostics.push(
        metadataDiagnostic(
          e.keySpan,
          `\`${e.key}\` is not a ${PROJECT_CONFIG_FILE} setting (known: ${Object.keys(shape)
            .filter((k) => k !== '$schema')
            .join(', ')}); it is ignored.`,
          'warning',
        ),
      );
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  let data: unknown;
  try {
    data = root.toJS();
  } catch {
    return { file, config: {}, diagnostics };
  }
  // Key by key, so one bad value costs that setting only.
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const schema = known(key) ? shape[key] : undefined;
    const checked = schema?.safeParse(value);
    if (checked?.success) config[key] = checked.data;
  }
  return { file, config: config as ProjectConfig, diagnostics };
}

/** The `.waveplan.json` of a folder or its nearest ancestor, stopping at the repository root (a `.git`). */
export function findProjectConfig(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, PROJECT_CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir || fs.existsSync(path.join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/**
 * The project file of one project of a folder holding several git repositories (core/files/projects.ts): its
 * repository's own, when it has one, else the folder's (the search stops at the repository's root).
 */
export function nestedProjectConfig(root: string, folderConfig: ProjectConfigResult): ProjectConfigResult {
  const own = loadProjectConfig(root);
  return own.file ? own : folderConfig;
}

/** Finds and reads the project file for a folder; an unreadable file is a diagnostic, no file an empty config. */
export function loadProjectConfig(startDir: string, explicitFile?: string): ProjectConfigResult {
  const file = explicitFile ? path.resolve(explicitFile) : findProjectConfig(startDir);
  if (!file) return { config: {}, diagnostics: [] };
  // The plans' own guard: a huge file, a FIFO or a device is refused without reading it.
  const read = readPlanFile(file);
  if (!('bytes' in read)) {
    const why = 'refused' in read ? read.refused : read.error;
    return {
      file,
      config: {},
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          code: 'file-unreadable',
          severity: 'error',
          message: `cannot read ${PROJECT_CONFIG_FILE}: ${why}`,
          efforts: [],
        },
      ],
    };
  }
  const text = Buffer.from(read.bytes).toString('utf8');
  return parseProjectConfig(file, text);
}
