const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
// String.fromCharCode takes the codes as arguments; a few thousand at a time stay far
// below any engine's limit on the number of arguments.
const CODES_PER_CALL = 4096;

/**
 * The same text, stored one byte per character when every character fits in one.
 *
 * Engines store a string two bytes per character as soon as one character needs it,
 * and a piece cut from it (`slice`), or its lower case, stays that way: every sentence
 * of a draft with one emoji or curly quote anywhere is two-byte. V8 and SpiderMonkey
 * run a regex over a one-byte string with code of its own, which matched the phrase
 * lists in about two thirds of the time (docs/performance.md). The characters are the
 * same, so every match, offset and comparison is too; only the storage differs.
 */
export function oneByteForm(text: string): string {
  if (BEYOND_LATIN1.test(text)) return text;
  let out = '';
  const codes: number[] = [];
  for (let at = 0; at < text.length; at += CODES_PER_CALL) {
    const end = Math.min(text.length, at + CODES_PER_CALL);
    codes.length = 0;
    for (let i = at; i < end; i++) codes.push(text.charCodeAt(i));
    out += String.fromCharCode(...codes);
  }
  return out;
}
