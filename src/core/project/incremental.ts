// The incremental engine: after a re-read that changed values of efforts a file already stated (a size, a branch,
// a status, a line moved) but not which efforts exist nor who depends on whom, only those efforts are merged again
// and only the checks that can speak about them run again. Anything else is merged and checked in full.
// Either way the project is the one a full merge and check of the same files gives: same efforts, same findings in
// the same order (test/unit/core/project/incremental.test.ts replays random edits against fresh engines).
import { adoptGraph, dependencyGraph } from '../analysis/graph';
import { checkProject, flattenChecks, recheckEfforts, runCheckBuckets, type CheckBuckets } from '../checks';
import { addConflictFixes } from '../checks/conflictFix';
import { createContext } from '../checks/context';
import { adoptDeclaredWaves } from '../checks/declaredWaves';
import { EDIT_DISTANCE_BUDGET } from '../checks/suggest';
import { appendAll } from '../model/arrays';
import type { Effort, EffortFact, FileReadResult, Limits, PlanDiagnostic, Project } from '../model/model';
import { applyScopes } from './inherit';
import { applyBlockers } from './blockedBy';
import { assembleProject, mergeDiagnosticsOf, mergeGroup, mergeParts, type MergeParts } from './merge';
import { recordUpdate } from './lineage';
import { forgetFactsByNode } from './nodeFacts';
import { joinedFact, keepsJoins, type NameJoins } from './nameJoin';
import { equal, fixFiles, sameDeclarations } from './sameStatements';

/** A merged, checked project with what it was made of, kept to update it. */
export interface Checked {
  parts: MergeParts;
  project: Project;
  buckets: CheckBuckets;
  /** At least the did-you-mean budget the findings spent: past the budget, suggestions depend on order. */
  spent: number;
  fileIndex: Map<string, number>;
}

export interface CheckInputs {
  limits: Limits;
  getText: (file: string) => string | undefined;
  measured?: Map<string, number>;
  /** The project file's problems, listed first. */
  config: readonly PlanDiagnostic[];
}

/** Merges and checks every file, once: nothing kept for updates (a one-shot read such as the CLI's needs none). */
export function checkOnce(results: FileReadResult[], inputs: CheckInputs): Project {
  const project = projectOf(mergeParts(results, false), inputs);
  const ctx = createContext(project, inputs.limits, inputs.getText, inputs.measured);
  addConflictFixes(ctx, project.diagnostics);
  appendAll(project.diagnostics, checkProject(ctx));
  return project;
}

/** Merges and checks every file, keeping what an update starts from (a few MB on 10,000 efforts). */
export function checkAll(results: FileReadResult[], inputs: CheckInputs): Checked {
  const parts = mergeParts(results);
  const project = projectOf(parts, inputs);
  const ctx = createContext(project, inputs.limits, inputs.getText, inputs.measured);
  addConflictFixes(ctx, project.diagnostics);
  const buckets = runCheckBuckets(ctx);
  appendAll(project.diagnostics, flattenChecks(buckets));
  const fileIndex = new Map<string, number>();
  parts.results.forEach((r, i) => fileIndex.set(r.file, i));
  return { parts, project, buckets, spent: ctx.suggesterSpent(), fileIndex };
}

/**
 * The project after `changed` files were read again, from the previous one, or undefined when the edit is not one
 * an update can follow (then check everything). `prev` is spent either way: its parts are updated in place.
 */
