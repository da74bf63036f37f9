// Completion of effort ids where a plan lists efforts: `**Dependencies**:`, `**Parallel With**:`, `**Blocks**:` (any key the
// readers map to those fields), JSON `"depends_on": [...]` and YAML `depends_on:` lists, inline or as `- ` items.
import { compareEffortIds } from '../model/ids';
import { REF_LIST_FIELDS, type Effort, type Project } from '../model/model';
import { fieldForKey } from '../readers/values';

export interface IdCompletion {
  id: string;
  /** `Index · wave 1.2` */
  detail: string;
  /** 1-based columns of the partial id the completion replaces. */
  start: number;
  end: number;
}

// `**Dependencies**: ...`, `- Parallel With: ...`, `"depends_on": [...`, `depends_on: [...`
const KEY_VALUE = /^(\s*(?:[-*+]\s+)?\**["']?)([A-Za-z][\w -]*?)(["']?\**\s*:\s*\**)/;
const LIST_ITEM = /^\s*-\s/;
const YAML_KEY = /^\s*["']?([A-Za-z][\w -]*?)["']?\s*:\s*$/;
const PARTIAL = /[\w.:-]*$/;
const LISTS: ReadonlySet<string> = new Set(REF_LIST_FIELDS);

/** Whether the cursor (1-based column) is in a value that lists efforts. `above` gives earlier lines (nearest first). */
export function inEffortList(lineText: string, column: number, above: (back: number) => string | undefined): boolean {
  const kv = KEY_VALUE.exec(lineText);
  if (kv && !LIST_ITEM.test(kv[1])) return LISTS.has(fieldForKey(kv[2]) ?? '') && column > kv[0].length;
  if (kv && LISTS.has(fieldForKey(kv[2]) ?? '')) return column > kv[0].length;
  // A YAML block list item: walk up over the other items to the key.
  if (!LIST_ITEM.test(lineText)) return false;
  for (let back = 1; back <= 200; back++) {
    const line = above(back);
    if (line === undefined) return false;
    if (LIST_ITEM.test(line)) continue;
    const key = YAML_KEY.exec(line);
    return !!key && LISTS.has(fieldForKey(key[1]) ?? '');
  }
  return false;
}

function detail(e: Effort): string {
  const wave =
    e.phase !== undefined && e.wave !== undefined
      ? `wave ${e.phase}.${e.wave}`
      : e.phase !== undefined
        ? `phase ${e.phase}`
        : 'no wave';
  return e.name && e.name !== e.id ? `${e.name} · ${wave}` : wave;
}

/** The effort ids to offer at the cursor, or none when the cursor is not in a list of efforts. */
export function effortIdCompletions(
  project: Project,
  lineText: string,
  column: number,
  above: (back: number) => string | undefined,
): IdCompletion[] {
  if (!inEffortList(lineText, column, above)) return [];
  const partial = PARTIAL.exec(lineText.slice(0, column - 1))![0];
  const start = column - partial.length;
  return project.efforts
    .slice()
    .sort((a, b) => compareEffortIds(a.id, b.id))
    .map((e) => ({ id: e.id, detail: detail(e), start, end: column }));
}
