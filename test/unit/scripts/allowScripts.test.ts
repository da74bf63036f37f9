// `npm ci` on a fresh clone prints no install-script warning (npm 11), and keeps working when npm blocks unreviewed
// install scripts (npm 12): every installed package of the lockfile with an install script is reviewed in
// package.json's allowScripts.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '../../..');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8'));

describe('install scripts', () => {
  it('every non-optional package with an install script is in allowScripts', () => {
    const lock = read('package-lock.json') as {
      packages: Record<string, { hasInstallScript?: boolean; optional?: boolean }>;
    };
    const allowed = Object.keys(
      (read('package.json') as { allowScripts?: Record<string, boolean> }).allowScripts ?? {},
    );
    const unreviewed = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript && !p.optional)
      .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length))
      .filter((name) => !allowed.some((key) => key === name || key.startsWith(`${name}@`)));
    assert.deepEqual(unreviewed, []);
  });
});
