// The git layer: spawn-only runner, typed errors, porcelain parsers.
export * from './errors';
export * from './numstat';
export * from './refs';
export * from './repo';
export * from './run';
export * from './worktreeList';
