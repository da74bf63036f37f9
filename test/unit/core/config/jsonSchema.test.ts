// schemas/waveplan.schema.json (contributed for `.waveplan.json`) against the zod schema the product validates the file
// with: same keys, same accepted values, and defaults that are the product's own (and the VS Code settings').
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as z from 'zod';
import {
  PROJECT_CONFIG_SCHEMA_FILE,
  projectConfigJsonSchemaText,
  settingDescriptionsOf,
  toProjectConfig,
} from '../../../../src/core/config/jsonSchema';
import { parseProjectConfig } from '../../../../src/core/config/read';
import { PROJECT_CONFIG_FILE, ProjectConfigSchema } from '../../../../src/core/config/schema';
import { DEFAULT_PROJECT_SETTINGS, fromProjectConfig } from '../../../../src/core/config/settings';

const ROOT = path.resolve(__dirname, '../../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const committed = fs.readFileSync(path.join(ROOT, 'schemas', PROJECT_CONFIG_SCHEMA_FILE), 'utf8');

type Schema = { [key: string]: unknown; properties?: Record<string, Schema> };
const schema = JSON.parse(committed) as Schema;

const KNOWN = new Set([
  '$schema',
  'title',
  'description',
  'markdownDescription',
  'default',
  'type',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'minLength',
  'exclusiveMinimum',
  'maximum',
]);

/** The draft-07 keywords the file uses, strictly: an unknown keyword fails, so no check can silently pass. */
function validate(s: Schema, value: unknown, at = '$'): string[] {
  for (const key of Object.keys(s)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${at}`);
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (s.type !== undefined) {
    const ok = s.type === actual || (s.type === 'integer' && typeof value === 'number' && Number.isInteger(value));
    if (!ok) return [`${at}: expected ${String(s.type)}, got ${actual}`];
  }
  const errors: string[] = [];
  if (s.enum && !(s.enum as unknown[]).includes(value)) errors.push(`${at}: not one of the enum`);
  if (typeof value === 'string' && typeof s.minLength === 'number' && value.length < s.minLength)
    errors.push(`${at}: too short`);
  if (typeof value === 'number') {
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) errors.push(`${at}: not above minimum`);
    if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${at}: above maximum`);
  }
  if (Array.isArray(value) && s.items)
    value.forEach((v, i) => errors.push(...validate(s.items as Schema, v, `${at}[${i}]`)));
  if (actual === 'object') {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const prop = s.properties?.[key];
      if (prop) errors.push(...validate(prop, v, `${at}.${key}`));
      else if (s.additionalProperties === false) errors.push(`${at}.${key}: not allowed`);
    }
  }
  return errors;
}

/** Key paths (`limits.hard`) of the zod schema, unwrapping optionals; objects are listed and descended into. */
function zodPaths(t: z.ZodType, prefix = ''): string[] {
  const inner = t instanceof z.ZodOptional ? (t.unwrap() as z.ZodType) : t;
  if (!(inner instanceof z.ZodObject)) return [];
  const out: string[] = [];
  for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
    const p = prefix ? `${prefix}.${key}` : key;
    out.push(p, ...zodPaths(child, p));
  }
  return out;
}

function jsonPaths(s: Schema, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    const p = prefix ? `${prefix}.${key}` : key;
    out.push(p, ...jsonPaths(child, p));
  }
  return out;
}

function propAt(p: string): Schema {
  let s = schema;
  for (const key of p.split('.')) s = s.properties![key];
  return s;
}

/** `{limits: {hard: value}}` for `limits.hard`. */
function wrap(p: string, value: unknown): Record<string, unknown> {
  return p
    .split('.')
    .reverse()
    .reduce<unknown>((v, key) => ({ [key]: v }), value) as Record<string, unknown>;
}

function valueAt(obj: unknown, p: string): unknown {
  return p.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], obj);
}

const PATHS = zodPaths(ProjectConfigSchema);

