// VS Code drops a Quick Fix asked while any extension registers a code action provider: its code action model
// starts over and the user's Ctrl+. ends in "No code actions available". Markdown's language server registers its
// providers 1-2 s after VS Code's markdown extension activates, which VS Code does when the first markdown file
// opens: the first plan a user opens. Activated once Waveplan's first look is over, that happens before.
import * as vscode from 'vscode';

export const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';

export function warmUpMarkdown(after: Promise<void>): void {
  void after
    .then(() => vscode.extensions.getExtension(MARKDOWN_EXTENSION)?.activate())
    .then(undefined, () => undefined);
}
