// orchestrator-state.yaml / .json / -v3.json → effort facts (kind 'state'), wave and phase declarations, and
// located diagnostics for malformed files. Never throws; keeps whatever part of a broken file parses.
import { fileTimestamp } from '../../files/classify';
import type { FileReadResult } from '../../model/model';
import { OrchestratorStateFileSchema } from '../../model/schemas';
import { LineIndex } from '../../model/span';
import { mergeDrafts } from './effort';
import { parseStructured } from './parse';
import { shapeDiagnostics } from './shape';
import { isMap } from './nodes';
import { readStateRoot, StateSink } from './sources';

export function readStateFile(file: string, text: string): FileReadResult {
  const idx = new LineIndex(text);
  const parsed = parseStructured(file, text, idx);
  const sink = new StateSink();
  for (const root of parsed.roots) if (isMap(root.node)) readStateRoot(root.ctx, root.node, sink);
  return {
    file,
    kind: 'state',
    timestamp: fileTimestamp(file),
    efforts: mergeDrafts(sink.drafts, 'state'),
    waves: sink.waveDecls(),
    phases: sink.phaseDecls(),
    diagnostics: [...parsed.diagnostics, ...shapeDiagnostics(parsed.roots, OrchestratorStateFileSchema, 'orchestrator-state')],
  };
}