export function recheck(
  prev: Checked,
  changed: ReadonlyMap<string, FileReadResult>,
  inputs: CheckInputs,
): Checked | undefined {
  const { parts } = prev;
  const results = parts.results.slice();
  const changedIds = new Set<string>();
  const fresh: PlanDiagnostic[] = [];
  const copying = fixFiles(prev.project);
  for (const [file, next] of changed) {
    const at = prev.fileIndex.get(file);
    if (at === undefined || copying.has(file) || !sameShape(results[at], next)) return undefined;
    // An ambiguous record's finding is placed in its file: when that file is read again, so is the finding.
    if (parts.joins?.diagnostics.some((d) => d.file === file)) return undefined;
    const before = results[at];
    results[at] = next;
    appendAll(fresh, next.diagnostics);
    for (let i = 0; i < next.efforts.length; i++) {
      // A Blocks list changes other efforts' dependencies, like an edge: check it all again.
      if (!equal(next.efforts[i].blocks, before.efforts[i].blocks)) return undefined;
      if (parts.joins && !keepsJoins(parts.joins, before.efforts[i], next.efforts[i])) return undefined;
    }
    next.efforts.forEach((read, i) => {
      const fact = rejoined(parts.joins, read, before.efforts[i]);
      if (!equal(read, before.efforts[i])) changedIds.add(fact.id);
      const ranked = parts.grouped.get(fact.id)!.find((r) => r.fileIndex === at && r.factIndex === i)!;
      ranked.fact = fact;
      ranked.result = next;
    });
  }
  const graph = dependencyGraph(prev.project);
  const efforts = parts.efforts.slice();
  const remerged: Effort[] = [];
  const factsBefore = new Map<string, EffortFact[]>();
  let findingsMoved = false;
  for (const id of changedIds) {
    const group = mergeGroup(id, parts.grouped.get(id)!);
    const before = parts.groups.get(id)!;
    if (group.declares !== before.declares) return undefined;
    findingsMoved ||= group.diagnostics.length > 0 || before.diagnostics.length > 0;
    factsBefore.set(id, before.facts);
    parts.groups.set(id, group);
    appendAll(fresh, group.diagnostics);
    efforts[graph.index.get(id)!] = group.effort;
    remerged.push(group.effort);
  }
  // Blocks lists are unchanged, and so are defaults of waves and documents and the efforts' own declarations of them.
  applyBlockers(remerged, parts.blockers);
  applyScopes(remerged, results, []);
  // A cancellation changes what every path through the effort means to the checks, like an edge: check it all again.
  for (const effort of remerged) {
    const before = parts.efforts[graph.index.get(effort.id)!];
    if (!sameEdges(effort, before) || (effort.status === 'cancelled') !== (before.status === 'cancelled'))
      return undefined;
  }

  const mergeDiagnostics = findingsMoved ? mergeDiagnosticsOf(parts.groups) : parts.mergeDiagnostics;
  const next: MergeParts = { ...parts, results, efforts, mergeDiagnostics };
  // The lookups are handed on, not copied (10,000 entries per keystroke, promoted and collected): the project an
  // update starts from is superseded by it, and its byId and facts then read the new efforts (lineage.ts).
  const { byId, facts } = prev.project;
  // Its facts change in place below: from now on they are read from that map, not by node.
  forgetFactsByNode(prev.project);
  for (const effort of remerged) {
    byId.set(effort.id, effort);
    facts.set(effort.id, parts.groups.get(effort.id)!.facts);
  }
  const project = projectOf(next, inputs, { byId, facts });
  adoptGraph(project, graph);
  adoptDeclaredWaves(prev.project, project);
  const ctx = createContext(project, inputs.limits, inputs.getText, inputs.measured);
  addConflictFixes(ctx, fresh);
  // An effort's findings read its own facts, and those of its dependencies (wave-order) and dependents (split).
  const nodes = new Set<number>();
  for (const id of changedIds) {
    const node = graph.index.get(id)!;
    nodes.add(node);
    for (const n of graph.deps[node]) nodes.add(n);
    for (const n of graph.dependents[node]) nodes.add(n);
  }
  recheckEfforts(ctx, prev.buckets, nodes);
  const spent = prev.spent + ctx.suggesterSpent();
  if (spent >= EDIT_DISTANCE_BUDGET) return undefined;
  appendAll(project.diagnostics, flattenChecks(prev.buckets));
  recordUpdate(project, { from: new WeakRef(prev.project), ids: changedIds, factsBefore });
  return { parts: next, project, buckets: prev.buckets, spent, fileIndex: prev.fileIndex };
}

function projectOf(parts: MergeParts, inputs: CheckInputs, lookups?: Pick<Project, 'byId' | 'facts'>): Project {
  const project = assembleProject(parts, lookups);
  // The project file's problems come first; appended, not spread: a call takes only so many arguments.
  if (inputs.config.length)
    project.diagnostics = appendAll(appendAll<PlanDiagnostic>([], inputs.config), project.diagnostics);
  return project;
}

/** The same file states the same efforts in the same order, and the same waves, phases and defaults. */
function sameShape(a: FileReadResult, b: FileReadResult): boolean {
  if (a.efforts.length !== b.efforts.length) return false;
  for (let i = 0; i < a.efforts.length; i++) if (a.efforts[i].id !== b.efforts[i].id) return false;
  return sameDeclarations(a, b);
}

/** A re-read fact under the join of the fact it replaces (the joins are kept by the reader's fact objects). */
function rejoined(joins: NameJoins | undefined, read: EffortFact, before: EffortFact): EffortFact {
  if (!joins) return read;
  const id = joins.ids.get(before);
  if (id !== undefined) {
    joins.ids.delete(before);
    joins.ids.set(read, id);
  }
  return joinedFact(read, joins);
}

/** What other efforts' findings read of an effort: its name, place, dependencies and parallelism. */
function sameEdges(a: Effort, b: Effort): boolean {
  return (
    a.name === b.name &&
    a.phase === b.phase &&
    a.wave === b.wave &&
    a.canParallelize === b.canParallelize &&
    equal(a.dependsOn, b.dependsOn) &&
    equal(a.externalDependsOn, b.externalDependsOn) &&
    equal(a.parallelWith, b.parallelWith)
  );
}
