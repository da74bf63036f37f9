// The effort worktree engine: naming, bases, create/list/remove/prune, status and measured size. Never prompts.
export * from './naming/bases';
export * from './create';
export * from '../sizes/lineCounter';
export * from './list';
export * from './naming/naming';
export * from './remove';
export * from './session';
export * from './settings';
export * from '../sizes/size';
export * from './snapshot';
export * from './status';
export * from './naming/template';
