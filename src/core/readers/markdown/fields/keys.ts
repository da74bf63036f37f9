// Metadata keys → normalized key and model field, memoized: the same few dozen keys repeat in every plan.
import type { EffortField } from '../../../model/model';
import { fieldForKey, normalizeKey } from '../../values';

export interface KeyInfo {
  norm: string;
  field?: EffortField;
}

const cache = new Map<string, KeyInfo>();

export function keyInfo(key: string): KeyInfo {
  let info = cache.get(key);
  if (!info) {
    if (cache.size > 10_000) cache.clear(); // hostile files with endless distinct keys must not grow memory
    info = { norm: normalizeKey(key), field: fieldForKey(key) };
    cache.set(key, info);
  }
  return info;
}
