// The words that say "what follows is what this effort waits for", in running text: list items, their `·` parts,
// Mermaid link labels. One list, so a word learnt in one place is read in all; each place adds its own extras.
export const WAITS_FOR_WORDS = String.raw`depends\s+on|needs|requires|blocked\s+by|waits?\s+(?:for|on)`;
