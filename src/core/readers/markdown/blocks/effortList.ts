// A metadata block or front matter that lists several efforts (`efforts: [{id: E2.1.1, name: …}, …]`) is read the
// way a state file reads its records, and its facts keep the block's own kind and place in the plan.
import type { FactKind, WaveDecl } from '../../../model/model';
import { readStateFile } from '../../state/reader';
import type { MdFence } from '../doc';
import { FactBuilder } from '../facts';
import type { Entry } from './types';

/** Whether the block's top level holds a collection of efforts rather than one effort's fields. */
export function listsEfforts(entries: readonly Entry[]): boolean {
  // Records are nested maps: the block parsers keep them as `other`, or as a list with no scalar items.
  return entries.some(
    (e) =>
      /^(?:efforts?|waves|phases)$/i.test(e.key.trim()) &&
      (e.value.kind === 'other' ||
        (e.value.kind === 'seq' && e.value.items.length === 0 && e.value.end > e.value.start)),
  );
}

/** The efforts a block lists, and the waves it names (`waves: [{id: 5.1, name: Accounts, efforts: […]}]`). */
export function effortListFacts(
  file: string,
  fence: MdFence,
  kind: FactKind,
  text: string,
  strip: readonly number[],
): { facts: FactBuilder[]; waves: WaveDecl[] } {
  // Blank lines before the block keep the state reader's line numbers the plan's; an indented block would shift columns.
  if (strip.some((k) => k > 0)) return { facts: [], waves: [] };
  const read = readStateFile(file, '\n'.repeat(fence.contentStart - 1) + text);
  const facts = read.efforts.map((f) => {
    const b = new FactBuilder(f.id, kind, f.span);
    Object.assign(b.fact, f, { kind });
    return b;
  });
  return { facts, waves: read.waves };
}
