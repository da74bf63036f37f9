// Publishes every PlanDiagnostic as a vscode.Diagnostic on its file, in one update that sends only the files whose
// findings changed: an incremental engine keeps the finding objects of what an edit did not touch, so a keystroke
// in a 10,000-effort workspace converts and sends one file's diagnostics, not every file's.
import * as vscode from 'vscode';
import { relativeMessage } from '../../core/views/provenance';
import type { PlanDiagnostic } from '../../core/model/model';
import { toLocation, toRange, toSeverity } from '../util/convert';
import { codeDocsUri } from './docsLinks';
import type { PlanIndex } from '../index/planIndex';
import { formatCount } from '../../core/model/numbers';
import { severityCounts } from '../../core/views/severityCounts';

export const DIAGNOSTIC_SOURCE = 'waveplan';

export interface PublishedDiagnostic {
  diagnostic: vscode.Diagnostic;
  plan: PlanDiagnostic;
}

/**
 * Findings handed to VS Code per file, at most, plus one that counts the rest. VS Code shows only 1,000 per file
 * anyway, and its DiagnosticCollection.set spreads each file's list into a call: past ~120,000 findings in one file
 * (a generated dependency list) it throws "Maximum call stack size exceeded" and nothing is published.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 999;

const SEVERITY_ORDER: readonly PlanDiagnostic['severity'][] = ['error', 'warning', 'info', 'hint'];

type Counts = { errors: number; warnings: number; infos: number; hints: number; files: number };

export class PlanDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private published = new Map<string, FilePublication>();
  private totals: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0, files: 0 };
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: PlanIndex) {
    this.subscription = index.onDidChange(() => this.update());
    // The first scan starts before activation and may be done already: publish what it read.
    if (index.hasScanned()) this.update();
  }

  /** The diagnostics of one document with the plan findings (and fixes) they came from. */
  entriesFor(uri: vscode.Uri): readonly PublishedDiagnostic[] {
    return this.published.get(uri.toString())?.entries ?? [];
  }

  /** Every finding of the workspace, also those past the per-file cap. */
  counts(): Counts {
    return { ...this.totals };
  }

  update(): void {
    const byFile = new Map<string, PlanDiagnostic[]>();
    const uris = new Map<string, vscode.Uri>();
    const roots = new Map<PlanDiagnostic, string | undefined>();
    const uriOf = (file: string) => this.index.uriOf(file);
    const projects = this.index.projects();
    for (const { folder, project } of projects) {
      const root = folder.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
      for (const plan of project.diagnostics) {
        const uri = uriOf(plan.file);
        const id = uri.toString();
        uris.set(id, uri);
        const list = byFile.get(id);
        if (list) list.push(plan);
        else byFile.set(id, [plan]);
        if (root) roots.set(plan, root);
      }
    }
    const n = severityCounts(projects.flatMap((p) => p.project.diagnostics));
    const totals: Counts = { errors: n.error, warnings: n.warning, infos: n.info, hints: n.hint, files: byFile.size };
    const next = new Map<string, FilePublication>();
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    for (const [id, plans] of byFile) {
      const before = this.published.get(id);
      const planRoots = plans.map((p) => roots.get(p));
      if (before && sameList(before.plans, plans) && sameList(before.roots, planRoots)) {
        next.set(id, before);
        continue;
      }
      const kept = plans.length > MAX_DIAGNOSTICS_PER_FILE ? mostSevere(plans, MAX_DIAGNOSTICS_PER_FILE) : plans;
      const list = kept.map((plan) => ({ diagnostic: toDiagnostic(plan, uriOf, roots.get(plan)), plan }));
      next.set(id, { plans, roots: planRoots, entries: list });
      const shown = list.map((p) => p.diagnostic);
      if (kept.length < plans.length) shown.push(cutNotice(plans.length - kept.length, shown[shown.length - 1].range));
      entries.push([uris.get(id)!, shown]);
    }
    // Files that had findings and now have none are cleared in the same single update (one change event).
    for (const id of this.published.keys()) if (!next.has(id)) entries.push([vscode.Uri.parse(id), undefined]);
    this.published = next;
    this.totals = totals;
    this.collection.set(entries);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

/** What one file was last given: its findings (the same objects, in order) and what they became. */
interface FilePublication {
  plans: readonly PlanDiagnostic[];
  roots: readonly (string | undefined)[];
  entries: PublishedDiagnostic[];
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The first `max` findings by severity (errors first), each severity in file order, as VS Code itself picks. */
function mostSevere(plans: readonly PlanDiagnostic[], max: number): PlanDiagnostic[] {
  const kept: PlanDiagnostic[] = [];
  for (const severity of SEVERITY_ORDER) {
    for (const p of plans) {
      if (kept.length === max) return kept;
      if (p.severity === severity) kept.push(p);
    }
  }
  return kept;
}

function cutNotice(more: number, range: vscode.Range): vscode.Diagnostic {
  const d = new vscode.Diagnostic(
    range,
    `${formatCount(more)} more Waveplan findings in this file are not shown (the editor lists at most ${formatCount(MAX_DIAGNOSTICS_PER_FILE + 1)} per file); \`waveplan lint\` lists them all.`,
    vscode.DiagnosticSeverity.Information,
  );
  d.source = DIAGNOSTIC_SOURCE;
  return d;
}

/** root: the workspace folder; paths in messages are written relative to it. */
export function toDiagnostic(
  plan: PlanDiagnostic,
  uriOf: (file: string) => vscode.Uri,
  root?: string,
): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(plan), relativeMessage(plan.message, root), toSeverity(plan.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: plan.code, target: codeDocsUri(plan.code) };
  if (plan.related?.length) {
    d.relatedInformation = plan.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(toLocation(uriOf, r.span), relativeMessage(r.message, root)),
    );
  }
  return d;
}
