// The floor of a first look: an extension that contributes Waveplan's view and answers it at once with a static
// phase → wave → effort tree, doing no other work. Its first effort row is the soonest any extension's can come in
// the same workbench (scripts/first-look.js --floor and `npm run bench` time both in the same run).
'use strict';
const vscode = require('vscode');

const OPEN = vscode.TreeItemCollapsibleState.Expanded;
const CHILDREN = {
  '': ['Phase 1', 'Phase 2', 'Phase 3'],
  'Phase 1': ['Wave 1.1'],
  'Wave 1.1': ['E1.1.1', 'E1.1.2', 'E1.1.3', 'E1.1.4'],
};
const provider = {
  getChildren: (node) => CHILDREN[node ?? ''] ?? [],
  getTreeItem: (node) => new vscode.TreeItem(node, CHILDREN[node] ? OPEN : vscode.TreeItemCollapsibleState.None),
};
vscode.window.createTreeView('waveplan.plan', { treeDataProvider: provider });

module.exports = { activate: () => {} };
