// Runs first (suites run in file-name order): in a fresh window where no markdown file has been opened yet.
// Every extension VS Code starts for a markdown file is running once Waveplan's first look is over, so their code
// action providers, whose registration makes VS Code drop a Quick Fix asked meanwhile ("No code actions available"),
// are registered before a user opens the first plan and presses Ctrl+.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';
import { waitingForMarkdown } from '../../../src/extension/language/markdownWarmup';

describe('a fresh window', () => {
  it('starts what VS Code starts for markdown before any plan is opened, so the first Quick Fix is not dropped', async () => {
    await waveplan();
    const opened = vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown').map((d) => d.uri.path);
    assert.deepEqual(opened, [], 'no markdown document open yet (this suite must run first)');
    for (const id of ['vscode.markdown-language-features', 'vscode.extension-editing'])
      assert.ok(vscode.extensions.getExtension(id), `VS Code ships ${id}`);
    await waitFor(
      () => waitingForMarkdown().length === 0,
      20_000,
      'every extension that starts on markdown active',
    ).catch(() =>
      assert.fail(
        `not started: ${waitingForMarkdown()
          .map((e) => e.id)
          .join(', ')}`,
      ),
    );
  });
});
