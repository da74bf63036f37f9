// "Move effort to wave N" for a numbered effort: its id says its wave, so moving it means renumbering it
// (E1.2.3 → E1.3.n, n the next free number of the target wave) everywhere it is written (see rename.ts), rewriting
// explicit wave fields, and moving its heading section under the target wave's heading in every file that lays
// the phase out by waves (adding a `Wave N` heading where the file has none yet). One set of text edits, so the
// editor applies it as one undoable edit.
import { appendAll } from '../model/arrays';
import { parseEffortId } from '../model/ids';
import type { Fix, Project, TextEdit, WaveDecl } from '../model/model';
import { applyEdits } from '../fixes/apply';
import { blockInsertion, headingLevel, lineOffset, sectionEnd } from './markdownSections';
import { renameEffort } from './rename';
import { fieldForKey } from '../readers/values';
import { factLines, factsOf, fileResult, FileText, type FixContext } from '../fixes/text';
import { explicitWaveEditsOf } from '../fixes/wave';

export type MoveResult = { newId: string; edits: TextEdit[] } | { error: string };

/** The next free id of wave `wave` of `phase`. */
export function nextFreeId(project: Project, phase: number, wave: number): string {
  let max = 0;
  for (const e of project.efforts) {
    const p = parseEffortId(e.id);
    if (p && p.phase === phase && p.wave === wave && p.n > max) max = p.n;
  }
  return `E${phase}.${wave}.${max + 1}`;
}

interface SectionMove {
  start: number;
  stop: number;
  at: number;
  /** A heading for the target wave, when the file has no section for it yet. */
  heading?: string;
}

/** Where a new `Wave N` section goes (before the first later wave, else after the phase's last wave) and its heading. */
function newWaveSection(ft: FileText, waves: readonly WaveDecl[], target: number): { at: number; heading: string } {
  const later = waves.filter((w) => w.wave > target).sort((a, b) => a.span.line - b.span.line)[0];
  const last = waves.slice().sort((a, b) => b.span.line - a.span.line)[0];
  const model = later ?? last;
  const heading = `${'#'.repeat(Math.max(1, headingLevel(ft.lineText(model.span.line))))} Wave ${target}`;
  return { at: later ? lineOffset(ft, later.span.line) : lineOffset(ft, sectionEnd(ft, last.span.line)), heading };
}

/** Where the effort's heading section is and where it goes (end of the target wave's section), per file. */
function sectionMoves(
  ctx: FixContext,
  id: string,
  phase: number,
  target: number,
): Map<string, SectionMove> | { error: string } {
  const moves = new Map<string, SectionMove>();
  for (const fact of factsOf(ctx.project, id)) {
    if (moves.has(fact.span.file)) continue;
    const file = fileResult(ctx.project, fact.span.file);
    const ft = ctx.text(fact.span.file);
    // The effort's section starts at a fact declared by a heading (`### E1.2.3: Name`, with or without metadata).
    if (!file || !ft || headingLevel(ft.lineText(fact.span.line)) === 0) continue;
    const waves = file.waves.filter((w) => w.phase === phase);
    // A file without wave sections for the phase (an effort plan) only needs the new id.
    if (waves.length === 0) continue;
    const decl = waves.find((w) => w.wave === target);
    // A plan of one wave (a wave plan) keeps its sections: the new id alone places the effort.
    if (!decl && waves.length < 2) continue;
    const line = fact.span.line;
    const level = headingLevel(ft.lineText(line));
    const waveLine = (decl ?? waves[0]).span.line;
    if (headingLevel(ft.lineText(waveLine)) === 0 || headingLevel(ft.lineText(waveLine)) >= level)
      return { error: `${id}'s heading in ${file.file} is not below a wave heading.` };
    const start = lineOffset(ft, line);
    const stop = lineOffset(ft, sectionEnd(ft, line));
    const place = decl
      ? { at: lineOffset(ft, sectionEnd(ft, decl.span.line)), heading: undefined }
      : newWaveSection(ft, waves, target);
    if (place.at > start && place.at < stop)
      return { error: `Wave ${target} would land inside ${id}'s section in ${file.file}.` };
    if (place.heading || (place.at !== start && place.at !== stop)) moves.set(file.file, { start, stop, ...place });
  }
  return moves;
}

