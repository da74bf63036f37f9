// The list a key with nothing after it introduces (`Dependencies:` then `- E4.1.1 (session store)`): its items are
// the key's values — references, never declarations of their own.
import type { MdDoc, MdListItem } from '../docTypes';
import { isListKeyLine, parseKvLine } from './metadata';
import { isBlankText } from './refs';

export class KeyLists {
  private byLine?: Map<number, MdListItem>;
  private byList?: Map<number, MdListItem[]>;

  constructor(private readonly doc: MdDoc) {}

  /** The items of the list one or two lines below `keyLine`, up to a line between them that is a key itself. */
  below(keyLine: number): MdListItem[] | undefined {
    if (!this.byLine || !this.byList) this.index();
    const first = this.byLine!.get(keyLine + 1) ?? this.byLine!.get(keyLine + 2);
    if (!first) return undefined;
    const all = this.byList!.get(first.list)!;
    const out: MdListItem[] = [];
    let prev = keyLine;
    // `- Size: 300` / `Dependencies:` / `- none`: a key line after an item continues it, so the list may start above.
    for (let i = all.indexOf(first); i < all.length; i++) {
      const item = all[i];
      for (let l = prev + 1; l < item.line; l++) if (parseKvLine(this.doc.lines[l - 1] ?? '', l)) return out;
      out.push(item);
      prev = item.line;
    }
    return out;
  }

  /** Lines of the items under every list key of the document (undefined: none). */
  referenceItems(): Set<number> | undefined {
    let out: Set<number> | undefined;
    // By index: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
    for (let i = 0; i < this.doc.items.length; i++) {
      const item = this.doc.items[i];
      if (out?.has(item.line)) continue;
      const key = this.keyAbove(item.line);
      if (key === undefined) continue;
      out ??= new Set();
      for (const x of this.below(key) ?? []) out.add(x.line);
    }
    return out;
  }

  /** The key line right above `line`, or above one blank line (asked for every list item: no array, no copies). */
  private keyAbove(line: number): number | undefined {
    for (let above = line - 1; above >= line - 2; above--) {
      const text = this.doc.lines[above - 1];
      if (text === undefined) return undefined;
      if (isListKeyLine(text, above)) return above;
      if (!isBlankText(text)) return undefined;
    }
    return undefined;
  }

  private index(): void {
    this.byLine = new Map();
    this.byList = new Map();
    for (let i = 0; i < this.doc.items.length; i++) {
      const item = this.doc.items[i];
      this.byLine.set(item.line, item);
      const list = this.byList.get(item.list);
      if (list) list.push(item);
      else this.byList.set(item.list, [item]);
    }
  }
}
