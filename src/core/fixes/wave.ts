// "Move to wave N" for an effort without a number (numbered efforts are renumbered: moveEffort.ts). When the effort's wave is an explicit field
// (`**Wave**: 1`, `"parent_wave": "WAVE_2.1"`, a Wave table cell) that value is edited; otherwise, when the
// effort is a heading under wave headings, its heading section moves to the end of the target wave's section
// in the same file. With neither, no fix is offered. State files are never edited (the orchestrator owns them).
import { canonicalEffortId } from '../model/ids';
import type { Effort, EffortFact, Fix, Project, Span, TextEdit } from '../model/model';
import { blockInsertion, headingLevel, lineOffset, sectionEnd } from '../authoring/markdownSections';
import { factsOf, fileResult, sameSpan, type FileText, type FixContext } from './text';

const sharedWaveSpans = new WeakMap<Project, Set<string>>();

function spanKey(s: Span): string {
  return `${s.file}\n${s.line}:${s.column}:${s.endLine}:${s.endColumn}`;
}

/** Wave spans given to several efforts: a heading's number that efforts inherit, not a field of their own. */
function shared(project: Project): Set<string> {
  let set = sharedWaveSpans.get(project);
  if (set) return set;
  const seen = new Set<string>();
  set = new Set();
  for (const [, facts] of project.facts) {
    const own = new Set<string>();
    for (const f of facts) if (f.wave) own.add(spanKey(f.wave.span));
    for (const key of own) (seen.has(key) ? set : seen).add(key);
  }
  sharedWaveSpans.set(project, set);
  return set;
}

const NOT_EXPLICIT = new Set(['heading', 'mermaid', 'state', 'infrastructure', 'report']);

/** The edit that rewrites an explicit wave value of this fact, or undefined when its wave is not its own field. */
function explicitWaveEdit(ctx: FixContext, fact: EffortFact, target: number): TextEdit | undefined {
  const wave = fact.wave;
  if (!wave || NOT_EXPLICIT.has(fact.kind) || shared(ctx.project).has(spanKey(wave.span))) return undefined;
  const ft = ctx.text(wave.span.file);
  const text = ft?.slice(wave.span);
  // A wave read from a heading or from the effort's own id (`5.1.1` in a table cell) is not a field: ids are never rewritten.
  if (!ft || text === undefined || headingLevel(ft.lineText(wave.span.line)) > 0 || canonicalEffortId(text))
    return undefined;
  // The wave is the last number equal to it: `2` in `WAVE_1.2`, `1` in `wave1`.
  const runs = [...text.matchAll(/\d+/g)].filter((m) => Number(m[0]) === wave.value);
  const run = runs[runs.length - 1];
  if (!run) return undefined;
  const at = ft.start(wave.span) + run.index!;
  return ft.edit(at, at + run[0].length, String(target));
}

function explicitEdits(ctx: FixContext, effort: Effort, target: number): TextEdit[] | undefined {
  const origin = effort.origins.wave;
  if (!origin) return undefined;
  const facts = factsOf(ctx.project, effort.id);
  const winner = facts.find((f) => f.wave && sameSpan(f.wave.span, origin));
  if (!winner || !explicitWaveEdit(ctx, winner, target)) return undefined;
  return explicitWaveEditsOf(ctx, effort.id, target);
}

/** Edits rewriting every explicit wave value the effort's sources write (for renumbering moves). */
export function explicitWaveEditsOf(ctx: FixContext, id: string, target: number): TextEdit[] {
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const f of factsOf(ctx.project, id)) {
    const e = explicitWaveEdit(ctx, f, target);
    if (e && !seen.has(spanKey(e))) {
      seen.add(spanKey(e));
      edits.push(e);
    }
  }
  return edits;
}

function headingMove(ctx: FixContext, effort: Effort, target: number): TextEdit[] | undefined {
  // Only when the wave comes from the enclosing wave heading: moving text cannot change a wave read from the id.
  const origin = effort.origins.wave;
  if (!origin || effort.phase === undefined) return undefined;
  const file = fileResult(ctx.project, origin.file);
  if (!file?.waves.some((w) => w.span.line === origin.line)) return undefined;
  const decl = file.waves.find((w) => w.phase === effort.phase && w.wave === target);
  const ft = ctx.text(origin.file);
  if (!decl || !ft) return undefined;
  for (const fact of factsOf(ctx.project, effort.id)) {
    if (fact.kind !== 'heading' || fact.span.file !== origin.file) continue;
    const edits = moveSection(ft, fact.span.line, decl.span.line);
    if (edits) return edits;
  }
  return undefined;
}

/** Moves the section of the heading at `line` to the end of the section of the (higher) heading at `waveLine`. */
function moveSection(ft: FileText, line: number, waveLine: number): TextEdit[] | undefined {
  const level = headingLevel(ft.lineText(line));
  const waveLevel = headingLevel(ft.lineText(waveLine));
  if (level === 0 || waveLevel === 0 || waveLevel >= level) return undefined;
  const end = sectionEnd(ft, line);
  const waveEnd = sectionEnd(ft, waveLine);
  if (waveLine < line && line < waveEnd) return undefined;
  const start = lineOffset(ft, line);
  const stop = lineOffset(ft, end);
  const at = lineOffset(ft, waveEnd);
  if (at > start && at < stop) return undefined;
  const block = ft.text.slice(start, stop);
  return [ft.edit(start, stop, ''), ft.edit(at, at, blockInsertion(ft, at, block))];
}

/** Fix moving `effort` to wave `target` of its phase, or undefined when the plan's text does not allow it. */
export function moveToWaveFix(ctx: FixContext, effort: Effort, target: number): Fix | undefined {
  const edits = explicitEdits(ctx, effort, target) ?? headingMove(ctx, effort, target);
  if (!edits || edits.length === 0) return undefined;
  return { title: `Move ${effort.id} to wave ${target}`, kind: 'move-to-wave', edits, preferred: true };
}
