import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, clearAnalysisCache } from '../../src/engine/analysis/analyse.js';
import { anySentence, findInSentences, findLineGroups, findPhraseGroups, findPhrases, mapSentences } from '../../src/engine/analysis/phrase-cache.js';
import { GenerationCache } from '../../src/engine/analysis/lru.js';
import { splitSegments } from '../../src/engine/analysis/segments.js';
import { findAll } from '../../src/engine/analysis/entities.js';
import type { Span } from '../../src/engine/analysis/types.js';
import { compilePhrases, loadLexicon, matchPhrases } from '../../src/engine/phrases.js';

const LEXICONS = join(import.meta.dirname, '../../rules/lexicons');

function lexiconGroups(): [string, RegExp, string[]][] {
  return readdirSync(LEXICONS)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const data: unknown = JSON.parse(readFileSync(join(LEXICONS, f), 'utf8'));
      const lexicon = loadLexicon(f, data);
      const patterns = (data as { groups: Record<string, string[]> }).groups;
      return Object.entries(lexicon.groups).map(([group, regex]): [string, RegExp, string[]] => [`${f}/${group}`, regex, patterns[group]!]);
    });
}

/** What the phrase cache promises: each sentence matched on its own, at its place in the text. */
function sentenceBySentence(text: string, regex: RegExp): Span[] {
  return splitSegments(text).flatMap((s) => matchPhrases(s.text, regex).map((m) => ({ start: m.start + s.start, end: m.end + s.start, text: m.text })));
}

describe('phrase matching sentence by sentence', () => {
  it('finds in each sentence what matching that sentence alone finds, before and after edits (property)', () => {
    const groups = lexiconGroups();
    const lists: RegExp[][] = [...new Set(groups.map(([name]) => name.split('/')[0]!))].map((file) => groups.filter(([name]) => name.startsWith(`${file}/`)).map(([, re]) => re));
    const words = [...new Set(groups.flatMap(([, , patterns]) => patterns.join(' ').match(/\p{L}+|\d+/gu) ?? []))];
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...words) },
      { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '. ', '.\n', '! ', '? ', '." ', ' .', '\u00a0', '"', "'") },
      { weight: 1, arbitrary: fc.constantFrom('x', '80086', '$5', '😀', '#', '@', '-', ':', 'İ', 'ſ') },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), fc.nat(), (text, at) => {
        // The text, then with a letter typed somewhere: the later runs read from the cache.
        const cut = text.length === 0 ? 0 : at % text.length;
        for (const t of [text, `${text.slice(0, cut)}e${text.slice(cut)}`, text]) {
          for (const list of lists) expect(findInSentences(splitSegments(t), list)).toEqual(list.map((re) => sentenceBySentence(t, re)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same as matching the whole text when no phrase meets a sentence break', () => {
    const list = [compilePhrases(['check\\s+out', 'sign\\s*up']), compilePhrases(['notes?'])];
    const text = 'Check out my notes. Then sign up for the list!\nSign up now.';
    const analysis = analyse(text);
    expect(findPhraseGroups(analysis, list)).toEqual(list.map((re) => matchPhrases(text, re)));
    expect(findPhrases(analysis, list[1]!).map((m) => m.text)).toEqual(['notes']);
  });

  it('never runs a phrase from one sentence into the next', () => {
    const signUp = compilePhrases(['sign\\s*up']);
    expect(findPhrases(analyse('Please sign\nup today.'), signUp)).toEqual([]);
    expect(findPhrases(analyse('Please sign up today.'), signUp).map((m) => m.text)).toEqual(['sign up']);
  });

  it('matches line by line, for patterns that read across a sentence\'s end', () => {
    const spacedOut = [/[a-z]+ \. com/gu];
    const text = 'Visit site . com today.\nOr other . com';
    expect(findPhrases(analyse(text), spacedOut[0]!)).toEqual([]);
    expect(findLineGroups(analyse(text), spacedOut)[0]!.map((m) => [m.start, m.text])).toEqual([[6, 'site . com'], [27, 'other . com']]);
  });

  it('matches a line longer than it keeps afresh, with the same results, before and after an edit', () => {
    const spacedOut = [/[a-z]+ \. com/gu];
    const text = `${'so much to say about nothing at all '.repeat(150)}visit site . com`;
    const at = text.indexOf('site . com');
    expect(findLineGroups(analyse(text), spacedOut)[0]!.map((m) => [m.start, m.text])).toEqual([[at, 'site . com']]);
    const edited = `A ${text}`;
    expect(findLineGroups(analyse(edited), spacedOut)[0]!.map((m) => [m.start, m.text])).toEqual([[at + 2, 'site . com']]);
    expect(findLineGroups(analyse(text), spacedOut)[0]!.map((m) => [m.start, m.text])).toEqual([[at, 'site . com']]);
  });

  it('finds a sentence that occurs twice once in each place', () => {
    const list = [compilePhrases(['buy now']), compilePhrases(['buy'])];
    for (const text of ['Buy now. Buy now.', 'Buy now.\nBuy now. Buy now!', `${'buy '.repeat(600)}buy`]) {
      expect(findInSentences(splitSegments(text), list)).toEqual(list.map((re) => matchPhrases(text, re)));
      expect(findInSentences(splitSegments(text), list)).toEqual(list.map((re) => matchPhrases(text, re)));
    }
    expect(analyse('It was $5. It was $5.').money.map((m) => m.start)).toEqual([7, 18]);
  });

  it('matches again only the sentence an edit changed, and places the others where they now stand', () => {
    clearAnalysisCache();
    const seen: string[] = [];
    const count = (sentence: string) => {
      seen.push(sentence);
      return sentence.length;
    };
    const first = 'Check out my notes. Then sign up for the list.\nSee you soon.';
    mapSentences(analyse(first), count);
    expect(seen).toEqual(['Check out my notes.', 'Then sign up for the list.', 'See you soon.']);
    seen.length = 0;
    const edited = `Well. ${first.replace('Then', 'Then do')}`;
    const list = [compilePhrases(['check\\s+out', 'sign\\s*up'])];
    findPhraseGroups(analyse(first), list);
    const analysis = analyse(edited);
    expect(mapSentences(analysis, count)).toEqual([5, 19, 29, 13]);
    expect(seen).toEqual(['Well.', 'Then do sign up for the list.']);
    expect(findPhraseGroups(analysis, list)).toEqual(list.map((re) => matchPhrases(edited, re)));
  });
});

describe('anySentence', () => {
  it('says whether any one sentence matches, never a match across two', () => {
    const sign = /(?<![\p{L}\p{N}])selling\s+my(?![\p{L}\p{N}])/iu;
    expect(anySentence(analyse('Moving house. SELLING MY sofa, £40.'), sign)).toBe(true);
    expect(anySentence(analyse('Stop selling.\nMy word.'), sign)).toBe(false);
    expect(anySentence(analyse(''), sign)).toBe(false);
  });
});

describe('GenerationCache', () => {
  it('holds at most its capacity and keeps what was used lately', () => {
    const cache = new GenerationCache<string, number>(4);
    for (const [i, key] of ['a', 'b', 'c'].entries()) cache.set(key, i);
    expect(cache.get('a')).toBe(0);
    for (const [i, key] of ['d', 'e', 'f', 'g'].entries()) cache.set(key, 10 + i);
    expect(cache.size).toBeLessThanOrEqual(4);
    expect(cache.get('g')).toBe(13);
    expect(cache.get('b')).toBeUndefined();
    cache.set('g', 99);
    expect(cache.get('g')).toBe(99);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get('g')).toBeUndefined();
  });
});
