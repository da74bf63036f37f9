// "New Effort": a new effort section in a plan file, written in that file's own convention. The last effort of the
// target wave (else of the file) declared by a heading is the model: its heading form and the fields a new effort
// needs (name, dependencies, estimate, can-parallelize, a branch following the same pattern) are kept with fresh
// values; facts only an existing effort has (status, actual lines, base, directory, parallel-with, prose) are not.
import { appendAll } from '../model/arrays';
import { parseEffortId } from '../model/ids';
import type { EffortFact, Project, Span, TextEdit } from '../model/model';
import { blockInsertion, headingLevel, lineOffset, sectionEnd } from './markdownSections';
import { nextFreeId } from './moveEffort';
import { WRITTEN_ID } from './rename';
import { FileText } from '../fixes/text';

export interface NewEffort {
  id: string;
  /** Plain text edit (placeholders at their defaults): what the CLI or a test applies. */
  edit: TextEdit;
  /** The same text as a VS Code snippet body: the name, dependencies and estimate are tab stops. */
  snippet: string;
  /** Where the snippet goes (the edit's start; the edit inserts, it never replaces). */
  line: number;
  column: number;
}

export const NEW_EFFORT_DEFAULTS = { name: 'new-effort', dependencies: 'None', estimate: '400' } as const;

/** One piece of the new section: literal text, or a tab stop (n) with its default. */
type Piece = string | { stop: number; value: string; mirror?: boolean };

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function render(lines: Piece[][], snippet: boolean): string {
  const seen = new Set<number>();
  const out = lines.map((pieces) =>
    pieces
      .map((p) => {
        if (typeof p === 'string') return snippet ? escapeSnippet(p) : p;
        if (!snippet) return p.value;
        const first = !seen.has(p.stop);
        seen.add(p.stop);
        return first ? `\${${p.stop}:${escapeSnippet(p.value)}}` : `$${p.stop}`;
      })
      .join(''),
  );
  return out.join('\n');
}

