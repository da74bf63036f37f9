// Where the tests find ../shared (the real corpus and reproducers CI lays beside the clone), and what happens without it:
// suites that read it are skipped with a note on a developer's machine, and fail under CI, where it must be present.
import { existsSync } from 'fs';
import * as path from 'path';

export const SHARED = path.resolve(__dirname, '../../../../shared');
export const CORPUS = path.join(SHARED, 'corpus/real');
export const REPROS = path.join(SHARED, 'repros');
export const HAS_SHARED = existsSync(CORPUS);

let noted = false;

/** `describe` for a suite that reads ../shared. */
export function describeWithShared(title: string, body: (this: Mocha.Suite) => void): Mocha.Suite | void {
  if (HAS_SHARED) return describe(title, body);
  if (process.env.CI)
    throw new Error(`${SHARED} is missing: CI must lay ../shared beside the clone (the real corpus tests need it)`);
  if (!noted)
    console.log(
      `  note: ${SHARED} is missing, so the suites that read the real corpus are skipped (see CONTRIBUTING.md)`,
    );
  noted = true;
  // The body is not run: suites read the corpus while they are defined, which a skipped suite still does.
  return describe.skip(`${title} (needs ../shared)`, () => it('reads ../shared'));
}
