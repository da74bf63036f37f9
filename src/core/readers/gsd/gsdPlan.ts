// A GSD plan file is one effort: its id from the file name, its wave and dependencies from the front matter
// (`wave: 2`, `depends_on: ["07-01"]`), its name from the title or the objective. A SUMMARY beside it says it is done.
import type { Node as YamlNode, Scalar } from 'yaml';
import { FactRecord } from '../../model/records';
import { PlainSpan } from '../../model/plainObjects';
import { LineIndex, lineSpan } from '../../model/span';
import { findFrontMatter, splitLines } from '../markdown/doc';
import { readMarkdownPlan } from '../markdown/reader';
import type { DependencyRef, EffortFact, FileReadResult, PlanFileKind, Span } from '../../model/model';
import { emptyResult } from '../result';
import { parseYamlDocument } from '../yamlGuarded';
import { yamlLib } from '../yamlLib';
import { gsdFileOf, gsdRefId, isGsdRoadmap, type GsdFile } from './gsdIds';
import { addRoadmapPhases } from './gsdRoadmap';
import { headingText } from './headingText';

/**
 * A markdown plan with what GSD's layout adds to it: a plan's effort, a roadmap's phase names. A SUMMARY says one
 * thing, that its plan is done; the rest is the executor's report (`**Status:** complete` of a task, decisions), read
 * by no other reader.
 */
export function readMarkdownOrGsd(file: string, text: string, kind: PlanFileKind): FileReadResult {
  const gsd = gsdFileOf(file);
  if (gsd?.part === 'summary') {
    const summary = emptyResult(file, kind);
    summary.efforts.push(summaryFact(file, text, gsd));
    const report = summaryReport(file, text, gsd);
    if (report) summary.efforts.push(report);
    return summary;
  }
  const result = readMarkdownPlan(file, text, kind);
  if (gsd) {
    const fact = planFact(file, text, gsd);
    if (fact) result.efforts = result.efforts.concat(fact);
  } else if (isGsdRoadmap(file)) addRoadmapPhases(result, text);
  return result;
}

interface FrontMatter {
  /** The file's lines (splitLines) and the 1-based line after the closing `---`. */
  lines: string[];
  after: number;
  /** Positions in the YAML text, whose line 1 is the file's line 2. */
  yaml: LineIndex;
  root: YamlNode;
}

function planFact(file: string, text: string, gsd: GsdFile): EffortFact | undefined {
  const fm = frontMatter(text);
  // Without front matter it is not a plan GSD runs (a draft, or another tool's file of the same name).
  if (!fm || !yamlLib().isMap(fm.root)) return undefined;
  const map = fm.root;
  const fact = new FactRecord(gsd.id, 'front-matter', new PlainSpan(file, 1, 1, 1, 4));
  // Inside a quoted value's quotes, so that a fix replacing the id keeps them.
  const span: Spanner = (node, inset = 0) => {
    const from = fm.yaml.position(node.range![0] + inset);
    const to = fm.yaml.position(node.range![1] - inset);
    return new PlainSpan(file, from.line + 1, from.column, to.line + 1, to.column);
  };
  if (gsd.phase !== undefined) {
    fact.phase = { value: gsd.phase, span: fact.span };
    const wave = map.get('wave', true);
    const n = wholeNumber(wave);
    if (n !== undefined) fact.wave = { value: n, span: span(wave as YamlNode) };
  }
  const deps = map.get('depends_on', true) as YamlNode | undefined;
  if (deps?.range) fact.dependsOn = { span: span(deps), refs: refsOf(deps, span) };
  const name = titleOf(map.get('title', true), span) ?? headingTitle(file, fm) ?? objectiveLine(file, text);
  if (name) fact.name = name;
  return fact;
}

function summaryFact(file: string, text: string, gsd: GsdFile): EffortFact {
  const end = text.indexOf('\n');
  const first = lineSpan(file, 1, 1, end < 0 ? text.length : end);
  const fact = new FactRecord(gsd.id, 'front-matter', first);
  fact.status = { value: 'done', span: first };
  return fact;
}

/**
 * What a SUMMARY says of its plan beyond its being done, for when the plan itself is gone: its phase (the folder's) and
 * its name (`# Phase 1 Plan 3: Posting rules Summary`). A report, the weakest source (precedence.ts): beside the plan,
 * the plan's own phase and name stand, with no conflict.
 */
function summaryReport(file: string, text: string, gsd: GsdFile): EffortFact | undefined {
  const fm = frontMatter(text);
  const name = fm && summaryTitle(file, fm);
  if (gsd.phase === undefined && !name) return undefined;
  const fact = new FactRecord(gsd.id, 'report', name?.span ?? lineSpan(file, 1, 1, 3));
  if (gsd.phase !== undefined) fact.phase = { value: gsd.phase, span: fact.span };
  if (name) fact.name = name;
  return fact;
}

