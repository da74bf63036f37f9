// Loaded before every unit test (.mocharc.json): the one shared empty list is frozen here, so any code that writes to
// it fails in the tests. The product leaves it unfrozen for speed (src/core/model/arrays.ts says why).
import { noItems } from '../../../src/core/model/arrays';

Object.freeze(noItems());
