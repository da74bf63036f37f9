// Markdown plans (phase, wave, effort and merge plans of three generations) → effort facts, wave/phase declarations
import { appendAll, fitted } from '../../model/arrays';
// and located diagnostics. One fact per declaration (heading, bullet, metadata line, JSON/YAML block, front
// matter); tables and mermaid graphs give one fact per effort and file. Never throws.
import { parseEffortId } from '../../model/ids';
import type {
  EffortFact,
  FileReadResult,
  PlanFileKind,
  RepeatedHeading,
  UnphasedWaveDecl,
  WaveDecl,
} from '../../model/model';
import { Aliases, resolveRefs } from './aliases';
import { readBlocks } from './blocks/fenced';
import {
  bulletDecls,
  finishDecl,
  headingDecls,
  itemText,
  metadataDecls,
  ownEffort,
  placeOf,
  settleRepeat,
  type Decl,
} from './decls';
import { parseDoc, type MdDoc } from './doc';
import type { FactBuilder } from './facts';
import { readMermaid } from './mermaid/reader';
import { headingOverrides } from './headingOverrides';
import { resolveBaseRefs } from './baseRefs';
import { applyKv, parseKvLine, scanKvLines, type ApplyContext, type KvLine } from './fields/metadata';
import { scanKvTables } from './fields/kvTables';
import { KvLines } from './fields/kvLines';
import { KeyLists } from './fields/keyLists';
import { expandAllPrevious } from './allPrevious';
import { expandInsertedWaves, insertedWaveDiagnostics, insertedWaves } from './insertedWaves';
import { buildOutline, contextAt, headingAt, type Outline } from './outline';
import { withHeadingKeys } from './fields/headingKeys';
import { pathInfo } from './pathInfo';
import { readScopes } from './scopes';
import { effortNamer } from './effortGates';
import { nameScopes, scopeNameFields, type HeaderContext } from './scopeNameFields';
import { readWaveTableGates, readWaveTables } from './waveTables';
import { boldLineDecls } from './boldDecls';
import { splitPartHeadings, splitSections } from './splitSections';
import { readTables } from './tables';
import { misplacedHeadings } from './placedByIds';
import { readAgentSections } from './agentSections';
import { readArrowChains } from './arrowChains';
import { readBranchLists } from './branchLists';
import { readFinishedBranchLists } from './finishedBranchLists';
import { readSplitSummaries } from './splitSummary';
import { completeBranches, createdBranches, readWorktreeCommands } from './worktreeCommands';
import { emptyResult, unreadableDiagnostic } from '../result';
import { effortsWithoutIds } from './effortsWithoutIds';
import { noEffortsFound } from './noEfforts';
import { withLinkTexts } from './linkText';
import { isFixPlan, isFollowUpPlan } from '../../files/classify';

export function readMarkdownPlan(file: string, text: string, kind: PlanFileKind): FileReadResult {
  const result = emptyResult(file, kind);
  if (!text.trim()) return result;
  try {
    read(file, withLinkTexts(text), kind, result);
  } catch (err) {
    // A bug here must cost one file, not the plan: report it where the file starts.
    result.efforts = [];
    result.diagnostics.push(unreadableDiagnostic(file, 'plan', err));
  }
  return result;
}

