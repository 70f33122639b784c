import { describe, expect, it } from 'vitest';
import { charKind, isWordChar, LETTER, NUMBER, OTHER, SPACE } from '../../src/engine/word-chars.js';

// The phrase anchors read words out of regexes and out of sentences with these; what they
// say must be what the Unicode classes say, for ASCII (a table) and beyond (regexes).
describe('word-chars', () => {
  it('agrees with \\s, \\p{L} and \\p{N} over the Basic Multilingual Plane and some emoji', () => {
    const codes = [...Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => code < 0xd800 || code > 0xdfff), 0x1d400, 0x1f600, 0x1f44d];
    let mismatches = 0;
    for (const code of codes) {
      const char = String.fromCodePoint(code);
      const expected = /\s/u.test(char) ? SPACE : /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? NUMBER : OTHER;
      if (charKind(char, code) !== expected || isWordChar(char) !== /[\p{L}\p{N}]/u.test(char)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('names the kinds of everyday characters', () => {
    expect([...'a Z9_.é٣ 🎉'].map((c) => charKind(c, c.codePointAt(0)!))).toEqual([LETTER, SPACE, LETTER, NUMBER, OTHER, OTHER, LETTER, NUMBER, SPACE, OTHER]);
    expect(isWordChar('_')).toBe(false);
    expect(isWordChar('ß')).toBe(true);
  });
});
