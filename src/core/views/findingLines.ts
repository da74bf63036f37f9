// The findings lines of a tooltip or hover. Unlike Problems, which heads each file's findings with its name, a tooltip
// lists findings from many files: each line names where its finding is (so "here" and "line 65" are read there), and
// one message found in several places is one line naming them all.
import type { PlanDiagnostic } from '../model/model';
import { relativeMessage, relativePath } from './provenance';

/** At most this many lines; the rest are counted. */
const MAX_LINES = 5;
/**
 * More notes (information, hints) than this become one line naming where they are: idpbuilder's E1.1.2 listed five
 * notes about values older state files lost with, each two to four lines long, and its tooltip ran past the hover's
 * height, its sources and git state cut off. Errors and warnings are always written out.
 */
const MAX_NOTES = 2;

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
  const all = [...merged.values()];
  const notes = all.filter((m) => m.severity === 'info' || m.severity === 'hint');
  const shown = notes.length > MAX_NOTES ? all.filter((m) => !notes.includes(m)) : all;
  const lines = shown
    .slice(0, MAX_LINES)
    .map(
      (m) =>
        `${m.severity === 'error' || m.severity === 'warning' ? ICON[m.severity] : '$(info)'} ${escape([...m.places].join(', '))} — ${escape(m.message)}  `,
    );
  if (shown.length > MAX_LINES) lines.push(`…and ${shown.length - MAX_LINES} more  `);
  if (shown !== all)
    lines.push(`$(info) ${notes.length} notes, ${whereNotesAre(notes)}: ${escape(placesByFile(notes))}  `);
  return lines;
}

/** Infos are listed in Problems; hints are not (VS Code shows them only as dotted underlines in the file). */
function whereNotesAre(notes: readonly { severity: PlanDiagnostic['severity'] }[]): string {
  const hints = notes.filter((n) => n.severity === 'hint').length;
  if (!hints) return 'in Problems';
  if (hints === notes.length) return 'dotted underlines in the plans, not in Problems';
  return `${notes.length - hints} in Problems, ${hints} as dotted underlines in the plans`;
}

/** `orchestrator-state.json:21, 24 · orchestrator-state.yaml:243`: each file once, its lines in order. */
function placesByFile(notes: readonly { places: Set<string> }[]): string {
  const byFile = new Map<string, number[]>();
  for (const place of notes.flatMap((n) => [...n.places])) {
    const at = place.lastIndexOf(':');
    const file = place.slice(0, at);
    const lines = byFile.get(file) ?? [];
    lines.push(Number(place.slice(at + 1)));
    byFile.set(file, lines);
  }
  return [...byFile]
    .map(([file, lines]) => `${file}:${[...new Set(lines)].sort((a, b) => a - b).join(', ')}`)
    .join(' · ');
}
