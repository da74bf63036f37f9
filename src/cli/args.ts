// Command-line flags via node:util parseArgs, with usage errors as UsageError (exit 2).
import { parseArgs, type ParseArgsConfig } from 'util';
import { UsageError } from './io';
import type { SettingsFlags } from './load';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments with the options its entry in spec.ts declares. */
export function parseFlags<O extends Options>(args: string[], command: { options: O }) {
  try {
    return parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

export function intFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} takes a positive whole number, not "${value}"`);
  return n;
}

export function limitsFrom(values: { hard?: string; soft?: string }) {
  const limits: { hard?: number; soft?: number } = {};
  const hard = intFlag(values.hard, 'hard');
  const soft = intFlag(values.soft, 'soft');
  if (hard !== undefined) limits.hard = hard;
  if (soft !== undefined) limits.soft = soft;
  return limits;
}

/** Flags in project-settings terms; given flags beat `.waveplan.json` (an --exclude list replaces its excludes). */
export function settingsFrom(values: {
  hard?: string;
  soft?: string;
  exclude?: string[];
  config?: string;
}): SettingsFlags {
  const flags: SettingsFlags = { limits: limitsFrom(values) };
  if (values.exclude?.length) flags.exclude = values.exclude;
  if (values.config) flags.config = values.config;
  return flags;
}
