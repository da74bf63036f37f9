// `waveplan.graph.*` settings this panel reads itself (limits and maxEfforts come from the shared readSettings).
import * as vscode from 'vscode';
import { EDITOR_DEFAULTS } from '../../core/config/editorDefaults';
import { readSettings } from '../config';

export interface GraphSettings {
  maxEfforts: number;
  limits: { hard: number; soft: number };
  direction: 'TD' | 'LR';
  showExternal: boolean;
  followCursor: boolean;
  focusHops: number;
}

export function readGraphSettings(scope?: vscode.Uri): GraphSettings {
  const shared = readSettings(scope);
  const c = vscode.workspace.getConfiguration('waveplan.graph', scope);
  const hops = c.get<unknown>('focusHops');
  return {
    maxEfforts: shared.graphMaxEfforts,
    limits: shared.limits,
    direction: (c.get<string>('direction') ?? EDITOR_DEFAULTS['graph.direction']) === 'LR' ? 'LR' : 'TD',
    showExternal: c.get<boolean>('showExternal', EDITOR_DEFAULTS['graph.showExternal']) === true,
    followCursor: c.get<boolean>('followCursor', EDITOR_DEFAULTS['graph.followCursor']) !== false,
    focusHops:
      typeof hops === 'number' && Number.isInteger(hops) && hops >= 1 && hops <= 10
        ? hops
        : EDITOR_DEFAULTS['graph.focusHops'],
  };
}
