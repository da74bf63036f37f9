// `**Branches**:` over items `` `feature/x/p7w2-applier` (7.2.2) ``: an agent's several efforts, each item giving the
// effort it names its branch. Only efforts the file knows, each named once (a list of one effort's split branches
// repeats its id and says nothing about the effort's own branch).
import { lineSpan } from '../../model/span';
import type { Aliases } from './aliases';
import { itemText } from './decls';
import type { MdDoc, MdListItem } from './doc';
import { FactBuilder } from './facts';
import { firstId } from './fields/locatedValues';

const KEY = /^(\*\*|__)Branches(?::\1|\1[ \t]*:)[ \t]*$/i;
const ITEM = /^`([^`\s]{1,300})`[ \t]*\(([^()]{1,40})\)[ \t]*$/;

export function readBranchLists(
  doc: MdDoc,
  owned: (line: number) => boolean,
  aliases: Aliases,
  into: Map<string, FactBuilder>,
): void {
  const lists = new Map<number, MdListItem[]>();
  // By index: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
  for (let i = 0; i < doc.items.length; i++) {
    const item = doc.items[i];
    const list = lists.get(item.list);
    if (list) list.push(item);
    else if (KEY.test((doc.lines[item.line - 2] ?? '').trim()) && !owned(item.line - 1)) lists.set(item.list, [item]);
  }
  for (const items of lists.values()) {
    const found: Array<{ id: string; branch: string; line: number; column: number }> = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const { text, column } = itemText(doc, item);
      const m = ITEM.exec(text);
      const note = m?.[2].trim() ?? '';
      const id = m ? firstId(note) : undefined;
      if (!m || !id || id.start !== 0 || id.end !== note.length) continue;
      found.push({ id: id.value, branch: m[1], line: item.line, column: column + 1 });
    }
    if (new Set(found.map((f) => f.id)).size !== found.length) continue;
    for (const f of found) {
      if (!aliases.has(f.id)) continue;
      const span = lineSpan(doc.file, f.line, f.column, f.branch.length);
      const b = into.get(f.id) ?? new FactBuilder(f.id, 'table', span);
      into.set(f.id, b);
      b.set('branch', { value: f.branch, span });
      aliases.add(f.branch, f.id);
    }
  }
}
