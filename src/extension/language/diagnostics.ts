// Publishes every PlanDiagnostic as a vscode.Diagnostic on its file, replacing the whole set in one update.
import * as vscode from 'vscode';
import type { PlanDiagnostic } from '../../core/model/model';
import { toLocation, toRange, toSeverity } from '../util/convert';
import { codeDocsUri } from './docsLinks';
import type { PlanIndex } from '../index/planIndex';

export const DIAGNOSTIC_SOURCE = 'waveplan';

export interface PublishedDiagnostic {
  diagnostic: vscode.Diagnostic;
  plan: PlanDiagnostic;
}

export class PlanDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private published = new Map<string, PublishedDiagnostic[]>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: PlanIndex) {
    this.subscription = index.onDidChange(() => this.update());
  }

  /** The diagnostics of one document with the plan findings (and fixes) they came from. */
  entriesFor(uri: vscode.Uri): readonly PublishedDiagnostic[] {
    return this.published.get(uri.toString()) ?? [];
  }

  counts(): { errors: number; warnings: number; infos: number; files: number } {
    const c = { errors: 0, warnings: 0, infos: 0, files: this.published.size };
    for (const list of this.published.values()) {
      for (const { plan } of list) {
        if (plan.severity === 'error') c.errors++;
        else if (plan.severity === 'warning') c.warnings++;
        else c.infos++;
      }
    }
    return c;
  }

  update(): void {
    const next = new Map<string, PublishedDiagnostic[]>();
    const uris = new Map<string, vscode.Uri>();
    const uriOf = (file: string) => this.index.uriOf(file);
    for (const { project } of this.index.projects()) {
      for (const plan of project.diagnostics) {
        const uri = uriOf(plan.file);
        const id = uri.toString();
        uris.set(id, uri);
        const list = next.get(id) ?? [];
        list.push({ diagnostic: toDiagnostic(plan, uriOf), plan });
        next.set(id, list);
      }
    }
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    for (const [id, list] of next) entries.push([uris.get(id)!, list.map((p) => p.diagnostic)]);
    // Files that had findings and now have none are cleared in the same single update (one change event).
    for (const id of this.published.keys()) if (!next.has(id)) entries.push([vscode.Uri.parse(id), undefined]);
    this.published = next;
    this.collection.set(entries);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

export function toDiagnostic(plan: PlanDiagnostic, uriOf: (file: string) => vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(plan), plan.message, toSeverity(plan.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: plan.code, target: codeDocsUri(plan.code) };
  if (plan.related?.length) {
    d.relatedInformation = plan.related.map((r) => new vscode.DiagnosticRelatedInformation(toLocation(uriOf, r.span), r.message));
  }
  return d;
}