/** The line's text with spans on it replaced by pieces (spans sorted by column, all on this line). */
function replaceOnLine(text: string, replacements: { span: Span; pieces: Piece[] }[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const r of replacements.sort((a, b) => a.span.column - b.span.column)) {
    const start = r.span.column - 1;
    const end = r.span.endLine === r.span.line ? r.span.endColumn - 1 : text.length;
    if (start < at || end > text.length) return [text];
    out.push(text.slice(at, start));
    appendAll(out, r.pieces);
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

/** A branch like the model's for the new name: the model's name at the end of its branch becomes the name stop. */
function branchPieces(branch: string | undefined, modelName: string | undefined, name: Piece): Piece[] | undefined {
  const slug = modelName
    ?.trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (!branch || !slug || !branch.endsWith(slug)) return undefined;
  return [branch.slice(0, branch.length - slug.length), name];
}

/** Merged field spans of one effort's facts in one file (a heading fact and the metadata under it). */
function fieldsIn(facts: readonly EffortFact[]): Partial<EffortFact> {
  const out: Partial<EffortFact> = {};
  for (const f of facts) {
    out.name ??= f.name;
    out.dependsOn ??= f.dependsOn;
    out.estimatedLines ??= f.estimatedLines;
    out.canParallelize ??= f.canParallelize;
    out.branch ??= f.branch;
  }
  return out;
}

/**
 * A new effort of wave `wave` of `phase` in `file`, after the wave's last effort section there (or at the end of the
 * wave's section when it has none yet), or why it cannot be written.
 */
export function newEffortIn(
  project: Project,
  file: string,
  text: string,
  phase: number,
  wave: number,
): NewEffort | { error: string } {
  const ft = new FileText(file, text);
  const result = project.files.find((f) => f.file === file);
  if (!result) return { error: 'This file is not one of the plans Waveplan reads.' };
  const headings = result.efforts.filter((f) => parseEffortId(f.id) && headingLevel(ft.lineText(f.span.line)) > 0);
  const byLine = (a: EffortFact, b: EffortFact) => a.span.line - b.span.line;
  const inWave = headings.filter((f) => {
    const p = parseEffortId(f.id)!;
    return p.phase === phase && p.wave === wave;
  });
  const model = inWave.sort(byLine).at(-1) ?? headings.slice().sort(byLine).at(-1);
  if (!model)
    return {
      error: 'This file writes no effort under a numbered heading (such as "### E1.2.3: name") to copy the form from.',
    };
  let at: number;
  if (inWave.length) at = lineOffset(ft, sectionEnd(ft, model.span.line));
  else {
    const decl = result.waves.find((w) => w.phase === phase && w.wave === wave && w.span.file === file);
    if (!decl) return { error: `This file has no section for wave ${wave} of phase ${phase}.` };
    at = lineOffset(ft, sectionEnd(ft, decl.span.line));
  }
  const id = nextFreeId(project, phase, wave);
  const to = parseEffortId(id)!;
  const fields = fieldsIn(result.efforts.filter((f) => f.id === model.id));
  const name: Piece = { stop: 1, value: NEW_EFFORT_DEFAULTS.name };
  const start = model.span.line;
  const lines: Piece[][] = [];
  for (let l = start; l < sectionEnd(ft, start); l++) {
    const lineText = ft.lineText(l);
    const on = (v?: { span: Span }) => v !== undefined && v.span.line === l;
    if (l === start) {
      const m = WRITTEN_ID.exec(lineText);
      if (!m) return { error: `The heading of ${model.id} does not write its number.` };
      const numberAt = m.index + (m[1]?.length ?? 0);
      const idSpan = { ...model.span, line: l, column: numberAt + 1, endLine: l, endColumn: m.index + m[0].length + 1 };
      const parts = [{ span: idSpan, pieces: [`${to.phase}.${to.wave}.${to.n}`] as Piece[] }];
      if (on(fields.name)) parts.push({ span: fields.name!.span, pieces: [name] });
      lines.push(replaceOnLine(lineText, parts));
    } else if (on(fields.name)) lines.push(replaceOnLine(lineText, [{ span: fields.name!.span, pieces: [name] }]));
    else if (on(fields.dependsOn))
      lines.push(
        replaceOnLine(lineText, [
          { span: fields.dependsOn!.span, pieces: [{ stop: 2, value: NEW_EFFORT_DEFAULTS.dependencies }] },
        ]),
      );
    else if (on(fields.estimatedLines))
      lines.push(
        replaceOnLine(lineText, [
          { span: fields.estimatedLines!.span, pieces: [{ stop: 3, value: NEW_EFFORT_DEFAULTS.estimate }] },
        ]),
      );
    else if (on(fields.canParallelize)) lines.push([lineText]);
    else if (on(fields.branch) && inWave.length) {
      const branch = branchPieces(fields.branch!.value, fields.name?.value, name);
      if (branch) lines.push(replaceOnLine(lineText, [{ span: fields.branch!.span, pieces: branch }]));
    }
  }
  const body = (snippet: boolean) => blockInsertion(ft, at, render(lines, snippet).split('\n').join(ft.eol));
  const pos = ft.index.position(at);
  return { id, edit: ft.edit(at, at, body(false)), snippet: body(true), line: pos.line, column: pos.column };
}

export interface WaveRef {
  phase: number;
  wave: number;
}

/** The waves a new effort of this file could join: the wave section around `line`, else every wave the file writes. */
export function wavesForNewEffort(project: Project, file: string, line: number): WaveRef[] {
  const result = project.files.find((f) => f.file === file);
  if (!result) return [];
  const sections = result.waves
    .filter((w) => w.span.file === file && w.span.line <= line)
    .sort((a, b) => a.span.line - b.span.line);
  const around = sections.at(-1);
  if (around) return [{ phase: around.phase, wave: around.wave }];
  const seen = new Map<string, WaveRef>();
  for (const w of result.waves) seen.set(`${w.phase}.${w.wave}`, { phase: w.phase, wave: w.wave });
  for (const f of result.efforts) {
    const p = parseEffortId(f.id);
    if (p) seen.set(`${p.phase}.${p.wave}`, { phase: p.phase, wave: p.wave });
  }
  return [...seen.values()].sort((a, b) => a.phase - b.phase || a.wave - b.wave);
}

/** The plan file a new effort of a wave goes to: the markdown plan declaring most of the wave's efforts. */
export function fileForNewEffort(project: Project, phase: number, wave: number): string | undefined {
  let best: { file: string; count: number } | undefined;
  for (const r of project.files) {
    if (r.kind === 'state' || !/\.md$/i.test(r.file)) continue;
    const count = r.efforts.filter((f) => {
      const p = parseEffortId(f.id);
      return p?.phase === phase && p.wave === wave;
    }).length;
    const declares = r.waves.some((w) => w.phase === phase && w.wave === wave);
    if ((count > 0 || declares) && (!best || count > best.count)) best = { file: r.file, count };
  }
  return best?.file;
}