function read(file: string, text: string, kind: PlanFileKind, result: FileReadResult): void {
  const doc = parseDoc(file, text);
  const path = pathInfo(file);
  const effortPlan = kind === 'effort-plan';
  const outline = buildOutline(doc, path, effortPlan);
  // The outline holds every heading now: a file of 500,000 headings need not keep both lists while it is read.
  doc.headings = [];

  const keyLists = new KeyLists(doc);
  // Bold lines standing for headings first: an item inside one's section owns its own lines (set later, wins).
  const bullets = boldLineDecls(doc, outline);
  appendAll(bullets, bulletDecls(doc, outline, keyLists));
  const bulletOwner: Array<Decl | undefined> = [];
  const bulletLines = new Set<number>();
  // Loops by index here: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
  for (let i = 0; i < bullets.length; i++) {
    const d = bullets[i];
    if (bulletLines.has(d.line)) continue; // `Agent 2: a, b, c`: the first effort owns the item
    bulletLines.add(d.line);
    for (let l = d.line; l < d.endLine; l++) bulletOwner[l] = d;
  }
  const allKv = scanKvLines(doc, (line) => bulletLines.has(line)).withExtra(
    scanKvTables(doc).sort((a, b) => a.line - b.line),
  );
  // Lines like `**Wave Status**:` are for the scopes below, not for any effort's declaration.
  const kv = allKv.withoutScopeOnly();
  const fieldLines = withHeadingKeys(kv, doc, outline);
  const repeated: RepeatedHeading[] = [];
  const byHeading = headingDecls(
    doc,
    outline,
    effortPlan ? undefined : { out: repeated, keyed: keyedLines(fieldLines, doc.lines.length) },
  );
  // headingAt starts from the heading it found last: the owners of lines asked in order cost no search.
  const headingOwner = (line: number) => {
    const h = headingAt(outline, line);
    return h ? byHeading[h.index] : undefined;
  };
  const splits = effortPlan ? splitSections(file, outline) : undefined;
  const inSplit = (line: number) => splits !== undefined && splits.count > 0 && splits.inside(line);
  const own = effortPlan
    ? ownEffort({
        doc,
        outline,
        path,
        // Front matter's `effort: E2.3.1` names the plan's effort too (its fields are read as a block).
        kv: [
          ...frontMatterIds(doc),
          ...kv.toArray().filter((k) => !bulletOwner[k.line] && !headingOwner(k.line) && !inSplit(k.line)),
        ],
        byHeading,
      })
    : undefined;
  if (own && splits?.count && splits.span) own.b.set('split', { value: splits.count, span: splits.span });
  const fromMetadata = effortPlan
    ? { decls: [] }
    : metadataDecls(doc, outline, kv, byHeading, (line) => bulletOwner[line] !== undefined);
  const preamble = fromMetadata.preamble;
  // Headings of split parts (`E1.1.1-split-001`): their sections' fields are the parts', not the effort's.
  const parts = splitPartHeadings(file, outline);
  const ownerAt = (line: number): Decl | undefined => {
    const bullet = bulletOwner[line];
    if (bullet) return bullet;
    const owner = headingOwner(line) ?? (preamble && line < preamble.endLine ? preamble : own);
    if (!owner || parts.inside(line)) return undefined;
    return owner === own && inSplit(line) ? undefined : owner;
  };

  const listBelow = listsBelow(doc, keyLists);
  // A fix plan's size is the fix's (`**Estimated Lines**: 120 (fix only)`), not its effort's.
  const fixPlan = effortPlan && isFixPlan(file);
  // `# Fix Plan: E2.3.2 — quote commas`: a follow-up's title names the fix or the split, not the effort.
  if (own && effortPlan && isFollowUpPlan(file)) own.b.dropHeadingName();
  // One context, set at each run of lines with the same owner (a declaration's fields are written together): applyKv
  // keeps none of it, and a plan of 100,000 efforts made as many.
  const ctx: ApplyContext = {
    file,
    numbered: false,
    phase: undefined,
    wave: undefined,
    listBelow,
    diagnostics: result.diagnostics,
  };
  let ctxOwner: Decl | undefined;
  for (let i = 0; i < fieldLines.length; i++) {
    const owner = ownerAt(fieldLines.lineAt(i));
    const field = fieldLines.fieldAt(i);
    if (!owner || (fixPlan && owner === own && (field === 'estimatedLines' || field === 'actualLines'))) continue;
    owner.kvCount = (owner.kvCount ?? 0) + 1;
    if (owner !== ctxOwner) {
      // Settled once: its place is then its own.
      settleRepeat(owner);
      const numbered = parseEffortId(owner.b.id);
      ctxOwner = owner;
      ctx.numbered = numbered !== undefined;
      ctx.phase = numbered?.phase ?? owner.phase?.value;
      ctx.wave = numbered?.wave ?? owner.wave?.value;
    }
    applyKv(owner.b, fieldLines.at(i), ctx);
  }

  // Each declaration once, in this order (a heading's subsections and an effort plan's title share theirs); marked on
  // its builder rather than kept in a Set and a spread copy of every list (a file may declare 500,000).
  const decls: Decl[] = [];
  const list = (d: Decl | undefined) => {
    // A section about an effort that states nothing of it (`### E1.1.1 (continued)` over prose) adds no fact.
    if (!d || d.b.listed || (d.about && !d.b.hasMetadata)) return;
    // Its status is an update (`## Status update` / `### E1.1.1 — merged`): the effort's, over what the declaration
    // said, located where the update is written; the last update in the file wins.
    if (d.about?.b.fact.status && d.b.fact.status) d.about.b.replace('status', d.b.fact.status);
    d.b.listed = true;
    finishDecl(d);
    decls.push(d);
  };
  list(own);
  // They also record that their effort was split, and into how many parts.
  for (const [id, part] of parts.byId) {
    const d = byHeading.find((x) => x?.b.id === id);
    if (d && d.b.fact.split === undefined) d.b.set('split', { value: part.count, span: part.span });
  }
  for (let i = 0; i < byHeading.length; i++) list(byHeading[i]);
  for (let i = 0; i < fromMetadata.decls.length; i++) list(fromMetadata.decls[i]);
  for (let i = 0; i < bullets.length; i++) list(bullets[i]);

  const blocks = readBlocks(doc, (line) => {
    const d = ownerAt(line);
    if (!d) return undefined;
    const { phase, wave } = placeOf(d);
    return { id: d.b.id, phase, wave };
  });
  const mermaid = readMermaid(doc, outline);

  const builders: FactBuilder[] = declared(decls);
  headingOverrides(builders, result.diagnostics);
  resolveBaseRefs(builders, result.diagnostics);
  appendAll(builders, blocks.facts);
  appendAll(builders, mermaid.facts);
  const aliases = new Aliases((a) => {
    for (let i = 0; i < builders.length; i++) a.addFact(builders[i].fact);
    // `Depends: W1.2` names the effort of the heading `### W1.2 — …`; `Effort 3` of wave 2 is `W2.3` too.
    for (let i = 0; i < decls.length; i++) {
      const d = decls[i];
      if (!d.label) continue;
      a.add(d.label, d.b.id);
      const n = /^Effort (\d+)$/.exec(d.label);
      if (n && d.wave) a.add(`W${d.wave.value}.${n[1]}`, d.b.id);
      // `Task 2.1` is `W2.1` too.
      const item = /^[A-Za-z ]+ (\d+\.\d+)$/.exec(d.label);
      if (item) a.add(`W${item[1]}`, d.b.id);
    }
    for (const [alias, id] of mermaid.aliases) a.add(alias, id);
  });
  const tables = new Map<string, FactBuilder>();
  const created = createdBranches(doc);
  // An effort plan's tables list its files, tests and the efforts it uses — mentions, not declarations.
  if (!effortPlan) {
    const owned = (line: number) => ownerAt(line) !== undefined;
    readTables(doc, outline, aliases, tables, { owned, diagnostics: result.diagnostics });
    // Agents' sections may size an effort only a table declares (a dependency matrix without a graph).
    for (const b of tables.values()) aliases.addFact(b.fact);
    readAgentSections(doc, outline, allKv, owned, aliases, tables);
    readBranchLists(doc, owned, aliases, tables);
    readWorktreeCommands(doc, created, builders, aliases, tables);
    readSplitSummaries(doc, aliases, tables);
    readFinishedBranchLists(doc, outline, aliases, tables);
  }

  // A table row's name and branch are names too (`| E3.2.3 ranker | … | indexer, query-parser |`).
  for (const b of tables.values()) aliases.addFact(b.fact);
  // Pushed one by one: `.map` sometimes returns a holey array, whose other shape deoptimized read() at the sort below
  // and made V8 compile this big function a second time in every lint.
  const facts: EffortFact[] = [];
  for (let i = 0; i < builders.length; i++) facts.push(builders[i].fact);
  for (const b of tables.values()) facts.push(b.fact);
  for (const b of readArrowChains(doc, facts)) facts.push(b.fact);
  resolveRefs(facts, aliases);
  completeBranches(file, created, facts);
  facts.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  expandAllPrevious(facts);
  const inserted = insertedWaves(outline, facts);
  expandInsertedWaves(facts, inserted);
  result.efforts = facts;
  if (repeated.length) result.repeats = repeated;
  result.phases = outline.phases;
  const unphased = phasedByIds(outline, facts);
  const waveTables = effortPlan ? undefined : readWaveTables(doc, outline);
  result.waves = uniqueWaves([
    ...outline.waves,
    ...(waveTables?.waves ?? []),
    ...unphased.phased,
    ...blocks.waves,
    ...mermaid.waves,
  ]);
  if (waveTables?.waves.length) result.waves = namedBy(result.waves, waveTables.waves);
  nameScopes(result, scopeNameFields(file, kv, headerContext(outline, decls, own, ownerAt)));
  partNamesInPassing(result, outline);
  if (unphased.rest.length) result.unphased = { ...planTitle(outline), waves: unphased.rest };
  appendAll(result.diagnostics, blocks.diagnostics);
  appendAll(result.diagnostics, misplacedHeadings(outline, byHeading));
  if (outline.insertedWaves) appendAll(result.diagnostics, insertedWaveDiagnostics(outline));
  if (!effortPlan) {
    const owned = (line: number) => ownerAt(line) !== undefined;
    appendAll(result.diagnostics, effortsWithoutIds(file, outline, fieldLines, owned, facts));
    if (!facts.length)
      appendAll(result.diagnostics, noEffortsFound(file, outline, fieldLines, facts, result.diagnostics));
  }
  // Merge plans describe the integration branch, not the efforts: their `Base Branch` is the integration's.
  if (kind !== 'phase-plan' && kind !== 'wave-plan' && kind !== 'other') return;
  const scoped = readScopes({
    doc,
    outline,
    // No copy of every metadata line where there is no front matter (most files).
    kv: doc.frontMatter ? KvLines.of(doc.lines, [...frontMatterScopeKv(doc), ...allKv.toArray()]) : allKv,
    owned: (line) => ownerAt(line) !== undefined,
    declLines: declLines(decls, repeated),
    // Only parts of a wave (`## Wave 1a`) ask for them.
    declIds: outline.subWaves.size ? decls.map((d) => ({ line: d.line, id: d.b.id })) : undefined,
    phasedByIds: unphased.phased,
    effortNames: effortNamer(aliases, facts),
    inserted,
    tableGates: effortPlan ? undefined : readWaveTableGates(doc, outline),
  });
  if (waveTables?.scopes.length) appendAll(scoped.scopes, waveTables.scopes);
  if (scoped.scopes.length) result.scopes = scoped.scopes;
  if (scoped.constraints.length) result.constraints = scoped.constraints;
  appendAll(result.diagnostics, scoped.diagnostics);
}

