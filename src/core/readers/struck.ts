// Struck-out text (`~~E1.1.2~~`, `~~Done~~ Reopened`) is what the author took back: no value of a list or a status.
// (A struck-out effort is a cancelled one: headings read that mark themselves, headingStatus.ts.)

const STRUCK = /~~[^~\n]*~~/g;

/** The text with its struck-out parts as blanks of the same length (columns stay). */
export function withoutStruck(text: string): string {
  return text.includes('~~') ? text.replace(STRUCK, (m) => ' '.repeat(m.length)) : text;
}

/**
 * The text without its struck-out parts, or the text itself when nothing but notes is written beside them
 * (`~~Done~~`, `~~Dropped~~ (moved to 3.2)`: the note is about the struck word).
 */
export function liveText(text: string): string {
  const live = withoutStruck(text);
  return live === text || /\p{L}/u.test(live.replace(/\([^()]*\)/g, '')) ? live : text;
}
