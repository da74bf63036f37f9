// Hover, Go to Definition, Find References, CodeLens and the outline on plan files, through VS Code's own commands.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { waitFor } from '../support/helpers';
import {
  applyUnsaved,
  lineOf,
  openPlansBefore,
  PHASE1,
  PHASE2,
  rangeOf,
  pristineFixtures,
  revert,
} from '../support/planFixtures';

const hoverText = (hovers: vscode.Hover[]) =>
  hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .join('\n---\n');

const where = (l: vscode.Location | vscode.LocationLink) => {
  const uri = 'uri' in l ? l.uri : l.targetUri;
  const range = 'range' in l ? l.range : l.targetRange;
  return `${vscode.workspace.asRelativePath(uri)}:${range.start.line + 1}`;
};

describe('language features on plan files', () => {
  const plans = openPlansBefore();

  it('hovers a dependency with the effort it names', async () => {
    const at = rangeOf(plans.p1, '**Dependencies**: [E1.1.1, E1.1.2]', 'E1.1.1').start.translate(0, 2);
    const text = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', plans.p1.uri, at),
    );
    for (const part of [
      '**E1.1.1** journal-store',
      'Phase 1 · Wave 1',
      'Status: done',
      'Size: 420/800 lines (estimated 350)',
      'Branch: `ledger/phase1/wave1/journal-store`',
      'Depends on: nothing',
    ]) {
      assert.ok(text.includes(part), `hover has "${part}":\n${text}`);
    }
  });

  it('hovers an unknown id with what is wrong', async () => {
    const at = rangeOf(plans.p1, '[E1.1.1, E9.9.9]', 'E9.9.9').start;
    const text = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', plans.p1.uri, at),
    );
    assert.ok(text.includes('**E9.9.9**: no effort with this id in the plan'), text);
  });

  it('hovers the dash of a range with every effort it stands for, as not written there', async () => {
    const api = await pristineFixtures();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(
      plans.p1.uri,
      new vscode.Position(plans.p1.lineCount, 0),
      '\n#### E1.2.9: range-user\n**Dependencies**: E1.1.1\u2013E1.1.4\n',
    );
    try {
      await applyUnsaved(edit);
      await waitFor(() => api.index.project().byId.get('E1.2.9')?.dependsOn.length === 4, 10_000, 'the range read');
      const at = rangeOf(plans.p1, '**Dependencies**: E1.1.1\u2013E1.1.4', '\u2013').start;
      const text = hoverText(
        await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', plans.p1.uri, at),
      );
      assert.ok(
        text.includes('**E1.1.1\u2013E1.1.4**: the range also names E1.1.2, E1.1.3, which are not written here.'),
        text,
      );
      assert.ok(text.includes('**E1.1.2** account-index'), text);
      assert.ok(text.includes('**E1.1.3** import-pipeline'), text);
    } finally {
      await revert(PHASE1);
    }
    await waitFor(() => !api.index.project().byId.has('E1.2.9'), 10_000, 'E1.2.9 gone after the revert');
  });

  it('hovers an id a dependency list rules out (`not E1.1.3`) with the effort, as named not to be a dependency', async () => {
    const api = await pristineFixtures();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(
      plans.p1.uri,
      new vscode.Position(plans.p1.lineCount, 0),
      '\n#### E1.2.9: ruled-out-user\n**Dependencies**: E1.1.1, not E1.1.3\n',
    );
    try {
      await applyUnsaved(edit);
      await waitFor(() => api.index.project().byId.has('E1.2.9'), 10_000, 'E1.2.9 read');
      assert.deepEqual(api.index.project().byId.get('E1.2.9')?.dependsOn, ['E1.1.1']);
      const at = rangeOf(plans.p1, '**Dependencies**: E1.1.1, not E1.1.3', 'E1.1.3').start.translate(0, 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        plans.p1.uri,
        at,
      );
      const text = hoverText(hovers);
      assert.ok(
        text.includes('**E1.1.3** is named here as **not** a dependency of E1.2.9: the list rules it out.'),
        text,
      );
      assert.ok(text.includes('**E1.1.3** import-pipeline'), text);
      assert.ok(text.includes('Size: ~950/800 lines'), text);
      const id = rangeOf(plans.p1, '**Dependencies**: E1.1.1, not E1.1.3', 'E1.1.3');
      assert.ok(
        hovers.some((h) => h.range?.isEqual(id)),
        'the hover covers the id',
      );
    } finally {
      await revert(PHASE1);
    }
    await waitFor(() => !api.index.project().byId.has('E1.2.9'), 10_000, 'E1.2.9 gone after the revert');
  });

  it('hovers and goes to an effort named in a Blocks list, which then depends on the writer', async () => {
    const api = await pristineFixtures();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(
      plans.p1.uri,
      new vscode.Position(plans.p1.lineCount, 0),
      '\n#### E1.2.9: blocker\n**Blocks**: E1.2.2\n',
    );
    try {
      await applyUnsaved(edit);
      await waitFor(
        () => api.index.project().byId.get('E1.2.2')?.dependsOn.includes('E1.2.9'),
        10_000,
        'the Blocks read',
      );
      const at = rangeOf(plans.p1, '**Blocks**: E1.2.2', 'E1.2.2').start.translate(0, 2);
      const text = hoverText(
        await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', plans.p1.uri, at),
      );
      for (const part of ['**E1.2.2** statement-report', 'Depends on: E1.2.1, E1.2.9', '(blocked by E1.2.9)'])
        assert.ok(text.includes(part), `hover has "${part}":\n${text}`);
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        plans.p1.uri,
        at,
      );
      assert.deepEqual(defs.map(where), [`${PHASE1}:${lineOf(plans.p1, '#### E1.2.2') + 1}`]);
    } finally {
      await revert(PHASE1);
    }
    await waitFor(() => !api.index.project().byId.has('E1.2.9'), 10_000, 'E1.2.9 gone after the revert');
  });

  it('hovers, goes to and finds the ids of a second dependency list of the same effort', async () => {
    const api = await pristineFixtures();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(
      plans.p1.uri,
      new vscode.Position(plans.p1.lineCount, 0),
      '\n#### E1.2.9: restated\n**Dependencies**: E1.1.1, E1.1.2\n\nThe ledger comes first.\n\n' +
        '- Depends on: E1.1.1 (journal-store), E1.1.2 (account-index)\n',
    );
    try {
      await applyUnsaved(edit);
      await waitFor(() => api.index.project().byId.get('E1.2.9')?.dependsOn.length === 2, 10_000, 'E1.2.9 read');
      const at = rangeOf(plans.p1, '- Depends on: E1.1.1 (journal-store)', 'E1.1.2').start.translate(0, 2);
      const text = hoverText(
        await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', plans.p1.uri, at),
      );
      assert.ok(text.includes('**E1.1.2** account-index'), text);
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        plans.p1.uri,
        at,
      );
      assert.deepEqual(defs.map(where), [`${PHASE1}:${lineOf(plans.p1, '#### E1.1.2') + 1}`]);
      const refs = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        plans.p1.uri,
        at,
      );
      assert.ok(refs.map(where).includes(`${PHASE1}:${at.line + 1}`), JSON.stringify(refs.map(where)));
    } finally {
      await revert(PHASE1);
    }
    await waitFor(() => !api.index.project().byId.has('E1.2.9'), 10_000, 'E1.2.9 gone after the revert');
  });

  it('takes a whole id as the word under the cursor (highlights, Expand Selection), ordinary words as before', async () => {
    // The workbench's word at a position (the language's wordPattern): the innermost range of Expand Selection.
    const wordAt = async (position: vscode.Position) => {
      const [chain] = await vscode.commands.executeCommand<vscode.SelectionRange[]>(
        'vscode.executeSelectionRangeProvider',
        plans.p1.uri,
        [position],
      );
      return plans.p1.getText(chain.range);
    };
    const id = rangeOf(plans.p1, '#### E1.2.1', 'E1.2.1');
    assert.equal(await wordAt(id.end.translate(0, -1)), 'E1.2.1');
    assert.equal(await wordAt(id.start.translate(0, 3)), 'E1.2.1');
    assert.equal(await wordAt(rangeOf(plans.p1, '**Dependencies**: [E1.1.1, E1.1.2]', 'E1.1.2').end), 'E1.1.2');
    assert.equal(await wordAt(rangeOf(plans.p1, '#### E1.2.1', 'balance').start.translate(0, 2)), 'balance');
  });

  it('goes to the definition of an effort in another file', async () => {
    const at = rangeOf(plans.p2, '**Dependencies**: [E1.2.1]', 'E1.2.1').start;
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      plans.p2.uri,
      at,
    );
    assert.deepEqual(defs.map(where), [`${PHASE1}:${lineOf(plans.p1, '#### E1.2.1') + 1}`]);
  });

  it('finds every reference to an effort across files', async () => {
    const at = rangeOf(plans.p1, '#### E1.2.1', 'E1.2.1').start;
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      plans.p1.uri,
      at,
    );
    const e122 = lineOf(plans.p1, '#### E1.2.2');
    const expected = [
      `${PHASE1}:${lineOf(plans.p1, '#### E1.2.1') + 1}`,
      `${PHASE1}:${lineOf(plans.p1, '**Dependencies**: [E1.2.1]', lineOf(plans.p1, '#### E1.1.4')) + 1}`,
      `${PHASE1}:${lineOf(plans.p1, '**Parallel With**: [E1.2.1]', e122) + 1}`,
      `${PHASE1}:${lineOf(plans.p1, '**Dependencies**: [E1.2.1]', e122) + 1}`,
      `${PHASE2}:${lineOf(plans.p2, '**Dependencies**: [E1.2.1]') + 1}`,
    ];
    assert.deepEqual([...new Set(refs.map(where))].sort(), expected.sort());
  });

  it('puts dependencies, dependents, size and "Create worktree" above a declaration', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      plans.p1.uri,
      100,
    );
    const titles = (heading: string) =>
      lenses.filter((l) => l.range.start.line === lineOf(plans.p1, heading)).map((l) => l.command?.title);
    assert.deepEqual(titles('#### E1.2.1'), [
      'depends on E1.1.1, E1.1.2',
      '3 dependents: E1.1.4, E1.2.2, E2.1.1',
      '~500/800 lines',
      '$(git-branch) Create worktree',
    ]);
    // Done: no worktree to create; measured size from the state file.
    assert.deepEqual(titles('#### E1.1.1'), ['no dependencies', '2 dependents: E1.2.1, E1.2.3', '420/800 lines']);
  });

  it('outlines phases, waves and efforts', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      plans.p1.uri,
    );
    const ours = symbols.filter((s) => s.kind === vscode.SymbolKind.Module);
    const shape = (s: vscode.DocumentSymbol): unknown =>
      s.children.length ? { [s.name]: s.children.map(shape) } : s.name;
    assert.deepEqual(ours.map(shape), [
      {
        'Phase 1': [
          { 'Wave 1.1': ['E1.1.1', 'E1.1.2', 'E1.1.3', 'E1.1.4'] },
          { 'Wave 1.2': ['E1.2.1', 'E1.2.2', 'E1.2.3'] },
        ],
      },
    ]);
    const e113 = ours[0].children[0].children[2];
    assert.equal(e113.detail, 'import-pipeline');
    assert.equal(e113.range.start.line, lineOf(plans.p1, '#### E1.1.3'));
    assert.equal(e113.range.end.line, lineOf(plans.p1, '#### E1.1.4') - 1);
  });

  it('answers from the text being typed, not from the last lint (the outline is cached per version)', async () => {
    const api = await pristineFixtures();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(
      plans.p1.uri,
      new vscode.Position(plans.p1.lineCount, 0),
      '\n#### E1.2.9: late-addition\n**Estimated Lines**: 100\n',
    );
    try {
      await applyUnsaved(edit);
      // No wait: the index has not re-read the plan yet (debounced), the provider must read it now.
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        plans.p1.uri,
      );
      const wave2 = symbols.find((s) => s.name === 'Phase 1')?.children.find((w) => w.name === 'Wave 1.2');
      assert.deepEqual(
        wave2?.children.map((c) => c.name),
        ['E1.2.1', 'E1.2.2', 'E1.2.3', 'E1.2.9'],
      );
    } finally {
      await revert(PHASE1);
    }
    await waitFor(() => !api.index.project().byId.has('E1.2.9'), 10_000, 'E1.2.9 gone after the revert');
  });
});