/** Whether a metadata line sits at a line, asked only of repeated headings (an index made on the first question). */
function keyedLines(kv: KvLines, lineCount: number): (line: number) => boolean {
  let at: Uint8Array | undefined;
  return (line) => {
    if (!at) {
      at = new Uint8Array(lineCount + 2);
      for (let i = 0; i < kv.length; i++) at[kv.lineAt(i)] = 1;
    }
    return at[line] === 1;
  };
}

/**
 * Where a metadata line speaks for the whole document: an effort plan's own metadata, or another plan's lines above
 * its first wave and first declaration; in the phase and wave in force there.
 */
function headerContext(
  outline: Outline,
  decls: readonly Decl[],
  own: Decl | undefined,
  ownerAt: (line: number) => Decl | undefined,
): HeaderContext {
  let top = outline.waveLines[0] ?? Infinity;
  for (let i = 0; i < decls.length; i++) top = Math.min(top, decls[i].line);
  const id = own ? parseEffortId(own.b.id) : undefined;
  return (line) => {
    if (own ? ownerAt(line) !== own : line >= top) return undefined;
    const ctx = contextAt(outline, line);
    return {
      phase: id?.phase ?? ctx.phase?.value ?? outline.filePhase?.value,
      wave: id?.wave ?? ctx.wave?.value ?? outline.fileWave?.value,
    };
  };
}

