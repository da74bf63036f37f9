// The folder's `.vscode/settings.json` for the CLI: the `waveplan.*` values VS Code would take from it as workspace
// (or folder) settings, so `waveplan lint` and the editor opened on the same folder use the same values. Parsed with
// jsonc-parser, the parser VS Code itself reads settings with: comments and trailing commas are fine, and what parses
// of a broken file still applies, as in the editor. Only the CLI imports this module.
import * as fs from 'fs';
import * as path from 'path';
import { readPlanFile } from '../files/readPlanFile';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ScanProblem } from '../files/scan';
import { LineIndex } from '../model/span';
import { settingsOverridesOf } from './overrides';
import type { SettingsOverrides } from './settings';

const FOLDER_SETTINGS_FILE = path.join('.vscode', 'settings.json');
const PREFIX = 'waveplan.';

export interface FolderSettings {
  /** The file read, when there is one. */
  file?: string;
  overrides: SettingsOverrides;
  /** A file that does not parse (what parses still applies), or is not an object. */
  problems: ScanProblem[];
}

/**
 * `waveplan.*` values by full key from the file's text. VS Code reads `"waveplan.limits.hard": 600` and the nested
 * `"waveplan": { "limits": { "hard": 600 } }` alike; a later key wins, as in JSON. Language blocks (`"[markdown]"`)
 * hold language-specific values the editor's reading of these settings ignores, so they are skipped.
 */
export function parseFolderSettings(
  file: string,
  text: string,
): { values: Map<string, unknown>; problems: ScanProblem[] } {
  const errors: ParseError[] = [];
  const root: unknown = parse(text, errors, {
    allowTrailingComma: true,
    disallowComments: false,
    allowEmptyContent: true,
  });
  const problems: ScanProblem[] = [];
  if (errors.length) {
    const at = new LineIndex(text).position(errors[0].offset);
    problems.push({
      path: file,
      message: `${file}:${at.line}:${at.column}: ${printParseErrorCode(errors[0].error)} in the settings file; the waveplan.* settings that parse still apply, as in the editor`,
    });
  }
  const values = new Map<string, unknown>();
  if (root === undefined) return { values, problems };
  if (!isObject(root)) {
    problems.push({ path: file, message: `${file}: not a JSON object; its settings are ignored` });
    return { values, problems };
  }
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (!prefix && key.startsWith('[')) continue;
      const full = prefix + key;
      if (isObject(value)) walk(value, `${full}.`);
      else if (full.startsWith(PREFIX)) values.set(full, value);
    }
  };
  walk(root, '');
  return { values, problems };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The `.vscode/settings.json` of a folder or its nearest ancestor, stopping at the repository root (a `.git`). */
export function findFolderSettings(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, FOLDER_SETTINGS_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir || fs.existsSync(path.join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/** The overrides the folder's VS Code settings make, read as the editor reads explicit settings. */
export function loadFolderSettings(startDir: string): FolderSettings {
  const file = findFolderSettings(startDir);
  if (!file) return { overrides: {}, problems: [] };
  const read = readPlanFile(file);
  if (!('bytes' in read))
    return {
      file,
      overrides: {},
      problems: [{ path: file, message: `cannot read ${file}: ${'refused' in read ? read.refused : read.error}` }],
    };
  const text = Buffer.from(read.bytes).toString('utf8');
  const { values, problems } = parseFolderSettings(file, text);
  return { file, overrides: settingsOverridesOf((key) => values.get(PREFIX + key)), problems };
}
