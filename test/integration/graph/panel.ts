// The graph panel as the graph tests drive it: close it, and wait until its status line says what it draws.
import * as vscode from 'vscode';
import { bridge, waitFor } from '../support/helpers';

const GRAPH = '#graph svg g.node';

export async function closeGraph(): Promise<void> {
  for (const group of vscode.window.tabGroups.all)
    for (const tab of group.tabs)
      if (tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Waveplan Graph'))
        await vscode.window.tabGroups.close(tab);
}

/** The toolbar's status line (`<view title> · N nodes · N edges`) once it starts with `title`. */
export async function drawn(title: string): Promise<string> {
  return waitFor(
    async () => {
      const [status] = await bridge.evalInFrames<string>(`document.getElementById('status')?.textContent ?? ''`, GRAPH);
      return status?.startsWith(title) ? status : undefined;
    },
    60_000,
    `the graph showing ${title}`,
  );
}