/** The lines that declare efforts, the repeats kept as lines among them, in ascending order. */
function declLines(decls: readonly Decl[], repeated: readonly RepeatedHeading[]): number[] {
  const out = decls.map((d) => d.line);
  for (const r of repeated) for (const l of r.lines) out.push(l);
  // Mostly in order already (headings, then bullets): a check is cheaper than a sort's comparator calls.
  for (let i = 1; i < out.length; i++) if (out[i] < out[i - 1]) return out.sort((x, y) => x - y);
  return out;
}

/** `effort: E2.3.1` / `effort_id:` lines of the front matter, as metadata lines that carry an id. */
function frontMatterIds(doc: MdDoc): KvLine[] {
  const fm = doc.frontMatter;
  if (!fm) return [];
  const out: KvLine[] = [];
  for (let l = fm.line + 1; l < fm.endLine - 1; l++) {
    const kv = parseKvLine(doc.lines[l - 1] ?? '', l);
    if (kv?.id) out.push(kv);
  }
  return out;
}

const SCOPE_FIELDS_OF_FRONT_MATTER = new Set(['baseBranch', 'status', 'canParallelize']);

/** `base_branch:`, `status:`, `can_parallelize:` of a phase or wave plan's front matter: the whole file's fields. */
function frontMatterScopeKv(doc: MdDoc): KvLine[] {
  const fm = doc.frontMatter;
  if (!fm) return [];
  const out: KvLine[] = [];
  for (let l = fm.line + 1; l < fm.endLine - 1; l++) {
    const text = doc.lines[l - 1] ?? '';
    // Top-level keys only: `status:` inside an `efforts:` list is an effort's (read as a block).
    const kv = /^[A-Za-z]/.test(text) ? parseKvLine(text, l) : undefined;
    if (kv?.field && SCOPE_FIELDS_OF_FRONT_MATTER.has(kv.field)) out.push(kv);
  }
  return out;
}