describe('.waveplan.json JSON Schema', () => {
  it(`is up to date in schemas/ (run \`node scripts/gen-schemas.js\` after changing src/core/config)`, () => {
    assert.equal(
      committed,
      projectConfigJsonSchemaText(settingDescriptionsOf(pkg)),
      `schemas/${PROJECT_CONFIG_SCHEMA_FILE} is stale`,
    );
  });

  it('is contributed for .waveplan.json (completion and validation in VS Code)', () => {
    const entry = (pkg.contributes.jsonValidation as Array<{ fileMatch: string | string[]; url: string }>).find((e) =>
      ([] as string[]).concat(e.fileMatch).includes(PROJECT_CONFIG_FILE),
    );
    assert.equal(entry?.url, `./schemas/${PROJECT_CONFIG_SCHEMA_FILE}`);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('has exactly the keys of the zod schema, each with a description', () => {
    assert.deepEqual(jsonPaths(schema).sort(), PATHS.slice().sort());
    assert.ok(PATHS.includes('lineCounter.excludeGroups'));
    for (const p of PATHS) assert.match(String(propAt(p).description), /\w/, `${p} has no description`);
    assert.equal(schema.additionalProperties, false);
    assert.equal(propAt('limits').additionalProperties, false);
  });

  it('accepts and rejects exactly what zod accepts and rejects, key by key', () => {
    const probes: unknown[] = [
      'x',
      '',
      'incremental',
      'progressive',
      'bogus',
      0,
      1,
      -1,
      1.5,
      800,
      true,
      null,
      [],
      ['x'],
      [''],
      [3],
      ['tests', 'docs'],
      ['bogus'],
      {},
      { hard: 1 },
      { exclude: ['gen/'] },
      { unknown: 1 },
    ];
    let accepted = 0;
    for (const p of [...PATHS, 'unknownKey', 'limits.unknown']) {
      for (const probe of probes) {
        const value = wrap(p, probe);
        const byZod = ProjectConfigSchema.safeParse(value).success;
        const byJson = validate(schema, value).length === 0;
        const say = (ok: boolean) => (ok ? 'accepts' : 'rejects');
        assert.equal(byJson, byZod, `${JSON.stringify(value)}: zod ${say(byZod)}, the JSON Schema ${say(byJson)}`);
        if (byZod) accepted++;
      }
    }
    // Both verdicts occur for every kind of key (the probes are not all rejected).
    assert.ok(accepted >= PATHS.length, `only ${accepted} probes accepted`);
  });

  it("defaults are the product's own: every key has one, zod accepts them, and they resolve to the default settings", () => {
    const defaults = toProjectConfig(DEFAULT_PROJECT_SETTINGS);
    for (const p of PATHS.filter((x) => x !== '$schema'))
      assert.deepEqual(propAt(p).default, valueAt(defaults, p), `default of ${p}`);
    const text = JSON.stringify(defaults);
    assert.deepEqual(parseProjectConfig('/ws/.waveplan.json', text).diagnostics, []);
    assert.deepEqual(validate(schema, defaults), []);
    // The inverse mapping covers every setting: a file holding the defaults sets each setting to its default.
    assert.deepEqual(fromProjectConfig(defaults), DEFAULT_PROJECT_SETTINGS);
  });

  it('defaults and types agree with the VS Code settings of the same name', () => {
    const settings = (pkg.contributes.configuration.properties ?? {}) as Record<
      string,
      { type: string; default: unknown }
    >;
    let compared = 0;
    for (const p of PATHS) {
      const setting = settings[`waveplan.${p}`];
      if (!setting) continue;
      compared++;
      assert.deepEqual(setting.default, propAt(p).default, `default of waveplan.${p}`);
      const type = propAt(p).type === 'integer' ? 'number' : propAt(p).type;
      assert.ok(
        setting.type === type || setting.type === propAt(p).type,
        `type of waveplan.${p}: ${setting.type} vs ${String(type)}`,
      );
    }
    assert.equal(compared, PATHS.length - ['$schema', 'limits', 'lineCounter'].length);
  });
});
