// The state and config file schemas, built the first time such a file is read: most CLI runs read none, and
// building them costs every start.
import type * as Schemas from './schemas';

let mod: typeof Schemas | undefined;

export function fileSchemas(): typeof Schemas {
  return (mod ??= require('./schemas') as typeof Schemas);
}
