// `effort-conflict` → "use this value": rewrite the losing source's value as the winning one, so the text agrees
// with what the model already uses (the merge's precedence chose it). Scalar fields only: names, sizes, branch,
// base branch and directory (an effort's own, or a wave's or document's); a list that lost is left for the user.
import type { EffortField, Fix, Span } from '../model/model';
import type { FixContext } from './text';

/** A value as written, where: an effort fact's field or a wave's default. */
export interface WrittenValue {
  value: unknown;
  span: Span;
}

const NUMBER = /\d[\d,]*/;
const TEXT_FIELDS = new Set<EffortField>(['name', 'branch', 'baseBranch', 'directory']);
const NUMBER_FIELDS = new Set<EffortField>(['estimatedLines', 'actualLines']);

/** The fix that writes the winning value of `field` where the losing one is written, or undefined when it cannot be. */
export function useWinningValueFix(
  ctx: FixContext,
  field: EffortField,
  lost: WrittenValue,
  won: WrittenValue,
  winnerLabel: string,
): Fix | undefined {
  if (lost.value === won.value) return undefined;
  const ft = ctx.text(lost.span.file);
  const text = ft?.slice(lost.span);
  if (!ft || text === undefined) return undefined;
  let at: number;
  let length: number;
  if (NUMBER_FIELDS.has(field) && typeof won.value === 'number') {
    const m = NUMBER.exec(text);
    if (!m || Number(m[0].replace(/,/g, '')) !== lost.value) return undefined;
    [at, length] = [m.index, m[0].length];
  } else if (TEXT_FIELDS.has(field) && typeof won.value === 'string' && typeof lost.value === 'string' && lost.value) {
    at = text.indexOf(lost.value);
    length = lost.value.length;
    if (at < 0 || /[\r\n]/.test(won.value)) return undefined;
  } else {
    return undefined;
  }
  const start = ft.start(lost.span) + at;
  const shown = typeof won.value === 'string' ? `"${won.value}"` : String(won.value);
  return {
    title: `Use ${shown} here (the value of ${winnerLabel})`,
    kind: 'use-winning-value',
    edits: [ft.edit(start, start + length, String(won.value))],
    preferred: true,
    // The model already uses the winning value: writing it here changes nothing but the disagreement.
    certain: true,
  };
}
