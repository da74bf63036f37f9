// Worktree and size commands act in one repository: with plans of several projects (nested git repositories), the
// project that holds the named efforts, or the one --repo names.
import * as path from 'path';
import { isInside } from '../../core/files/readGuard';
import { UsageError } from '../io';
import { displayPaths, type LoadedPart, type LoadedPlans } from '../load';
import type { Project } from '../../core/model/model';

export interface ProjectChoice {
  /** The repository given with --repo (resolved), if any. */
  repo?: string;
  /** Does this project hold what the command names (its efforts, its wave)? Undefined: the command names nothing. */
  holds?: (project: Project) => boolean;
  /** What the command names, for the message when no project or several hold it (`E1.1.1`, `wave 1.1`). */
  named?: string;
}

/** The project to act on, or a UsageError that lists the projects. One project is always the one. */
export function chooseProject(loaded: LoadedPlans, choice: ProjectChoice): LoadedPart {
  const parts = loaded.projects;
  if (parts.length === 1) return parts[0];
  const names = parts.map((p) => p.name).join(', ');
  if (choice.repo) {
    const repo = choice.repo;
    const hit = parts.filter((p) => isInside(p.root, repo, path.sep) || isInside(repo, p.root, path.sep));
    // --repo at the folder holding them all names none of them in particular: fall through to the efforts named.
    const own = hit.filter((p) => isInside(p.root, repo, path.sep));
    if (own.length) return own.sort((a, b) => b.root.length - a.root.length)[0];
    if (!hit.length) throw new UsageError(`--repo ${repo} holds none of the projects read (${names})`);
  }
  const holding = choice.holds ? parts.filter((p) => choice.holds!(p.project)) : parts;
  if (holding.length === 1) return holding[0];
  const what = choice.named ? `${choice.named} is` : 'the plans are';
  if (!holding.length) throw new UsageError(`${choice.named} is in none of the projects read (${names})`);
  throw new UsageError(
    `${what} in ${holding.length} projects (${holding.map((p) => p.name).join(', ')}): name one with --repo ` +
      `${displayPaths(loaded.root)(holding[0].root) || '.'}`,
  );
}
