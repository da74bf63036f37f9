// Notifications say what went wrong in one short line; the full text (names tried, rule numbers) goes to the log.

const MAX = 140;

/** `no base branch for E1.2.1 (R308: …): tried a, b, …; local branches …` → `no base branch for E1.2.1`. */
export function shortError(message: string): string {
  let s = message.split('\n')[0];
  s = s.replace(/\s*\((?:R\d{3}\b)[^)]*\)/g, ''); // rule numbers and their wording
  s = s.replace(/\bR\d{3}\b:?\s*/g, '');
  s = s.replace(/:\s*tried\b[^;]*/i, ''); // the list of names tried
  s = s
    .split(/;\s/)[0]
    .trim()
    .replace(/[.:,]$/, '');
  return s.length > MAX ? `${s.slice(0, MAX - 1).trimEnd()}…` : s;
}
