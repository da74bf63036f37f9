// `waveplan size EFFORT…|--all`: measured lines (line-counter rules) against the limit; exit 1 over the hard limit.
import { GitError } from '../../core/git/errors';
import { measureSizes, type BranchSize, type EffortSize } from '../../core/sizes/size';
import { parseFlags } from '../args';
import { SIZE } from '../spec';
import { EXIT, UsageError, type CliIO } from '../io';
import { findEffort, holdsEffort, loadForGit } from './worktree';
import { formatCount } from '../../core/model/numbers';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, SIZE);
  if (!positionals.length && !values.all)
    throw new UsageError('name at least one EFFORT or give --all (see waveplan size --help)');
  if (positionals.length && values.all) throw new UsageError('give EFFORT names or --all, not both');
  const { project, ctx, limits, settings } = await loadForGit(
    values,
    io,
    values.all ? {} : { holds: (p) => positionals.every((a) => holdsEffort(p, a)), named: positionals.join(', ') },
  );
  const efforts = values.all ? project.efforts : positionals.map((a) => findEffort(project, a));
  // Flags beat the project file's line-counter rules.
  const groups = settings.lineCounterGroups.filter((g) => !(values['count-tests'] && g === 'tests'));
  let sizes: EffortSize[];
  try {
    sizes = await measureSizes(efforts, ctx, {
      limits,
      rules: {
        groups,
        include: values.include ?? settings.lineCounterInclude,
        exclude: values.exclude ?? settings.lineCounterExclude,
      },
    });
  } catch (err) {
    if (err instanceof GitError) {
      io.err(`waveplan size: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  // With --all, planned efforts that have no branch yet are normal: listed, not failures.
  const unmeasured = (s: EffortSize) => !!s.error && !(values.all && !s.branchExists && !s.splits.length);
  if (values.json) io.out(JSON.stringify({ limits, efforts: sizes }, null, 2) + '\n');
  else {
    for (const s of sizes) {
      if (s.error) {
        if (unmeasured(s)) io.err(`error   ${s.effort}: [${s.error.code}] ${s.error.message}\n`);
        else io.out(`${s.effort} ${s.branch || '-'}: no branch yet\n`);
      }
      if (s.measured !== undefined) io.out(`${s.effort} ${sizeLine(s, limits.hard)}\n`);
      for (const split of s.splits) {
        if (split.error) io.err(`error   ${s.effort} ${split.branch}: [${split.error.code}] ${split.error.message}\n`);
        else io.out(`${s.effort} ${sizeLine(split, limits.hard)}\n`);
      }
    }
    const over = sizes.filter((s) => s.worst === 'hard').map((s) => s.effort);
    const near = sizes.filter((s) => s.worst === 'soft').map((s) => s.effort);
    io.err(
      `${sizes.length} efforts: ${over.length} over the hard limit ${formatCount(limits.hard)}${over.length ? ` (${over.join(', ')})` : ''}, ${near.length} over the soft limit ${formatCount(limits.soft)}\n`,
    );
  }
  if (
    sizes.some((s) => s.worst === 'hard') ||
    sizes.some(unmeasured) ||
    sizes.some((s) => s.splits.some((x) => x.error))
  )
    return EXIT.findings;
  return EXIT.ok;
}

function sizeLine(s: BranchSize, hard: number): string {
  const tag = s.level === 'hard' ? 'OVER HARD LIMIT' : s.level === 'soft' ? 'over soft limit' : 'ok';
  return `${s.branch} ${s.measured === undefined ? '?' : formatCount(s.measured)} / ${formatCount(hard)} lines ${tag} (vs ${s.base})`;
}
