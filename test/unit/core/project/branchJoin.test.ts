// A G1 state file's `efforts_in_progress: [{name: email-channel, branch: notify/phase2/wave1/email-channel, …}]`
// records carry no id and no wave: each is about the plan's effort with that branch (E2.1.1), not a new effort.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { PlanEngine } from '../../../../src/core/project/engine';
import type { Project } from '../../../../src/core/model/model';
import { runCli } from '../../support/cliRun';

const DIR = join(__dirname, '../../../fixtures/state/in-progress-by-branch');
const PLAN_FILE = join(DIR, 'PHASE-2-PLAN.md');
const STATE_FILE = join(DIR, 'orchestrator-state.json');
const PLAN = readFileSync(PLAN_FILE, 'utf8');
const STATE = readFileSync(STATE_FILE, 'utf8');

function read(files: Record<string, string>, engine = new PlanEngine()): Project {
  for (const [file, text] of Object.entries(files)) engine.update(file, text);
  return engine.project();
}

/** The project as plain data, maps as entry lists: what a fresh read and an update must agree on. */
function plain(value: unknown): unknown {
  if (value instanceof Map) return ['Map', [...value.entries()].map(plain)];
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = plain((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

describe('state records of no wave, with a branch', () => {
  it("join the plan's effort with that branch, with their status and lines", () => {
    const p = read({ [PLAN_FILE]: PLAN, [STATE_FILE]: STATE });
    assert.deepEqual(
      p.efforts.map((e) => e.id),
      ['E2.1.1', 'E2.1.2', 'E2.1.3', 'E2.2.1', 'E2.2.2', 'E2.2.3'],
    );
    const email = p.byId.get('E2.1.1')!;
    assert.equal(email.status, 'review');
    assert.equal(email.origins.status?.file, STATE_FILE);
    const webhook = p.byId.get('E2.1.3')!;
    assert.equal(webhook.status, 'blocked');
    assert.equal(webhook.actualLines, 860);
    assert.equal(webhook.estimatedLines, 520);
  });

  it('a record whose branch no effort of the plan has stays its own effort', () => {
    const state = STATE.replace('"branch": "notify/phase2/wave1/email-channel"', '"branch": "notify/email-v2"');
    const p = read({ [PLAN_FILE]: PLAN, [STATE_FILE]: state });
    assert.equal(p.byId.get('E2.1.1')!.status, 'planned');
    assert.equal(p.byId.get('email-channel')!.status, 'review');
  });

  it('an edit of the plan’s branch in the editor unjoins and rejoins the record, as a fresh read does', () => {
    const engine = new PlanEngine();
    read({ [PLAN_FILE]: PLAN, [STATE_FILE]: STATE }, engine);
    read({ [PLAN_FILE]: PLAN.replace('~300 lines', '~310 lines') }, engine);
    const moved = PLAN.replace('`notify/phase2/wave1/email-channel`', '`notify/phase2/wave1/email`');
    for (const plan of [moved, PLAN, PLAN.replace('~450 lines', '~460 lines')]) {
      const updated = read({ [PLAN_FILE]: plan }, engine);
      const fresh = read({ [PLAN_FILE]: plan, [STATE_FILE]: STATE }, new PlanEngine({ incremental: false }));
      assert.deepStrictEqual(plain(updated), plain(fresh));
      assert.equal(updated.byId.has('email-channel'), plan === moved);
    }
  });

  it('`waveplan inspect` lists each effort once', async () => {
    const { code, out } = await runCli(['inspect', DIR], DIR);
    assert.equal(code, 0);
    assert.match(out, /E2\.1\.1 email-channel \(~450 lines\) \[review\]/);
    assert.doesNotMatch(out, /Not in a wave/);
    assert.match(out, /^6 efforts in 2 files/m);
  });
});
