// orchestrator-state.yaml / .json / -v3.json → effort facts (kind 'state'), wave and phase declarations, and
// located diagnostics for malformed files. Never throws; keeps whatever part of a broken file parses.
import { fileTimestamp, isStateByFolderOnly } from '../../files/classify';
import type { FileReadResult } from '../../model/model';
import { fileSchemas } from '../../model/fileSchemas';
import { LineIndex } from '../../model/span';
import { mergeDrafts } from './effort';
import { baseName, lineRest, metadataDiagnostic, parseStructured } from './parse';
import { recordConflicts } from './recordConflicts';
import { resolveRecordNames } from './recordNames';
import { shapeDiagnostics } from './shape';
import { isMap, isSeq } from './nodes';
import { readStateRoot, StateSink } from './sources';
import { emptyResult } from '../result';

export function readStateFile(file: string, text: string): FileReadResult {
  const idx = new LineIndex(text);
  const parsed = parseStructured(file, text, idx, { recordList: true });
  const sink = new StateSink();
  for (const root of parsed.roots) if (isMap(root.node) || isSeq(root.node)) readStateRoot(root.ctx, root.node, sink);
  const efforts = mergeDrafts(sink.drafts, 'state');
  resolveRecordNames(efforts);
  const waves = sink.waveDecls();
  const phases = sink.phaseDecls();
  if (!efforts.length && !waves.length && !phases.length && isStateByFolderOnly(file))
    return emptyResult(file, 'state');
  // A file that parses but says nothing Waveplan can place is said so, not shown as if it were empty.
  const unread =
    !efforts.length && !waves.length && !phases.length && !parsed.diagnostics.length && parsed.roots.length
      ? [
          metadataDiagnostic(
            lineRest(idx, file, 0),
            `Waveplan found no efforts, waves or phases in ${baseName(file)} (what it reads: README, State files).`,
            'info',
          ),
        ]
      : [];
  return {
    file,
    kind: 'state',
    timestamp: fileTimestamp(file) ?? recordedTimestamp(text),
    efforts,
    waves,
    phases,
    ...(sink.scopes.length ? { scopes: sink.scopes } : {}),
    diagnostics: [
      ...unread,
      ...parsed.diagnostics,
      ...shapeDiagnostics(parsed.roots, fileSchemas().OrchestratorStateFileSchema, 'orchestrator-state'),
      ...recordConflicts(sink.drafts),
    ],
  };
}

const ISO_TIME = /\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/g;

/**
 * The newest date-time a state file records (`last_transition_timestamp`, `updated_at`, history entries…) as
 * `YYYYMMDDHHMMSS`: how recent the file is, from its content alone (file times change with every checkout).
 */
export function recordedTimestamp(text: string): string | undefined {
  let newest: string | undefined;
  for (const m of text.matchAll(ISO_TIME)) {
    const stamp = `${m[1]}${m[2]}${m[3]}${m[4]}${m[5]}${m[6] ?? '00'}`;
    if (newest === undefined || stamp > newest) newest = stamp;
  }
  return newest;
}
