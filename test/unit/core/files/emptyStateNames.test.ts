// What the empty states say Waveplan reads is what it reads: the view's welcome (package.json) and the CLI's message
// give file names as examples, each must be one the scanner reads, and a user whose plan is a ROADMAP.md or whose
// state is YAML must find their name there (both named orchestrator-state.json only).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { classifyPlanFile } from '../../../../src/core/files/classify';
import { runCli } from '../../support/cliRun';

const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
const welcome: string = pkg.contributes.viewsWelcome.find((w: { when: string }) =>
  w.when.includes('treeState == empty'),
).contents;

/** The file names a text gives: `PHASE-1-PLAN.md`, `orchestrator-state.yaml`. */
const namesIn = (text: string) => text.match(/[\w.-]+\.(?:md|json|ya?ml)\b/g) ?? [];

describe('the empty states name the files Waveplan reads', () => {
  let cliMessage = '';
  before(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'waveplan-empty-names-'));
    try {
      cliMessage = (await runCli(['lint'], dir)).err;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const [where, text] of [
    ['the view', () => welcome],
    ['the CLI', () => cliMessage],
  ] as const) {
    it(`${where}: every name given is read, and a roadmap and a YAML state file are among them`, () => {
      const names = namesIn(text()).filter((n) => n !== '.waveplan.json');
      assert.ok(names.length > 3, text());
      for (const name of names) assert.ok(classifyPlanFile(name), `${name} is named but not read`);
      assert.ok(
        names.some((n) => classifyPlanFile(n) === 'phase-plan' && /roadmap/i.test(n)),
        `no roadmap named: ${text()}`,
      );
      assert.ok(
        names.some((n) => classifyPlanFile(n) === 'state' && /\.ya?ml$/.test(n)),
        `no YAML state file named: ${text()}`,
      );
    });
  }
});
