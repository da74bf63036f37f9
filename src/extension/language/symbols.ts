// Outline of a plan file: phases → waves → efforts, from what the readers found in that file.
import * as vscode from 'vscode';
import type { EffortFact, FactKind, Span } from '../../core/model/model';
import { toRange } from '../util/convert';
import type { PlanIndex } from '../index/planIndex';
import { nestOutline, type OutlineItem, type OutlineNode } from '../../core/views/symbolTree';

interface SymbolData {
  name: string;
  detail: string;
  kind: vscode.SymbolKind;
  span: Span;
}

/** When one file states an effort several ways (heading, table row, mermaid node), the outline shows the first of these. */
const FACT_RANK: FactKind[] = [
  'heading',
  'metadata',
  'json-block',
  'yaml-block',
  'front-matter',
  'bullet',
  'table',
  'state',
  'infrastructure',
  'mermaid',
  'report',
];

export class PlanSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly index: PlanIndex) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const hit = this.index.locateDocument(document);
    const result = hit?.project.files.find((f) => f.file === hit.file);
    if (!hit || !result) return [];
    const items: OutlineItem<SymbolData>[] = [];
    const add = (level: number, data: SymbolData) =>
      items.push({ level, line: data.span.line, lastLine: data.span.endLine, data });
    for (const p of result.phases)
      add(1, { name: `Phase ${p.phase}`, detail: p.name ?? '', kind: vscode.SymbolKind.Module, span: p.span });
    for (const w of result.waves)
      add(2, {
        name: `Wave ${w.phase}.${w.wave}`,
        detail: w.name ?? '',
        kind: vscode.SymbolKind.Namespace,
        span: w.span,
      });
    for (const fact of firstFactPerEffort(result.efforts)) {
      const name = hit.project.byId.get(fact.id)?.name ?? fact.name?.value ?? '';
      add(3, { name: fact.id, detail: name === fact.id ? '' : name, kind: vscode.SymbolKind.Class, span: fact.span });
    }
    return nestOutline(items, document.lineCount).map((n) => toSymbol(n, document));
  }
}

function firstFactPerEffort(facts: readonly EffortFact[]): EffortFact[] {
  const best = new Map<string, EffortFact>();
  const rank = (f: EffortFact) => FACT_RANK.indexOf(f.kind);
  for (const f of facts) {
    const current = best.get(f.id);
    if (!current || rank(f) < rank(current) || (rank(f) === rank(current) && f.span.line < current.span.line))
      best.set(f.id, f);
  }
  return [...best.values()];
}

function toSymbol(node: OutlineNode<SymbolData>, document: vscode.TextDocument): vscode.DocumentSymbol {
  const { data } = node.item;
  const last = Math.min(node.endLine, document.lineCount) - 1;
  const range = new vscode.Range(data.span.line - 1, 0, last, document.lineAt(Math.max(last, 0)).text.length);
  const selection = range.intersection(toRange(data.span)) ?? new vscode.Range(range.start, range.start);
  const symbol = new vscode.DocumentSymbol(data.name, data.detail, data.kind, range, selection);
  symbol.children = node.children.map((c) => toSymbol(c, document));
  return symbol;
}