/**
 * The plan's name in a summary's heading, GSD's template `# Phase 1 Plan 3: Posting rules Summary`, as the first line
 * after the front matter: a summary headed otherwise (`# Hotfix notes`) names no plan.
 */
function summaryTitle(file: string, fm: FrontMatter): EffortFact['name'] {
  const i = firstBodyLine(fm);
  const m = i < fm.lines.length ? SUMMARY_HEAD.exec(headingText(fm.lines[i])) : null;
  // The closing word cut by hand: a pattern's lazy name before `[ \t]+Summary$` backtracks over every blank of a long run.
  if (!m || !/summary$/i.test(m[2])) return undefined;
  const value = m[2].slice(0, -'summary'.length).trimEnd();
  if (!value || value.length === m[2].length - 'summary'.length) return undefined;
  return { value, span: lineSpan(file, i + 1, m[1].length + 1, value.length) };
}

const SUMMARY_HEAD = /^(#[ \t]+(?:Phase[ \t]+[\d.]+[ \t,]*)?Plan[ \t]+[\d.-]+[a-z]?[ \t]*[:—–-][ \t]*)(\S.*)$/i;

/** The index of the first line after the front matter that is not blank (`fm.lines.length` when none is). */
function firstBodyLine(fm: FrontMatter): number {
  let i = fm.after - 1;
  while (i < fm.lines.length && !fm.lines[i].trim()) i++;
  return i;
}

/** Front matter as the markdown reader finds it (doc.ts), parsed with the guarded YAML parser. */
function frontMatter(text: string): FrontMatter | undefined {
  const lines = splitLines(text);
  const range = findFrontMatter(lines);
  if (!range) return undefined;
  const yaml = lines.slice(1, range.endLine - 2).join('\n');
  const root = parseYamlDocument(yaml).doc.contents as YamlNode | null;
  return root ? { lines, after: range.endLine, yaml: new LineIndex(yaml), root } : undefined;
}

type Spanner = (node: YamlNode, inset?: number) => Span;

function quoted(node: Scalar): number {
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
}

function wholeNumber(node: unknown): number | undefined {
  if (!yamlLib().isScalar(node)) return undefined;
  const n = Number((node as Scalar).value);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** `["07-01", "06-03"]`, a block list, or one id: each plan id is an effort, anything else an external reference. */
function refsOf(node: YamlNode, span: Spanner): DependencyRef[] {
  const { isScalar, isSeq } = yamlLib();
  const items = isSeq(node) ? node.items : [node];
  const refs: DependencyRef[] = [];
  for (const item of items) {
    if (!isScalar(item) || item.value === null || item.value === '' || !item.range) continue;
    const raw = String(item.value);
    const id = gsdRefId(raw);
    refs.push({ id: id ?? raw.trim(), raw, external: id === undefined, span: span(item as YamlNode, quoted(item)) });
  }
  return refs;
}

function titleOf(node: unknown, span: Spanner): EffortFact['name'] {
  if (!yamlLib().isScalar(node) || typeof (node as Scalar).value !== 'string') return undefined;
  const value = ((node as Scalar).value as string).trim();
  return value ? { value, span: span(node as YamlNode) } : undefined;
}

/**
 * `# Phase 2 Plan 1: Feed client` or `# Plan 02-01: Feed client` → `Feed client`, as the first line after the front
 * matter: a `# Smoke test` further down is a comment in a code block.
 */
const TITLE = /^(#[ \t]+(?:(?:Phase[ \t]+[\d.]+[ \t,]*)?Plan[ \t]+[\d.-]+[a-z]?[ \t]*[:—–-][ \t]*)?)(\S.*)$/;

function headingTitle(file: string, fm: FrontMatter): EffortFact['name'] {
  const i = firstBodyLine(fm);
  const m = i < fm.lines.length ? TITLE.exec(fm.lines[i]) : null;
  if (!m) return undefined;
  const value = headingText(m[2]);
  return value ? { value, span: lineSpan(file, i + 1, m[1].length + 1, value.length) } : undefined;
}

/**
 * The first sentence of `<objective>`, without its full stop: what the plan sets out to do. Only the first tag, and
 * the characters after it a first line could hold: hostile text (many tags, no line break) must not cost per tag.
 */
function objectiveLine(file: string, text: string): EffortFact['name'] {
  const start = text.indexOf('<objective>');
  if (start < 0) return undefined;
  const m = OBJECTIVE.exec(text.slice(start, start + MAX_OBJECTIVE_LINE));
  if (!m) return undefined;
  const at = start + m[1].length;
  return { value: m[2], span: new LineIndex(text).spanOf(file, at, at + m[2].length) };
}

const MAX_OBJECTIVE_LINE = 2000;
const OBJECTIVE =
  /^(<objective>[ \t\r\n]*)(\S(?:(?!<\/objective>)[^\r\n])*?)(?:\.?[ \t]*(?:\r?\n|<\/objective>)|\.[ \t])/;
