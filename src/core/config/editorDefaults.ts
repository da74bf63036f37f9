// Defaults of the settings only the editor reads (package.json declares the same values; a unit test compares them).
import { DEFAULT_FOCUS_HOPS } from '../mermaid/types';

export const EDITOR_DEFAULTS = {
  'git.status': true,
  'graph.maxEfforts': 150,
  'tree.followCursor': true,
  'graph.direction': 'TD',
  'graph.showExternal': false,
  'graph.followCursor': true,
  'graph.focusHops': DEFAULT_FOCUS_HOPS,
} as const;
