// The JSON Schema of `.waveplan.json` that the extension contributes (`jsonValidation`), generated from the zod
// schema the CLI and the editor validate the file with, so the two cannot disagree on keys or types. Defaults come
// from DEFAULT_PROJECT_SETTINGS, descriptions from the `waveplan.*` settings of the same name (package.json), so
// completion in the file offers what the settings offer. Written by `node scripts/gen-schemas.js`; not bundled.
import * as z from 'zod';
import { PROJECT_CONFIG_FILE, ProjectConfigSchema, type ProjectConfig } from './schema';
import { DEFAULT_PROJECT_SETTINGS, type ProjectSettings } from './settings';
import { PLAN_GLOBS } from '../files/classify';

export const PROJECT_CONFIG_SCHEMA_FILE = 'waveplan.schema.json';

type Complete<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends readonly unknown[]
    ? NonNullable<T[K]>
    : NonNullable<T[K]> extends object
      ? Complete<NonNullable<T[K]>>
      : NonNullable<T[K]>;
};

/** Settings in `.waveplan.json` terms, every key set: the inverse of fromProjectConfig (a new key must be added here). */
export function toProjectConfig(s: ProjectSettings): Complete<Omit<ProjectConfig, '$schema'>> {
  return {
    limits: { hard: s.limits.hard, soft: s.limits.soft },
    // The user's own globs: the built-in ones always apply, and a file need not repeat them.
    planGlobs: s.planGlobs.filter((g) => !PLAN_GLOBS.includes(g)),
    exclude: [...s.exclude],
    branchTemplate: s.branchTemplate,
    worktreeRoot: s.worktreeRoot,
    worktreeDirectory: s.worktreeDirectory,
    baseStrategy: s.baseStrategy,
    defaultBranch: s.defaultBranch,
    lineCounter: {
      exclude: [...s.lineCounterExclude],
      include: [...s.lineCounterInclude],
      excludeGroups: [...s.lineCounterGroups],
    },
  };
}

/** What the JSON Schema says of keys that have no `waveplan.*` setting of their own. */
const OWN_DESCRIPTIONS: Record<string, string> = {
  '': `Waveplan project settings, read by the \`waveplan\` CLI and the VS Code extension alike. Every key is optional and means what the \`waveplan.*\` setting of the same name means; a VS Code setting you set explicitly, or a CLI flag, overrides it.`,
  $schema: 'The JSON Schema of this file.',
  limits: 'Line limits per effort.',
  lineCounter: 'What the line counter counts towards an effort’s measured size.',
};

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema> };

/**
 * `.waveplan.json`'s JSON Schema (draft-07) as text. `settingDescriptions` maps setting names
 * (`waveplan.limits.hard`) to their (markdown) descriptions, as package.json contributes them.
 */
export function projectConfigJsonSchemaText(settingDescriptions: Record<string, string>): string {
  const schema = z.toJSONSchema(ProjectConfigSchema, { target: 'draft-7' }) as JsonSchema;
  const defaults = toProjectConfig(DEFAULT_PROJECT_SETTINGS) as Record<string, unknown>;
  const annotate = (node: JsonSchema, path: string, value: unknown): JsonSchema => {
    const text = OWN_DESCRIPTIONS[path] ?? settingDescriptions[`waveplan.${path}`];
    const out: JsonSchema = {};
    if (text !== undefined) {
      out.description = plain(text);
      out.markdownDescription = markdown(text);
    }
    if (path && value !== undefined) out.default = value;
    for (const [k, v] of Object.entries(node)) {
      if (k !== 'properties') out[k] = v;
      else {
        const props: Record<string, JsonSchema> = {};
        for (const [key, child] of Object.entries(v as Record<string, JsonSchema>)) {
          const sub = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
          props[key] = annotate(child, path ? `${path}.${key}` : key, sub);
        }
        out.properties = props;
      }
    }
    return out;
  };
  const annotated = annotate(schema, '', defaults);
  const { $schema, ...rest } = annotated;
  return `${JSON.stringify({ $schema, title: PROJECT_CONFIG_FILE, ...rest }, null, 2)}\n`;
}

/** Setting name → markdown description (else description), from package.json's `contributes.configuration`. */
export function settingDescriptionsOf(packageJson: unknown): Record<string, string> {
  const contributes = (packageJson as { contributes?: { configuration?: unknown } }).contributes?.configuration;
  const sections = (Array.isArray(contributes) ? contributes : [contributes]) as Array<
    { properties?: Record<string, { markdownDescription?: string; description?: string }> } | undefined
  >;
  const out: Record<string, string> = {};
  for (const section of sections) {
    for (const [name, p] of Object.entries(section?.properties ?? {})) {
      const text = p.markdownDescription ?? p.description;
      if (text !== undefined) out[name] = text;
    }
  }
  return out;
}

/**
 * `#waveplan.worktreeRoot#` (a link between VS Code settings) → `worktreeRoot`, the key of this file; a sentence about
 * how the setting relates to `.waveplan.json` says nothing inside that file, so it is left out.
 */
function markdown(text: string): string {
  return text.replace(/`?#waveplan\.([\w.]+)#`?/g, '`$1`').replace(/\s*[^.]*`\.waveplan\.json`[^.]*\./g, '');
}

function plain(text: string): string {
  return markdown(text).replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}
