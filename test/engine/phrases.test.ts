import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAll } from '../../src/engine/analysis/entities.js';
import { compilePhrases, loadLexicon, matchPhrases, phraseLowerForm, straightApostrophes, testPhrase } from '../../src/engine/phrases.js';

const LEXICONS = join(import.meta.dirname, '../../rules/lexicons');

function lexiconGroups(): [string, string[]][] {
  return readdirSync(LEXICONS)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const data = JSON.parse(readFileSync(join(LEXICONS, f), 'utf8')) as { groups: Record<string, string[]> };
      return Object.entries(data.groups).map(([group, patterns]): [string, string[]] => [`${f}/${group}`, patterns]);
    });
}

describe('phrases', () => {
  it('matches whole words, case-insensitively, longest phrase first', () => {
    const re = compilePhrases(['sign up', 'sign up now', 'free']);
    const text = 'SIGN UP NOW, freebies are free! carefree';
    expect(matchPhrases(text, re).map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 11, 'SIGN UP NOW'],
      [26, 30, 'free'],
    ]);
    expect(text.slice(26, 30)).toBe('free');
  });

  it('treats letters of any script, digits and _ as part of a word', () => {
    const re = compilePhrases(['deal']);
    expect(matchPhrases('édeal deal_ 1deal deal2 deal. (deal) 😀deal', re).map((s) => s.start)).toEqual([24, 31, 39]);
  });

  it('reads a curly apostrophe as the straight one the lists are written with, and keeps the draft\'s own text', () => {
    const re = compilePhrases(["can't wait", "we're hiring", 'don(?:\'|’)t miss']);
    const curly = 'Can’t wait! We’re hiring. Don’t miss it';
    expect(matchPhrases(curly, re).map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 10, 'Can’t wait'],
      [12, 24, 'We’re hiring'],
      [26, 36, 'Don’t miss'],
    ]);
    expect(matchPhrases(curly.replace(/’/g, "'"), re).map((s) => [s.start, s.end])).toEqual(matchPhrases(curly, re).map((s) => [s.start, s.end]));
    expect(testPhrase('I can’t wait', new RegExp("can't wait", 'iu'))).toBe(true);
    // The i form, for a text whose lower case changes length ("İ"), reads it the same way.
    expect(matchPhrases('İ can’t wait', re).map((s) => s.text)).toEqual(['can’t wait']);
    expect(straightApostrophes('it’s ‘quoted’')).toBe("it's ‘quoted'");
  });

  it('matchPhrases (through the lower-case form) finds the same matches as the plain regex, for every lexicon (property)', () => {
    const groups = lexiconGroups();
    expect(groups.length).toBeGreaterThan(0);
    for (const [name, patterns] of groups) {
      const plain = compilePhrases(patterns);
      const words = [...new Set(patterns.join(' ').match(/\p{L}+/gu) ?? [])];
      const piece = fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(' ', ' ', '\n', '.', ',', '!', '?', 'x', '_', '1', '5', '%', '$', '£', "'", '’', 'é', 'ſ', 'K', '\u0345', '𝐀', '\ud835', '#', '@', '-', '/'),
        fc.string({ maxLength: 2, unit: 'grapheme' }),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 20 }).map((a) => a.join('')), (text) => {
          const expected = findAll(plain, straightApostrophes(text)).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
          expect(matchPhrases(text, plain), name).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('matches sentences through a lower-case form without the i flag, with the same matches', () => {
    const re = compilePhrases(['check\\s+out\\s+my\\s+\\p{L}\\w+', 'Buy Now', '[A-Z]{2}x']);
    expect(phraseLowerForm(re)?.flags).toBe('gu');
    for (const text of ['Please CHECK out my Channel and BUY NOW ABx', 'İstanbul: buy now', 'ſign: buy now, Buy Now', 'KELVIN K buy now']) {
      expect(matchPhrases(text, re), text).toEqual(findAll(re, text));
    }
    // The matches keep the writer's own capitals.
    expect(matchPhrases('BUY NOW', re)[0]?.text).toBe('BUY NOW');
  });

  it('gives any case-insensitive regex a lower-case form, with the same matches', () => {
    // A rule's own regex (here like the spaced-out addresses), not a compiled phrase list.
    const spaced = /(?<![\p{L}\p{N}.])[\p{L}\p{N}-]{2,63}(?:\s+\.\s*|\s+dot\s+)(?:com|net|co\.uk)(?![\p{L}\p{N}])/giu;
    expect(phraseLowerForm(spaced)?.flags).toBe('gu');
    for (const text of ['Visit KidsMedia . COM now', 'site DOT Net and site dot net', 'İstanbul . com', 'ſite . com', 'no address here']) {
      expect(matchPhrases(text, spaced), text).toEqual(findAll(spaced, text));
    }
    const sign = /(?<![\p{L}\p{N}])(?:selling\s+(?:my|our)|free\s+to\s+a\s+good\s+home)(?![\p{L}\p{N}])/iu;
    for (const text of ['SELLING MY bike', 'Free to a GOOD home', 'İ am selling my sofa', 'bestselling my way']) expect(testPhrase(text, sign), text).toBe(sign.test(text));
    // A regex without the i flag is matched as it is.
    expect(phraseLowerForm(/Buy/g)).toBeUndefined();
    expect(testPhrase('buy', /Buy/)).toBe(false);
    // A hex escape of a capital names a case the rewrite cannot carry over.
    expect(phraseLowerForm(/\x41b/giu)).toBeUndefined();
    expect(phraseLowerForm(/\x61b/giu)).toBeDefined();
  });

  it('keeps only the i form for a list whose case the rewrite cannot carry over', () => {
    expect(phraseLowerForm(compilePhrases(['\\P{Lu}x']))).toBeUndefined();
    // Under the i flag \p{Lu} matches cased letters only ("mr 𑅄" is no match); lower-cased
    // text cannot tell them apart, so such lists keep the i form too.
    const titled = compilePhrases(['mr\\s+\\p{Lu}\\p{L}+']);
    expect(phraseLowerForm(titled)).toBeUndefined();
    expect(matchPhrases('mr \u{11144}\u{1d400}', titled)).toEqual([]);
    expect(matchPhrases('Mr Kelvin', titled).map((m) => m.text)).toEqual(['Mr Kelvin']);
    expect(phraseLowerForm(compilePhrases(['\\u00C9t\u00e9']))).toBeUndefined();
    expect(phraseLowerForm(compilePhrases(['\\u00e9t\u00e9']))).toBeDefined();
  });

  it('leaves the regex it hands to rules in the plain form', () => {
    const re = compilePhrases(['deal']);
    expect(re.source).toBe('(?<![\\p{L}\\p{N}_])(?:(?:deal))(?!(?<=[\\p{L}\\p{N}_])[\\p{L}\\p{N}_])');
    expect(re.flags).toBe('giu');
  });

  it('ends a phrase on a word boundary only where the phrase ends in a letter or digit', () => {
    const re = compilePhrases(['whatsapp\\s*\\+', 'contact\\s+@', 'deal']);
    expect(matchPhrases('WhatsApp +1 555 0100 or contact @helper', re).map((s) => s.text)).toEqual(['WhatsApp +', 'contact @']);
    expect(matchPhrases('dealer deals', re)).toEqual([]);
  });

  it('stays linear on a very long word', () => {
    const re = compilePhrases(['\\d+\\s?p\\s?(?:/|per)\\s?msg', 'x{2,}y']);
    const started = performance.now();
    expect(matchPhrases('1'.repeat(100_000), re)).toEqual([]);
    expect(matchPhrases('x'.repeat(100_000), re)).toEqual([]);
    expect(matchPhrases(`${'1'.repeat(70)} 5p/msg`, re).map((s) => s.text)).toEqual(['5p/msg']);
    // A safety bound, not a benchmark: the quadratic path takes minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('matches patterns with backreferences', () => {
    expect(matchPhrases('aa a', compilePhrases(['(a)\\1'])).map((s) => s.text)).toEqual(['aa']);
  });

  it('validates a lexicon and names the bad entry', () => {
    expect(() => loadLexicon('demo', { description: 'x', groups: { pitch: ['buy now', '(unclosed'] } })).toThrow(/lexicon demo: groups\.pitch\.1: not a valid regular expression/);
    expect(() => loadLexicon('demo', { groups: {} })).toThrow(/lexicon demo: description/);
    expect(() => loadLexicon('demo', { description: 'x', groups: { empty: [] } })).toThrow(/groups\.empty/);
    const lexicon = loadLexicon('demo', { description: 'Demo.', groups: { pitch: ['buy now'] } });
    expect(matchPhrases('Buy now!', lexicon.groups.pitch!)).toEqual([{ start: 0, end: 7, text: 'Buy now' }]);
  });
});
