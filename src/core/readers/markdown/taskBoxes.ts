// Task-list boxes, in a list item (`- [x] E1.1.1 parser`) or before an effort heading's id (`### [x] E1.2.2 Session
// store`): `[x]` done, `[/]` or `[~]` in progress, `[-]` cancelled, `[!]` blocked (the flavours that mark more than
// done); `[ ]` says nothing (planned).
import type { EffortStatus } from '../../model/model';

export const BOX_STATUS: Record<string, Exclude<EffortStatus, 'unknown'>> = {
  x: 'done',
  X: 'done',
  '~': 'in-progress',
  '/': 'in-progress',
  '-': 'cancelled',
  '!': 'blocked',
};

// A box in a heading's lead, after decoration only (`✅ [x] E1.2.6`), before its text.
const HEADING_BOX = /^[^\p{L}\p{N}[]*\[([ xX~/!-])\][ \t]+(?=\S)/u;

/** The box a heading's text leads with: its mark and where the box starts, or undefined (most headings: no `[`). */
export function headingBox(text: string, digit: number): { mark: string; start: number } | undefined {
  const open = text.indexOf('[');
  if (open < 0 || open >= digit) return undefined;
  const m = HEADING_BOX.exec(text);
  return m ? { mark: m[1], start: m[0].indexOf('[') } : undefined;
}
