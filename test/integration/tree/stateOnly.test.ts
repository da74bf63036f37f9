// An effort only a state file records (a user's own-b: `"E2.2.4": { "status": "in_progress", "loc": 120, "note":
// "webhook receiver, added mid-wave" }`, no plan heading): its tree row showed `E2.2.4 ~120/800` and nothing else.
// Now the row says its note where plan efforts say their name, and the tooltip shows it.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { setWorkspaceFolder, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const PLAN = `# Billing v2 — wave plan (Phase 2)

## Wave 2 · Services
- [ ] E2.2.1 Invoice service — est. 700 LOC
`;

const STATE = JSON.stringify(
  {
    schema: 2,
    progress: {
      '2.2': {
        'E2.2.1': { status: 'in_review', loc: 690 },
        'E2.2.4': { status: 'in_progress', loc: 120, note: 'webhook receiver, added mid-wave' },
      },
    },
  },
  null,
  2,
);

describe('an effort only a state file records', function () {
  this.timeout(120_000);
  let top: string | undefined;
  let dir: string;

  after(async () => {
    if (dir) await setWorkspaceFolder(dir, false);
    if (top) fs.rmSync(top, { recursive: true, force: true });
  });

  it('shows its note in its row and its tooltip', async () => {
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-state-only-'));
    dir = path.join(top, 'billing');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'WAVE-PLAN-billing.md'), PLAN);
    fs.writeFileSync(path.join(dir, 'orchestrator-state.json'), STATE);
    const api = await waveplan();
    await setWorkspaceFolder(dir, true);
    const folderUri = vscode.Uri.file(dir).toString();
    await waitFor(() => api.index.folderProject(folderUri)?.project.byId.has('E2.2.4'), 60_000, 'E2.2.4 read');
    const node = await waitFor(() => api.tree.effortNode(folderUri, 'E2.2.4'), 30_000, 'the tree row of E2.2.4');
    const item = api.tree.getTreeItem(node) as vscode.TreeItem;
    assert.equal(item.description, 'webhook receiver, added mid-wave');
    const tooltip = (item.tooltip as vscode.MarkdownString).value.split('\n');
    assert.ok(tooltip.includes('Note: webhook receiver, added mid-wave  '), tooltip.join('\n'));
  });
});
