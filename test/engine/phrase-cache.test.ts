import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { findAllInSegments, findInSegments, findPhraseGroups, findPhrases } from '../../src/engine/analysis/phrase-cache.js';
import { GenerationCache } from '../../src/engine/analysis/lru.js';
import { RegexReach } from '../../src/engine/analysis/regex-reach.js';
import { MAX_SEGMENT_LENGTH, splitSegments } from '../../src/engine/analysis/segments.js';
import { findAll } from '../../src/engine/analysis/entities.js';
import { compilePhrases, loadLexicon, matchPhrases, phraseTwin } from '../../src/engine/phrases.js';

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

// Regexes of the kind rules write by hand: reads across a full stop, a lookbehind
// that reads white space, a class that stops at line breaks.
const HAND_WRITTEN: [string, RegExp][] = [
  ['spaced-out address', /(?<![\p{L}\p{N}.])[\p{L}\p{N}-]{2,}(?:\s+\.\s*|\s*\.\s+|\s+dot\s+)(?:com|net|org)(?![\p{L}\p{N}])/giu],
  ['short code', /(?<![\p{L}\p{N}])(?:txt|text|send)(?![\p{L}\p{N}])[^\n.!?]{0,60}?(?<![\p{L}\p{N}])to\s*(?:no\s*[.:]?\s*)?\d{4,6}(?!\p{N})/giu],
  ['keyword reply', /(?<![\p{L}\p{N}])(?:[Rr]eply|REPLY|[Tt]ext)\s+["']?\p{Lu}[\p{Lu}\d]+(?![\p{L}\p{N}])/gu],
  ['lookbehind over a line break', /(?<!(?:are|we)\s)free(?!\s+time)/giu],
  ['quote then space', /["'\u201c]?\w+["'\u201d]?\s+(?:to|for)/giu],
];

const same = (text: string, regex: RegExp) => expect(findInSegments(text, splitSegments(text), regex)).toEqual(matchPhrases(text, regex));

describe('findPhrases (matching segment by segment)', () => {
  it('finds what matching the whole text finds, for every lexicon and hand-written regex (property)', () => {
    const groups = lexiconGroups();
    const all: [string, RegExp, string[]][] = [...groups, ...HAND_WRITTEN.map(([name, re]): [string, RegExp, string[]] => [name, re, [re.source]])];
    for (const [name, regex, patterns] of all) {
      const words = [...new Set(patterns.join(' ').match(/\p{L}+|\d+/gu) ?? ['a'])];
      const piece = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...words) },
        { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '. ', '.\n', '! ', '? ', '." ', ".' ", ' .', '\u00a0', '\t', ' ', ',', '"', "'") },
        { weight: 1, arbitrary: fc.constantFrom('x', '1', '80086', '$5', 'é', '😀', 'K', 'ſ', '#', '@', '-', '/', ':') },
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 24 }).map((a) => a.join('')), (text) => {
          expect(findInSegments(text, splitSegments(text), regex), name).toEqual(matchPhrases(text, regex));
        }),
        { numRuns: 150 },
      );
    }
  });

  it('finds the same for a list of regexes matched together, before and after edits (property)', () => {
    const groups = lexiconGroups();
    const lists: RegExp[][] = [...new Set(groups.map(([name]) => name.split('/')[0]!))].map((file) => groups.filter(([name]) => name.startsWith(`${file}/`)).map(([, re]) => re));
    lists.push(HAND_WRITTEN.map(([, re]) => re));
    const words = [...new Set(groups.flatMap(([, , patterns]) => patterns.join(' ').match(/\p{L}+|\d+/gu) ?? []))];
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...words) },
      { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '. ', '.\n', '! ', '? ', '." ', ' .', '\u00a0', '"', "'") },
      { weight: 1, arbitrary: fc.constantFrom('x', '80086', '$5', '😀', '#', '@', '-', ':') },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), fc.nat(), (text, at) => {
        // The text, then with a letter typed somewhere: the second run reads from the cache.
        const cut = text.length === 0 ? 0 : at % text.length;
        for (const t of [text, `${text.slice(0, cut)}e${text.slice(cut)}`, text]) {
          for (const list of lists) expect(findAllInSegments(t, splitSegments(t), list)).toEqual(list.map((re) => matchPhrases(t, re)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('matches a long list in the plain form, with the same matches as its twin', () => {
    const words = Array.from({ length: 80 }, (_, i) => `w${i}x`);
    const long = compilePhrases(words);
    const text = 'aw3x w3x w79x_ w12x. W12X';
    expect(matchPhrases(text, long).map((m) => m.text)).toEqual(['w3x', 'w12x', 'W12X']);
    expect(findAll(phraseTwin(long)!, text)).toEqual(matchPhrases(text, long));
  });

  it('finds a sentence that occurs twice once in each place', () => {
    const list = [compilePhrases(['buy now']), compilePhrases(['buy'])];
    for (const text of ['Buy now. Buy now.', 'Buy now.\nBuy now. Buy now!', `${'buy '.repeat(600)}buy`]) {
      expect(findAllInSegments(text, splitSegments(text), list)).toEqual(list.map((re) => matchPhrases(text, re)));
      expect(findAllInSegments(text, splitSegments(text), list)).toEqual(list.map((re) => matchPhrases(text, re)));
      expect(analyse(text).money).toEqual([]);
    }
    const prices = analyse('It was $5. It was $5.');
    expect(prices.money.map((m) => m.start)).toEqual([7, 18]);
  });

  it('keeps phrases that run across a line break or a full stop', () => {
    const signUp = compilePhrases(['sign\\s*up']);
    same('Please sign\nup today.', signUp);
    expect(findInSegments('Please sign\nup today.', splitSegments('Please sign\nup today.'), signUp).map((m) => m.text)).toEqual(['sign\nup']);
    const [, shortCode] = HAND_WRITTEN[1]!;
    expect(findInSegments('Text WIN to No. 80086 now', splitSegments('Text WIN to No. 80086 now'), shortCode).map((m) => m.text)).toEqual(['Text WIN to No. 80086']);
    const [, free] = HAND_WRITTEN[3]!;
    // The lookbehind sees "are" on the line before, so this is not a match.
    expect(findInSegments('You are\nfree to go', splitSegments('You are\nfree to go'), free)).toEqual([]);
    same('You are\nfree to go. Free gifts!', free);
  });

  it('keeps segments cut apart without white space together', () => {
    const regex = compilePhrases(['x+y']);
    const text = `${'x'.repeat(MAX_SEGMENT_LENGTH + 200)}y and more`;
    expect(splitSegments(text).length).toBeGreaterThan(1);
    same(text, regex);
  });

  it('reads white space at the end of the text as part of the last block when a phrase can end in it', () => {
    same('buy now ', /buy now\s/giu);
    same('buy now \n', /buy now\s+/giu);
  });

  it('matches the whole text when the regex is not modelled or can start in white space', () => {
    for (const regex of [/^buy now/giu, /(a)\1/gu, /\s+now/giu, /buy/gi, /(?<x>a)\k<x>/gu]) {
      expect(RegexReach.of(regex), regex.source).toBeUndefined();
      same('a.  buy now\nbuy now. aa now', regex);
    }
  });

  it('keeps a block going where `$` could see the gap after it', () => {
    const share = compilePhrases(['please\\s+share(?!\\s*(?:[!.?]|$))']);
    expect(RegexReach.of(share)).toBeDefined();
    for (const text of ['Please share\nThen go.', 'Please share', 'Please share  ', 'Please share! Now.', 'Please share. Please share it.']) same(text, share);
    same('buy now\nbuy now ', /now$/giu);
  });

  it('gives the same matches again after an edit, from the cache', () => {
    const regex = compilePhrases(['check\\s+out', 'sign\\s*up']);
    const list = [regex, compilePhrases(['notes?'])];
    const first = 'Check out my notes. Then sign up for the list.\nSign\nup now.';
    const edited = `${first.slice(0, 25)}e${first.slice(25)}`;
    for (const text of [first, edited, first]) {
      const analysis = analyse(text);
      expect(findPhrases(analysis, regex)).toEqual(matchPhrases(text, regex));
      expect(findPhraseGroups(analysis, list)).toEqual(list.map((re) => matchPhrases(text, re)));
    }
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
