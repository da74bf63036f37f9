// Plans for edit tests, read through the product's own engine: lint texts, apply edits, read the result back.
import { applyEdits, editsByFile } from '../../../src/core/fixes/apply';
import { PlanEngine } from '../../../src/core/project/engine';
import type { Project, TextEdit } from '../../../src/core/model/model';

export type Texts = Record<string, string>;

export function engineOf(texts: Texts): PlanEngine {
  const engine = new PlanEngine();
  for (const [file, text] of Object.entries(texts)) engine.update(file, text);
  return engine;
}

export function projectOf(texts: Texts): Project {
  return engineOf(texts).project();
}

/** The texts with the edits applied (each file's edits against its original text). */
export function applyAll(texts: Texts, edits: readonly TextEdit[]): Texts {
  const out = { ...texts };
  for (const [file, list] of editsByFile(edits)) {
    if (out[file] === undefined) throw new Error(`edit of a file that is not in the plan: ${file}`);
    out[file] = applyEdits(out[file], list);
  }
  return out;
}

/** Fix-builder context of a project: its texts by file. */
export function textOf(texts: Texts): (file: string) => string | undefined {
  return (file) => texts[file];
}
