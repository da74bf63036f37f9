// `waveplan graph [PATH…] [--summary|--full] [--focus ID [--hops N]] [--lr]`: the dependency graph as Mermaid text.
import { remainingCriticalPath } from '../../core/analysis/remaining';
import { canonicalEffortId } from '../../core/model/ids';
import { projectToMermaid, type GraphFocus } from '../../core/mermaid/flowchart';
import { intFlag, parseFlags, settingsFrom } from '../args';
import { GRAPH } from '../spec';
import { EXIT, UsageError, type CliIO } from '../io';
import { failedToLoad, loadProject, reportProblems } from '../load';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, GRAPH);
  if (values.summary && values.full) throw new UsageError('--summary and --full exclude each other');
  const loaded = await loadProject(positionals, io.cwd, settingsFrom(values));
  const { engine, project } = loaded;
  reportProblems(loaded, io);
  if (failedToLoad(loaded)) return EXIT.usage;
  let focus: GraphFocus | undefined;
  if (values.focus) {
    const id = canonicalEffortId(values.focus) ?? values.focus;
    if (!project.byId.has(id)) throw new UsageError(`no effort "${values.focus}" in the plan`);
    focus = { kind: 'effort', id, hops: intFlag(values.hops, 'hops') ?? 2 };
  }
  const graph = projectToMermaid(project, {
    limits: engine.limits,
    criticalPath: remainingCriticalPath(project).efforts,
    direction: values.lr ? 'LR' : 'TD',
    mode: values.summary ? 'summary' : values.full ? 'full' : 'auto',
    focus,
  });
  if (graph.note) io.err(`waveplan graph: ${graph.note}\n`);
  io.out(values.fence ? `\`\`\`mermaid\n${graph.text}\n\`\`\`\n` : `${graph.text}\n`);
  return EXIT.ok;
}