// `Wave Implementation Plan: Syncer Workload Synchronization` names the plan after its boilerplate.
const TITLE_BOILERPLATE = /^(?:wave\s+)?(?:implementation\s+)?plan\s*[:\-–—]\s*/i;

/** The plan's own title (its first top-level heading), for a plan whose waves have no phase to be listed under. */
function planTitle(outline: Outline): { title?: string } {
  const top = outline.headings.find((h) => h.level === 1);
  const title = top?.text.replace(TITLE_BOILERPLATE, '').trim();
  return title ? { title } : {};
}

/**
 * `### Wave 1 — Indexing core` in a plan that names no phase, holding `#### E3.1.1 …`: the ids say the phase, so the
 * heading declares wave 3.1 with its name. Only when every numbered effort of the section is of that wave and one phase.
 */
function phasedByIds(outline: Outline, facts: readonly EffortFact[]): { phased: WaveDecl[]; rest: UnphasedWaveDecl[] } {
  const phased: WaveDecl[] = [];
  const rest: UnphasedWaveDecl[] = [];
  for (const w of outline.unphasedWaves) {
    const end = headingAt(outline, w.span.line)?.end ?? w.span.line + 1;
    const phases = new Set<number>();
    let other = false;
    for (const f of facts) {
      const p = f.span.line >= w.span.line && f.span.line < end ? parseEffortId(f.id) : undefined;
      if (p && p.wave === w.wave) phases.add(p.phase);
      else if (p) other = true;
    }
    if (phases.size === 1 && !other) phased.push({ phase: [...phases][0], ...w });
    else rest.push(w);
  }
  return { phased, rest };
}

/** A wave a heading declares without a name (`## Wave 1.2`) takes the name a table of waves gives it. */
function namedBy(waves: WaveDecl[], named: readonly WaveDecl[]): WaveDecl[] {
  return waves.map((w) => {
    if (w.name !== undefined) return w;
    const t = named.find((n) => n.phase === w.phase && n.wave === w.wave && n.name !== undefined);
    return t ? { ...w, name: t.name } : w;
  });
}

/**
 * A wave only its parts name (`1a Pilot, 1b Rollout`) takes that name where nothing else names it (a wave plan's title,
 * a state file's `name:`): a name in passing, as the merge gives those.
 */
function partNamesInPassing(result: FileReadResult, outline: Outline): void {
  for (const { decl, name } of outline.partNamedWaves) {
    if (decl.name !== name || !result.waves.includes(decl)) continue;
    (result.scopeNames ??= { phases: [], waves: [] }).waves.push({ ...decl });
    delete decl.name;
  }
}

function uniqueWaves(waves: WaveDecl[]): WaveDecl[] {
  const seen = new Set<string>();
  return fitted(
    waves.filter((w) => {
      const key = `${w.phase}.${w.wave}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}

/** The items of the list right below a metadata line with an empty value (`**Upstream Dependencies**:`). */
function listsBelow(
  doc: MdDoc,
  lists: KeyLists,
): (kv: KvLine) => Array<{ text: string; line: number; column: number }> | undefined {
  return (kv) => lists.below(kv.line)?.map((item) => ({ ...itemText(doc, item), line: item.line }));
}

/**
 * The declarations' builders. A struck-out effort is a cancelled one, unless the file declares its id again without
 * the strike: then the strike withdrew an old version of a heading the plan has rewritten.
 */
function declared(decls: readonly Decl[]): FactBuilder[] {
  // Most files strike nothing out: no set of every id then (a file may declare 100,000 efforts).
  if (!decls.some((d) => d.struck)) return decls.map((d) => d.b);
  const live = new Set<string>();
  for (const d of decls) if (!d.struck) live.add(d.b.id);
  const out: FactBuilder[] = [];
  for (const d of decls) if (!d.struck || !live.has(d.b.id)) out.push(d.b);
  return out;
}
