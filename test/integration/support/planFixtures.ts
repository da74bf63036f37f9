// Shared by the Waveplan feature suites: the extension's API, positions of text in fixture plans, and clean-up.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { WaveplanApi } from '../../../src/extension/api';
import { activateWaveplan, fixtureUri, waitFor, waitForDiagnostics } from './helpers';

export const PHASE1 = 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md';
export const PHASE2 = 'phase-plans/PHASE-2-IMPLEMENTATION-PLAN.md';
export const STATE = 'orchestrator-state.json';

/** The activated extension's API once the first scan is done. */
export async function waveplan(): Promise<WaveplanApi> {
  const api = await activateWaveplan<WaveplanApi>();
  await api.index.ready();
  return api;
}

export async function fixtureDoc(rel: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(fixtureUri(rel));
}

/** 0-based line of the only line containing `text` (fails when it is missing or ambiguous). */
export function lineOf(doc: vscode.TextDocument, text: string, after = 0): number {
  const lines = doc.getText().split(/\r?\n/);
  const hits = lines.map((l, i) => (i >= after && l.includes(text) ? i : -1)).filter((i) => i >= 0);
  assert.ok(hits.length >= 1, `"${text}" not found in ${doc.uri.fsPath}`);
  return hits[0];
}

/** Range of `token` on the first line (at or after `after`) containing `lineText`. */
export function rangeOf(doc: vscode.TextDocument, lineText: string, token: string, after = 0): vscode.Range {
  const line = lineOf(doc, lineText, after);
  const col = doc.lineAt(line).text.indexOf(token);
  assert.ok(col >= 0, `"${token}" not on line ${line + 1}`);
  return new vscode.Range(line, col, line, col + token.length);
}

/** The Waveplan diagnostics of a fixture file right now. */
export function planDiagnostics(rel: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(fixtureUri(rel)).filter((d) => d.source === 'waveplan');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** A stable key of a diagnostic for comparing sets: `code@line:col-line:col`. */
export function diagKey(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${codeOf(d)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Waits until the file's Waveplan diagnostics are exactly `keys` (as diagKey). */
export async function waitForKeys(rel: string, keys: readonly string[], timeoutMs = 15_000): Promise<void> {
  const want = [...keys].sort().join('\n');
  await waitForDiagnostics(
    fixtureUri(rel),
    (diags) =>
      diags
        .filter((d) => d.source === 'waveplan')
        .map(diagKey)
        .sort()
        .join('\n') === want,
    timeoutMs,
  );
}

/**
 * Puts a fixture back to its saved text (tests only ever edit in memory) and waits for its findings to settle.
 * Nothing may stay dirty: a later "close all editors" would offer to save it, and the fixture would be changed on disk.
 */
export async function revert(rel: string, keys?: readonly string[]): Promise<void> {
  const doc = await fixtureDoc(rel);
  if (doc.isDirty) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
  if (doc.isDirty || doc.getText() !== saved) {
    // The revert command acts on the active editor; if focus moved, put the saved text back by hand.
    await setText(doc, saved);
    await doc.save();
  }
  assert.equal(doc.isDirty, false, `${rel} is still modified`);
  if (keys) await waitForKeys(rel, keys);
}

/** Fixture efforts: 7 in phase 1, 4 in phase 2. */
export const FIXTURE_EFFORTS = 11;

/**
 * Start of a suite: both phase plans show their saved text (an earlier suite may have left an editor behind) and the
 * index has read them. Returns the API.
 */
export async function pristineFixtures(): Promise<WaveplanApi> {
  const api = await waveplan();
  await revert(PHASE1);
  await revert(PHASE2);
  await waitFor(
    () =>
      api.index.project().byId.size === FIXTURE_EFFORTS &&
      planDiagnostics(PHASE1).length &&
      planDiagnostics(PHASE2).length,
    15_000,
    `the ${FIXTURE_EFFORTS} fixture efforts and their findings`,
  );
  return api;
}

/**
 * Applies a workspace edit to a fixture without saving it. Its documents are shown first: VS Code saves files that a
 * workspace edit changed while no editor showed them (`files.refactoring.autoSave`, also off in the fixture settings).
 */
export async function applyUnsaved(edit: vscode.WorkspaceEdit): Promise<void> {
  for (const [uri] of edit.entries())
    await vscode.window.showTextDocument(uri, { preview: false, preserveFocus: true });
  assert.ok(await vscode.workspace.applyEdit(edit), 'edit was not applied');
}

/** Replaces the whole text of a document (unsaved). */
export async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  await applyUnsaved(edit);
}

/**
 * For suites that edit the fixture plans (unsaved): start from pristine files, and after each test put both plans
 * back and wait until their findings are the starting ones again. Returns that restore, for use inside a test.
 */
export function restorePlansAfterEach(): () => Promise<void> {
  let baseline1: string[];
  let baseline2: string[];
  const restore = async (): Promise<void> => {
    await revert(PHASE1, baseline1);
    await revert(PHASE2, baseline2);
  };
  before(async () => {
    await pristineFixtures();
    baseline1 = planDiagnostics(PHASE1).map(diagKey);
    baseline2 = planDiagnostics(PHASE2).map(diagKey);
  });
  afterEach(restore);
  return restore;
}

/** For read-only suites: pristine fixtures, and both plans opened once. */
export function openPlansBefore(): { p1: vscode.TextDocument; p2: vscode.TextDocument } {
  const docs = {} as { p1: vscode.TextDocument; p2: vscode.TextDocument };
  before(async () => {
    await pristineFixtures();
    docs.p1 = await fixtureDoc(PHASE1);
    docs.p2 = await fixtureDoc(PHASE2);
  });
  return docs;
}
