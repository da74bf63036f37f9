// The workspace `npm start` opens by default: a fresh copy of example/ that is a git repository of its own, so that
// trying Create Effort Worktree, quick fixes and Fix All on it never adds branches or worktrees to this repository
// and never changes the tracked example/ files.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

// What example/orchestrator-state.json says exists: wave 1.1 is done (its effort branches, merged into its integration
// branch, the recorded base of E1.2.1). Without them Create Wave Worktrees on the current wave stopped at
// "E1.2.1 has no base branch".
const EXISTING_BRANCHES = [
  'greenhouse/phase1/wave1/sensor-model',
  'greenhouse/phase1/wave1/config-schema',
  'greenhouse/phase1/wave1-integration',
];

function git(cwd, args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${(r.stderr || r.error || '').toString().trim()}`);
  return r.stdout.trim();
}

/**
 * Replaces `dest` with a copy of `source` committed on `main` of a new repository (with the branches its state file
 * records), and removes the worktrees a
 * previous session created beside it (`<dest>-worktrees`, Waveplan's default worktree root), whose branches are gone.
 */
function prepareExampleWorkspace(source, dest) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.rmSync(`${dest}-worktrees`, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.cpSync(source, dest, { recursive: true });
  git(dest, ['init', '-q', '-b', 'main']);
  git(dest, ['add', '-A']);
  git(dest, [
    '-c',
    'user.name=Waveplan example',
    '-c',
    'user.email=example@waveplan.invalid',
    '-c',
    'commit.gpgsign=false',
    'commit',
    '-q',
    '-m',
    'Example plans',
  ]);
  for (const branch of EXISTING_BRANCHES) git(dest, ['branch', branch]);
  return dest;
}

module.exports = { prepareExampleWorkspace };