// A key/value line of bold metadata, JSON or YAML: `**Wave**: 1`, `"parent_wave": "WAVE_1.1",`, `wave: 2`.
const KEY_VALUE = /^(\s*(?:[-*+]\s+)?\**["']?)([A-Za-z][\w -]*?)(["']?\**\s*:\s*)(.*)$/;

/** Every wave value written in the effort's own blocks (`"parent_wave": "WAVE_1.1"` → `WAVE_1.3`), numbered ids aside. */
function waveValueEdits(ctx: FixContext, id: string, from: number, target: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const fact of factsOf(ctx.project, id)) {
    const ft = ctx.text(fact.span.file);
    const file = fileResult(ctx.project, fact.span.file);
    if (!ft || !file || file.kind === 'state' || file.kind === 'infrastructure') continue;
    const { first, last } = factLines(fact);
    for (let line = first; line <= Math.min(last, first + 200); line++) {
      const kv = KEY_VALUE.exec(ft.lineText(line));
      if (!kv || fieldForKey(kv[2]) !== 'wave') continue;
      // The wave is the last number equal to it: `1` in `WAVE_1.1` is the phase's when the wave is 1 too.
      const runs = [...kv[4].matchAll(/\d+/g)].filter((m) => Number(m[0]) === from);
      const run = runs[runs.length - 1];
      if (!run) continue;
      const at = ft.lineStart(line) + kv[1].length + kv[2].length + kv[3].length + run.index!;
      edits.push(ft.edit(at, at + run[0].length, String(target)));
    }
  }
  return edits;
}

/** The content edits of one file, with its section moved: edits inside the section travel with it. */
function withMove(ft: FileText, edits: TextEdit[], move: SectionMove): TextEdit[] {
  const inBlock: TextEdit[] = [];
  const outside: TextEdit[] = [];
  for (const e of edits) {
    const a = ft.offset(e.line, e.column);
    (a >= move.start && a < move.stop ? inBlock : outside).push(e);
  }
  const block = new FileText(ft.file, ft.text.slice(move.start, move.stop));
  const shift = ft.index.position(move.start).line - 1;
  const local = inBlock.map((e) => ({ ...e, line: e.line - shift, endLine: e.endLine - shift }));
  // Trailing blank lines stay behind; blockInsertion sets the moved section off from its new neighbours.
  const moved = applyEdits(block.text, local).replace(/(\r?\n[ \t]*)+$/, '') + ft.eol;
  const section = move.heading ? `${move.heading}${ft.eol}${ft.eol}${moved}` : moved;
  return [
    ...outside,
    ft.edit(move.start, move.stop, ''),
    ft.edit(move.at, move.at, blockInsertion(ft, move.at, section)),
  ];
}

/** Every edit that moves numbered effort `id` to wave `target` of its phase, or why it cannot be done. */
export function moveNumberedEffort(ctx: FixContext, id: string, target: number): MoveResult {
  const p = parseEffortId(id);
  if (!p) return { error: `${id} has no number: move its section instead.` };
  if (p.wave === target) return { error: `${id} is already in wave ${target}.` };
  if (target < 0) return { error: `There is no wave ${target}.` };
  const newId = nextFreeId(ctx.project, p.phase, target);
  const renamed = renameEffort(ctx.project, (file) => ctx.text(file)?.text, id, newId);
  if ('error' in renamed) return renamed;
  const moves = sectionMoves(ctx, id, p.phase, target);
  if ('error' in moves) return moves;
  const byFile = new Map<string, TextEdit[]>();
  const seen = new Set<string>();
  for (const e of [
    ...renamed.edits,
    ...explicitWaveEditsOf(ctx, id, target),
    ...waveValueEdits(ctx, id, p.wave, target),
  ]) {
    // Two sources may locate one written wave value: edit it once.
    const key = `${e.file}\n${e.line}:${e.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (byFile.get(e.file) ?? byFile.set(e.file, []).get(e.file)!).push(e);
  }
  for (const file of moves.keys()) if (!byFile.has(file)) byFile.set(file, []);
  const edits: TextEdit[] = [];
  for (const [file, list] of byFile) {
    const move = moves.get(file);
    const ft = ctx.text(file);
    appendAll(edits, move && ft ? withMove(ft, list, move) : list);
  }
  return { newId, edits };
}

/** The `move-to-wave` fix of a numbered effort, when the move can be computed. */
export function moveNumberedEffortFix(ctx: FixContext, id: string, target: number): Fix | undefined {
  const moved = moveNumberedEffort(ctx, id, target);
  if ('error' in moved || moved.edits.length === 0) return undefined;
  return {
    title: `Move ${id} to wave ${target} as ${moved.newId}`,
    kind: 'move-to-wave',
    edits: moved.edits,
    preferred: true,
  };
}
