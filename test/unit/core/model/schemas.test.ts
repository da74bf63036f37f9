import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import {
  InfrastructureMetadataFileSchema,
  jsonSchemaFiles,
  OrchestratorStateFileSchema,
  TargetRepoConfigFileSchema,
} from '../../../../src/core/model/schemas';
import { CORPUS as SHARED_CORPUS, describeWithShared } from '../../support/shared';

const ROOT = path.resolve(__dirname, '../../../..');
const CORPUS = path.join(SHARED_CORPUS, 'jessesanford__idpbuilder');
const FIXTURES = path.resolve(__dirname, '../../../fixtures/state');

type Schema = Record<string, unknown>;
const KNOWN = new Set([
  '$schema',
  '$ref',
  'definitions',
  'description',
  'type',
  'properties',
  'additionalProperties',
  'propertyNames',
  'anyOf',
  'items',
  'minimum',
  'maximum',
]);

/**
 * The draft-07 keywords the generated files use, checked strictly: an unknown keyword fails the test, so a change in
 * zod's output cannot silently turn a check into a pass.
 */
function validate(schema: Schema, value: unknown, root: Schema = schema, at = '$'): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${at}`);
  if (typeof schema.$ref === 'string') {
    const name = /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name && (root.definitions as Record<string, Schema>)[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return validate(target, value, root, at);
  }
  const errors: string[] = [];
  if (schema.anyOf) {
    const branches = (schema.anyOf as Schema[]).map((s) => validate(s, value, root, at));
    if (!branches.some((b) => b.length === 0)) errors.push(`${at}: matches no anyOf branch`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    const ok = types.some(
      (t) => t === actual || (t === 'integer' && typeof value === 'number' && Number.isInteger(value)),
    );
    if (!ok) return [...errors, `${at}: expected ${types.join('|')}, got ${actual}`];
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: above maximum`);
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, root, `${at}[${i}]`)));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [key, v] of Object.entries(value)) {
      if (schema.propertyNames) errors.push(...validate(schema.propertyNames as Schema, key, root, `${at}.<key>`));
      if (Object.prototype.hasOwnProperty.call(props, key))
        errors.push(...validate(props[key], v, root, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}.${key}: not allowed`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        errors.push(...validate(schema.additionalProperties as Schema, v, root, `${at}.${key}`));
      }
    }
  }
  return errors;
}

const generated = jsonSchemaFiles();
const jsonSchema = (name: string) => JSON.parse(generated[name]) as Schema;

describe('file-format schemas', () => {
  it('are up to date in schemas/ (run `node scripts/gen-schemas.js` after changing src/core/model/schemas.ts)', () => {
    assert.deepEqual(Object.keys(generated).sort(), [
      'infrastructure-metadata.schema.json',
      'orchestrator-state.schema.json',
      'target-repo-config.schema.json',
    ]);
    for (const [name, text] of Object.entries(generated)) {
      assert.equal(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8'), text, `schemas/${name} is stale`);
    }
  });

  it('are draft-07 documents with hover descriptions', () => {
    const state = jsonSchema('orchestrator-state.schema.json');
    assert.equal(state.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.match(String(state.description), /orchestrator state/);
    const props = state.properties as Record<string, Schema>;
    assert.match(String(props.pre_planned_infrastructure.description), /Branches and worktrees/);
    const record = (state.definitions as Record<string, Schema>).StateEffortRecord;
    assert.match(
      String((record.properties as Record<string, Schema>).estimated_lines.description),
      /Planned size in lines/,
    );
    const config = jsonSchema('target-repo-config.schema.json');
    const naming = (config.properties as Record<string, Schema>).branch_naming.properties as Record<string, Schema>;
    assert.match(String(naming.pattern.description), /\{phase\}/);
  });

  describeWithShared('on the real corpus', () => {
    const corpusCases: Array<[string, string, 'json' | 'yaml']> = [
      ['orchestrator-state.json', 'orchestrator-state.schema.json', 'json'],
      ['orchestrator-state-v3.json', 'orchestrator-state.schema.json', 'json'],
      ['target-repo-config.yaml', 'target-repo-config.schema.json', 'yaml'],
      ['.infrastructure-metadata.json', 'infrastructure-metadata.schema.json', 'json'],
    ];
    for (const [file, schemaName, format] of corpusCases) {
      it(`accept the real ${file} (JSON Schema and zod)`, () => {
        const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
        const value = format === 'json' ? JSON.parse(text) : parseYaml(text);
        assert.deepEqual(validate(jsonSchema(schemaName), value), []);
        const zodSchema = schemaName.startsWith('orchestrator')
          ? OrchestratorStateFileSchema
          : schemaName.startsWith('target')
            ? TargetRepoConfigFileSchema
            : InfrastructureMetadataFileSchema;
        assert.equal(zodSchema.safeParse(value).success, true);
      });
    }

    it('accept the JSON object part of the real broken orchestrator-state.yaml', () => {
      const text = fs.readFileSync(path.join(CORPUS, 'orchestrator-state.yaml'), 'utf8');
      const objectPart = text.slice(0, text.indexOf('\n}\n') + 2);
      const value = JSON.parse(objectPart);
      assert.deepEqual(validate(jsonSchema('orchestrator-state.schema.json'), value), []);
      assert.equal(OrchestratorStateFileSchema.safeParse(value).success, true);
    });
  });

  it('accept every well-formed state fixture', () => {
    for (const dir of ['g1-json', 'g2']) {
      const file = fs.readdirSync(path.join(FIXTURES, dir))[0];
      const value = JSON.parse(fs.readFileSync(path.join(FIXTURES, dir, file), 'utf8'));
      assert.deepEqual(validate(jsonSchema('orchestrator-state.schema.json'), value), [], dir);
    }
    const config = parseYaml(fs.readFileSync(path.join(FIXTURES, 'repo-config/target-repo-config.yaml'), 'utf8'));
    assert.deepEqual(validate(jsonSchema('target-repo-config.schema.json'), config), []);
  });

  it('reject a wrong-typed state file, naming each bad value', () => {
    const value = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'wrong-types/orchestrator-state.json'), 'utf8'));
    const errors = validate(jsonSchema('orchestrator-state.schema.json'), value);
    assert.deepEqual(errors, [
      '$.efforts_completed: expected array, got number',
      '$.pre_planned_infrastructure.efforts.phase1_wave1_effort-1-alpha.estimated_lines: expected number|null, got string',
      '$.pre_planned_infrastructure.efforts.phase1_wave1_effort-1-alpha.branch_name: expected string|null, got boolean',
    ]);
    const zod = OrchestratorStateFileSchema.safeParse(value);
    assert.equal(zod.success, false);
    assert.deepEqual(zod.error?.issues.map((i) => i.path.join('.')).sort(), [
      'efforts_completed',
      'pre_planned_infrastructure.efforts.phase1_wave1_effort-1-alpha.branch_name',
      'pre_planned_infrastructure.efforts.phase1_wave1_effort-1-alpha.estimated_lines',
    ]);
  });

  it('reject a wrong-typed repo config', () => {
    const value = {
      branch_naming: { project_prefix: ['a'], pattern: 7 },
      integration: { create_integration_branches: 'yes' },
    };
    assert.deepEqual(validate(jsonSchema('target-repo-config.schema.json'), value), [
      '$.branch_naming.project_prefix: expected string|null, got array',
      '$.branch_naming.pattern: expected string|null, got number',
      '$.integration.create_integration_branches: expected boolean|null, got string',
    ]);
    assert.equal(TargetRepoConfigFileSchema.safeParse(value).success, false);
  });

  it('keep unknown keys (lenient: orchestrators add keys all the time)', () => {
    const value = {
      brand_new_key: { anything: [1, 'two'] },
      pre_planned_infrastructure: { efforts: { x: { effort_id: '1.1.1', custom: true } } },
    };
    assert.deepEqual(validate(jsonSchema('orchestrator-state.schema.json'), value), []);
    assert.equal(OrchestratorStateFileSchema.safeParse(value).success, true);
  });
});
