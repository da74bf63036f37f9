// Every command id in one place (package.json contributes the public ones; `_` ids are internal).
export const COMMANDS = {
  showGraph: 'waveplan.showGraph',
  showInGraph: 'waveplan.showInGraph',
  refresh: 'waveplan.refresh',
  lintWorkspace: 'waveplan.lintWorkspace',
  goToEffort: 'waveplan.goToEffort',
  createWorktree: 'waveplan.createWorktree',
  copyBranchName: 'waveplan.copyBranchName',
  createWaveWorktrees: 'waveplan.createWaveWorktrees',
  openWorktree: 'waveplan.openWorktree',
  revealWorktreeInTerminal: 'waveplan.revealWorktreeInTerminal',
  removeWorktree: 'waveplan.removeWorktree',
  pruneWorktrees: 'waveplan.pruneWorktrees',
  refreshGitStatus: 'waveplan.refreshGitStatus',
  showGitLog: 'waveplan.showGitLog',
  revealPlanFile: 'waveplan.revealPlanFile',
  createExamplePlan: 'waveplan.createExamplePlan',
  newEffort: 'waveplan.newEffort',
  /** Tree click and CodeLens targets: open an effort's declaration. */
  openEffort: '_waveplan.openEffort',
  /** Run by the Fix All code action after its edit: tells what it changed. */
  reportFixAll: '_waveplan.reportFixAll',
} as const;

export const VIEW_ID = 'waveplan.plan';
