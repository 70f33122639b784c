import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAME_WORDS_PATH, nameWordsJson } from '../../scripts/history-words.js';
import { isCommonWord, isGivenName, isWordName } from '../../src/history/name-words.js';

describe('name-words.json', () => {
  it('is what scripts/history-words.ts builds from the installed word lists', { timeout: 30_000 }, () => {
    expect(readFileSync(NAME_WORDS_PATH, 'utf8')).toBe(nameWordsJson());
  });

  it('tells ordinary words, first names and first names that are also words apart', () => {
    for (const w of ['then', 'check', 'amazing', 'meeting', 'boston', 'monday', 'english', 'congrats', 'dont', 'will', 'hope']) expect(isCommonWord(w), w).toBe(true);
    for (const w of ['sam', 'dana', 'john', 'maria', 'laura', 'marc', 'ana']) {
      expect(isGivenName(w), w).toBe(true);
      expect(isCommonWord(w), w).toBe(false);
    }
    for (const w of ['will', 'hope', 'mark', 'grace', 'rose']) expect(isWordName(w), w).toBe(true);
    // Unknown to every list: a capitalised one is a name, a lower-case one a word.
    for (const w of ['priya', 'okafor', 'kwabena']) expect(isCommonWord(w) || isGivenName(w), w).toBe(false);
  });
});
