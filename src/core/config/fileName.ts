// The project settings file's name, apart from its zod schema (schema.ts) so that naming it does not load zod.
export const PROJECT_CONFIG_FILE = '.waveplan.json';
