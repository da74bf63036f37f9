// The findings lines of a tooltip or hover. Unlike Problems, which heads each file's findings with its name, a tooltip
// lists findings from many files: each line names where its finding is (so "here" and "line 65" are read there), and
// one message found in several places is one line naming them all.
import type { PlanDiagnostic } from '../model/model';
import { relativeMessage, relativePath } from './provenance';

/** At most this many lines; the rest are counted. */
const MAX_LINES = 5;

const ICON = { error: '$(error)', warning: '$(warning)' } as const;

/**
 * `$(warning) orchestrator-state.json:61, orchestrator-state.yaml:281 — E1.2.2: name here; …`, as markdown lines,
 * text escaped with `escape`, paths relative to root.
 */
export function findingLines(
  findings: readonly PlanDiagnostic[],
  root: string | undefined,
  escape: (s: string) => string,
): string[] {
  const merged = new Map<string, { severity: PlanDiagnostic['severity']; message: string; places: Set<string> }>();
  for (const f of findings) {
    const message = relativeMessage(f.message, root);
    const place = `${relativePath(f.file, root)}:${f.line}`;
    const key = `${f.severity}\n${message}`;
    const same = merged.get(key);
    if (same) same.places.add(place);
    else merged.set(key, { severity: f.severity, message, places: new Set([place]) });
  }
  const lines = [...merged.values()]
    .slice(0, MAX_LINES)
    .map(
      (m) =>
        `${m.severity === 'error' || m.severity === 'warning' ? ICON[m.severity] : '$(info)'} ${escape([...m.places].join(', '))} — ${escape(m.message)}  `,
    );
  if (merged.size > MAX_LINES) lines.push(`…and ${merged.size - MAX_LINES} more  `);
  return lines;
}
