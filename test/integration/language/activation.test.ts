// Runs first (suites run in file-name order): in a fresh window where no markdown file has been opened yet.
// VS Code's markdown extension is running once Waveplan's first look is over, so its language server's late
// registration of code action providers, which makes VS Code drop a Quick Fix asked meanwhile ("No code actions
// available"), is over before a user opens the first plan and presses Ctrl+.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';
import { MARKDOWN_EXTENSION } from '../../../src/extension/language/markdownWarmup';

describe('a fresh window', () => {
  it('starts VS Code markdown support before any plan is opened, so the first Quick Fix is not dropped', async () => {
    await waveplan();
    const opened = vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown').map((d) => d.uri.path);
    assert.deepEqual(opened, [], 'no markdown document open yet (this suite must run first)');
    const markdown = vscode.extensions.getExtension(MARKDOWN_EXTENSION);
    assert.ok(markdown, 'VS Code ships its markdown extension');
    await waitFor(() => markdown.isActive, 20_000, 'the markdown extension active');
  });
});
