// The codicon (and its colour) of each status, in the tree and in effort pickers. An unknown status (a word Waveplan
// does not read) has its own mark: it must never look like planned.
import type { Effort } from '../../core/model/model';

export const STATUS_ICONS: Record<Effort['status'], [string, string?]> = {
  planned: ['circle-large-outline'],
  'in-progress': ['play-circle', 'charts.blue'],
  review: ['eye', 'charts.purple'],
  done: ['pass-filled', 'testing.iconPassed'],
  blocked: ['circle-slash', 'list.warningForeground'],
  cancelled: ['close', 'disabledForeground'],
  unknown: ['question'],
};
