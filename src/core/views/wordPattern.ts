// What the editor takes for one word in a plan: an effort id (`E1.2.1`, `1.2.3`, `E1.2.1a`, `Wave 6.1`'s `6.1`) is one
// word, so the cursor on it highlights, Ctrl+D selects and Ctrl+hover underlines the whole id, not `E1` or `2`.

// VS Code's markdown word (extensions/markdown-basics/language-configuration.json): letters, numbers and marks, `_`
// inside. Kept for every word that is not an id.
const MARKDOWN_WORD = String.raw`[\p{Alphabetic}\p{Number}\p{Nonspacing_Mark}](?:_?[\p{Alphabetic}\p{Number}\p{Nonspacing_Mark}])*`;

// A dotted id: up to three letters, then 2–4 numbers of 1–3 digits joined by dots, and an optional letter (`E1.2.1a`).
// It starts only where no word or dotted number does (the lookbehind), and the bounded counts keep a long digit run
// linear (20,000 digits: about a millisecond).
const DOTTED_ID = String.raw`(?<![\p{L}\p{N}_]|\d\.)[A-Za-z]{0,3}\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?(?![\p{L}\p{N}_]|\.\d)`;

/** The word pattern of plan markdown: a dotted id first, else VS Code's own markdown word. */
export const PLAN_WORD_PATTERN = new RegExp(`${DOTTED_ID}|${MARKDOWN_WORD}`, 'gu');
