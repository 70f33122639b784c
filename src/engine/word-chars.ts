/**
 * What a character is to the phrase anchors: white space, part of a word (a letter or a
 * number, as `\p{L}` and `\p{N}` say), or anything else. phrase-anchors.ts reads a regex's
 * words with it and anchor-index.ts cuts a sentence into words with it; the two must agree,
 * or a sentence's words would never meet the anchors read from a regex that matches it.
 */
export const SPACE = 0;
export const LETTER = 1;
export const NUMBER = 2;
export const OTHER = 3;
export type CharKind = typeof SPACE | typeof LETTER | typeof NUMBER | typeof OTHER;

const SPACE_CHAR = /\s/u;
const LETTER_CHAR = /\p{L}/u;
const NUMBER_CHAR = /\p{N}/u;

function kindWithRegexes(char: string): CharKind {
  return SPACE_CHAR.test(char) ? SPACE : LETTER_CHAR.test(char) ? LETTER : NUMBER_CHAR.test(char) ? NUMBER : OTHER;
}

// ASCII, most of what sentences and lists hold, read from a table instead of three regexes.
const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, code) => kindWithRegexes(String.fromCharCode(code)));

/** The kind of `char` (one code point), whose code point is `code`. */
export function charKind(char: string, code: number): CharKind {
  return code < 128 ? (ASCII_KINDS[code] as CharKind) : kindWithRegexes(char);
}

/** Whether `char` (one code point) is part of a word: a letter or a number. */
export function isWordChar(char: string): boolean {
  const kind = charKind(char, char.codePointAt(0) ?? 0);
  return kind === LETTER || kind === NUMBER;
}

/**
 * The ends a phrase list is compiled with (compilePhrases in phrases.ts): nothing of a word
 * (a letter, digit or "_") before the phrase, and where a word character ends it, none after.
 * phrase-anchors.ts recognises this end in a compiled list's source, so the two are one string.
 */
const LIST_WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
export const PHRASE_START = `(?<!${LIST_WORD_CHAR})`;
export const PHRASE_END = `(?!(?<=${LIST_WORD_CHAR})${LIST_WORD_CHAR})`;
