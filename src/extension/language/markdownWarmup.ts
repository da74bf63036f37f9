// VS Code drops a Quick Fix asked while any extension registers a code action provider: its code action model
// starts over and the user's Ctrl+. ends in "No code actions available". VS Code starts every extension that waits
// for `onLanguage:markdown` when the first markdown file opens, the first plan a user opens, and some register code
// action providers as they start (its markdown language server 1-2 s later, extension-editing's package.json
// fixes at once). Started once Waveplan's first look is over, that happens before a plan is opened.
import * as vscode from 'vscode';
import type { PlanIndex } from '../index/planIndex';

const MARKDOWN_EVENT = 'onLanguage:markdown';

/** Extensions VS Code starts when the first markdown file opens that have not started yet. */
export function waitingForMarkdown(): vscode.Extension<unknown>[] {
  return vscode.extensions.all.filter((e) => {
    const events = (e.packageJSON as { activationEvents?: unknown } | undefined)?.activationEvents;
    return !e.isActive && Array.isArray(events) && events.includes(MARKDOWN_EVENT);
  });
}

/** Only where the folders hold markdown plans: elsewhere no plan will be opened, and others' extensions stay asleep. */
export function warmUpMarkdown(after: Promise<void>, index: PlanIndex): void {
  void after
    .then(() => {
      const plans = index.projects().some((p) => p.project.files.some((f) => f.file.toLowerCase().endsWith('.md')));
      return plans ? Promise.all(waitingForMarkdown().map((e) => e.activate())) : undefined;
    })
    .then(undefined, () => undefined);
}
