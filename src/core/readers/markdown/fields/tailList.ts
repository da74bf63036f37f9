// Whether the words after a dependency verb in running text (`— depends on …`, `· needs …`) are a list of work:
// `— needs review`, `requires Go 1.22`, `(blocked by legal)` are notes, whose words could even match another
// effort's name (`Review tooling`) and make up an edge.
import { milestonesIn } from '../../../model/milestones';
import { firstId } from './locatedValues';

// A slug (`ledger-model`, `` `charge-api` ``) or `all previous`: what a list may name besides ids, waves and phases.
const SLUG_PIECE = /(?:^|[\s,(])`?[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+`?(?=$|[\s,;.)])/;
const ALL_BEFORE = /\ball\s+(?:the\s+)?(?:previous|prior|preceding|earlier|above)\b/i;

/** A list that names an effort id, a wave or a phase, or (`strict`: not after `after`) a slug or `all previous`. */
export function namesWork(list: string, strict = false): boolean {
  if (firstId(list) || milestonesIn(list, 0).length) return true;
  return !strict && (SLUG_PIECE.test(list) || ALL_BEFORE.test(list));
}
