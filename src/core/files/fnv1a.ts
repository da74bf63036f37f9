// A text's FNV-1a hash: cheap, no crypto module to load (the CLI's code cache and the engine's kept texts use it).

/** FNV-1a (32-bit) of the text's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
