// A wave gate that names efforts of the wave it waits for: `**Wave 3 Depends On**: Wave 2 p6w2-vw-core (VW
// infrastructure required)`, `**Start Condition**: Wave 1 p6w1-synctarget-controller complete`, `Depends On: Wave 2
// (E6.2.2)`. The plan means those efforts, not the whole wave: the milestone names them (MilestoneSchema's
// `named`), so the waiting wave does not wait for the rest of it. A name is an effort's id, branch or other alias
// in this file, or words that name exactly one effort of that wave as `Wave 2.1 VW Core` does in a dependency list.
// Anything else after the wave (`Wave 2 critical path`, `Wave 1 (internal - needs core API types)`) leaves the whole
// wave, as does a name of an effort the file places in another wave.
import { parseEffortId } from '../../model/ids';
import { milestoneKey, milestonesIn } from '../../model/milestones';
import type { EffortFact, Milestone, Span } from '../../model/model';
import type { Aliases } from './aliases';

/** The efforts of a wave that words written after it name, if they name any (ids, as written). */
export type EffortNamer = (wave: Milestone, words: string) => string[] | undefined;

const WAVE_MENTION = /\bwaves?[\s_-]*\d{1,3}(?:\.\d{1,3})?\b/i;
const DECORATION = /^[`*"'_]+|[`*"'_.:;!?]+$/g;
const NO_SPAN: Span = { file: '', line: 1, column: 1, endLine: 1, endColumn: 1 };

export function effortNamer(aliases: Aliases, facts: readonly EffortFact[]): EffortNamer {
  let byId: Map<string, EffortFact[]> | undefined;
  const inWave = (id: string, wave: Milestone): boolean => {
    if (!byId) {
      byId = new Map();
      for (const f of facts) {
        const list = byId.get(f.id);
        if (list) list.push(f);
        else byId.set(f.id, [f]);
      }
    }
    const placed = (byId.get(id) ?? []).filter((f) => f.wave !== undefined);
    if (!placed.length) {
      const p = parseEffortId(id);
      return p !== undefined && p.phase === wave.phase && p.wave === wave.wave;
    }
    return placed.some(
      (f) => f.wave!.value === wave.wave && (wave.plan !== undefined || f.phase?.value === wave.phase),
    );
  };
  return (wave, words) => {
    let text = words.trim();
    if (text.startsWith('(')) text = text.slice(1, text.indexOf(')') < 0 ? undefined : text.indexOf(')'));
    const named: string[] = [];
    for (const token of text.split(/\s*(?:,|&|\band\b|\s)\s*/i)) {
      const word = token.replace(DECORATION, '');
      if (!word) continue;
      const id = aliases.lookup(word);
      if (!id || !inWave(id, wave)) break;
      if (!named.includes(id)) named.push(id);
    }
    if (named.length) return named;
    // Words of one effort's name (`Wave 1 Metrics`), before any note (`(…)`, ` - …`).
    const name = words.split(/\(|\s[-–—]\s/)[0].trim();
    if (!name || wave.phase === undefined) return undefined;
    const raw = `Wave ${wave.phase}.${wave.wave} ${name}`;
    const id = aliases.resolve({ id: raw, raw, external: true, span: NO_SPAN });
    return id && inWave(id, wave) ? [id] : undefined;
  };
}

/**
 * `found` (the milestones the text names, each placed by `place`) with each wave that a part of the text (between
 * commas and semicolons outside brackets) names alone and follows with names of its efforts narrowed to them.
 */
export function narrowToEfforts(
  text: string,
  found: Milestone[],
  at: { phase?: number; plan?: string },
  name: EffortNamer | undefined,
  place: (m: Milestone[]) => Milestone[],
): Milestone[] {
  if (!name || !found.some((m) => m.wave !== undefined)) return found;
  const narrowed = new Map<string, string[]>();
  for (const part of topLevelParts(text)) {
    const named = place(milestonesIn(part, at.phase, at.plan));
    const mention = WAVE_MENTION.exec(part);
    if (named.length !== 1 || named[0].wave === undefined || !mention) continue;
    const ids = name(named[0], part.slice(mention.index + mention[0].length));
    if (!ids) continue;
    const key = milestoneKey(named[0]);
    narrowed.set(key, [...(narrowed.get(key) ?? []), ...ids.filter((id) => !narrowed.get(key)?.includes(id))]);
  }
  if (!narrowed.size) return found;
  return found.map((m) => {
    const ids = m.named ? undefined : narrowed.get(milestoneKey(m));
    return ids ? { ...m, named: ids } : m;
  });
}

/** The text between commas and semicolons that are outside brackets. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if ((c === ',' || c === ';') && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
