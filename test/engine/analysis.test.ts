import fc from 'fast-check';
import twitter from 'twitter-text';
import { beforeEach, describe, expect, it } from 'vitest';
import { realisticDraft } from '../../bench/drafts.js';
import { analyse, clearAnalysisCache, lastAnalyseStats } from '../../src/engine/analysis/analyse.js';
import { extractEntities, findEmoji } from '../../src/engine/analysis/entities.js';
import { LruCache } from '../../src/engine/analysis/lru.js';
import { splitSegments } from '../../src/engine/analysis/segments.js';
import { analyseSegment, analyseSegments } from '../../src/engine/analysis/sentence.js';
import type { Analysis, Span } from '../../src/engine/analysis/types.js';
import { ownWords } from '../../src/engine/analysis/words.js';
import { isValidRange } from '../../src/engine/ranges.js';

const SPAN_KINDS = ['sentences', 'tokens', 'lines', 'links', 'mentions', 'hashtags', 'cashtags', 'emoji', 'money', 'percentages', 'phones'] as const;

function at(spans: readonly Span[]): [number, number, string][] {
  return spans.map((s) => [s.start, s.end, s.text]);
}

/** Every span of every kind covers exactly its own text, at a valid range. */
function expectConsistent(a: Analysis): void {
  for (const kind of SPAN_KINDS) {
    for (const s of a[kind]) {
      expect(isValidRange(a.text, [s.start, s.end]), `${kind} ${s.start}-${s.end}`).toBe(true);
      expect(a.text.slice(s.start, s.end), kind).toBe(s.text);
    }
  }
  expect(a.lower.length).toBe(a.text.length);
}

// Sets compare by content in toEqual, but a readable diff needs plain data.
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_, v: unknown) => (v instanceof Set ? [...(v as Set<string>)].sort() : v)));
}

const SOCIAL_PIECES = [
  'https://a.co/x', 'example.com', 'example.com/path?a=1', 'www.shop.io', 't.co/abc', '@sam', '@sam_writes', '#tag', '#DevLife', '$TSLA', '＃tag', '＠sam',
  '.', '!', '?', '…', '。', ' ', ' ', '\n', '\n\n', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', '"', ')', 'x.', '#', '@', '$', '$5', '£20', '5%', '0800 123 4567',
  'word', 'Word', 'WORD', "I'm", 'I', 'you', '🙂', '👩🏽‍💻', '👍🏿', '❤️', 'é', '\u0301', 'İ', '我喜欢', 'مرحبا', 'שלום', 'http://', '/', '-', '_', ':',
];
const socialText = fc.array(fc.oneof(fc.constantFrom(...SOCIAL_PIECES), fc.string({ maxLength: 3, unit: 'grapheme' })), { maxLength: 40 }).map((a) => a.join(''));

beforeEach(() => clearAnalysisCache());

describe('analysis offsets', () => {
  // Astral emoji (two code units each, one with a skin tone and a ZWJ) and CJK come
  // first, so every offset after them is checked in UTF-16 code units.
  const text = '👩🏽‍💻 我喜欢写代码。 Thanks @sam_writes! See https://example.com/a?b=1 #DevLife $TSLA\nCall 0800 123 4567, only $25 (40% off) 🎉';
  const a = analyse(text);

  it('splits sentences at terminal punctuation (Latin and CJK) and line breaks', () => {
    expect(at(a.sentences)).toEqual([
      [0, 15, '👩🏽‍💻 我喜欢写代码。'],
      [16, 35, 'Thanks @sam_writes!'],
      [36, 80, 'See https://example.com/a?b=1 #DevLife $TSLA'],
      [81, 122, 'Call 0800 123 4567, only $25 (40% off) 🎉'],
    ]);
    expect(at(a.lines)).toEqual([
      [0, 80, text.slice(0, 80)],
      [81, 122, text.slice(81)],
    ]);
  });

  it('places tokens after emoji and CJK', () => {
    const tokens = at(a.tokens);
    expect(tokens).toContainEqual([8, 14, '我喜欢写代码']);
    expect(tokens).toContainEqual([16, 22, 'Thanks']);
    expect(tokens).toContainEqual([36, 39, 'See']);
    expect(tokens).toContainEqual([101, 105, 'only']);
    const thanks = a.tokens.find((t) => t.text === 'Thanks')!;
    expect(thanks.normal).toBe('thanks');
    expect(thanks.tags.size).toBeGreaterThan(0);
    // Sentences hold their own tokens.
    expect(at(a.sentences[1]!.tokens).map((t) => t[2])).toEqual(['Thanks', '@sam_writes']);
  });

  it('finds links, mentions, hashtags and cashtags at their offsets', () => {
    expect(at(a.links)).toEqual([[40, 65, 'https://example.com/a?b=1']]);
    expect(a.links[0]!.url).toBe('https://example.com/a?b=1');
    expect(at(a.mentions)).toEqual([[23, 34, '@sam_writes']]);
    expect(at(a.hashtags)).toEqual([[66, 74, '#DevLife']]);
    expect(at(a.cashtags)).toEqual([[75, 80, '$TSLA']]);
  });

  it('finds emoji as whole sequences (ZWJ, skin tone)', () => {
    expect(at(a.emoji)).toEqual([
      [0, 7, '👩🏽‍💻'],
      [120, 122, '🎉'],
    ]);
    expect(at(findEmoji('👍🏿👍 ❤️ 👨‍👩‍👧'))).toEqual([
      [0, 4, '👍🏿'],
      [4, 6, '👍'],
      [7, 9, '❤️'],
      [10, 18, '👨‍👩‍👧'],
    ]);
  });

  it('finds money, percentages and phone numbers', () => {
    expect(at(a.money)).toEqual([[106, 109, '$25']]);
    expect(at(a.percentages)).toEqual([[111, 114, '40%']]);
    expect(at(a.phones)).toEqual([[86, 99, '0800 123 4567']]);
  });

  it('counts words, letters, capitals and X weighted length', () => {
    expect(a.wordCount).toBe(a.sentences.reduce((n, s) => n + s.wordCount, 0));
    expect(a.upperLetters).toBe([...text].filter((c) => c.toLowerCase() !== c.toUpperCase() && c === c.toUpperCase()).length);
    expect(a.letters).toBe([...text].filter((c) => c.toLowerCase() !== c.toUpperCase()).length);
    expect(a.weightedLength).toBe(twitter.parseTweet(text).weightedLength);
    expectConsistent(a);
  });

  it('keeps offsets right after astral characters and in RTL text', () => {
    const b = analyse('😀😀 Hi @bob! مرحبا #شكرا https://x.com/a 😀');
    expect(at(b.mentions)).toEqual([[8, 12, '@bob']]);
    expect(b.hashtags.map((h) => h.text)).toEqual(['#شكرا']);
    expect(at(b.links)).toEqual([[26, 41, 'https://x.com/a']]);
    expect(b.tokens.find((t) => t.text === 'Hi')).toMatchObject({ start: 5, end: 7 });
    expectConsistent(b);
  });

  it('finds questions and imperatives', () => {
    const b = analyse('What do you think? Buy now. I loved it.');
    expect(b.questions.map((s) => s.text)).toEqual(['What do you think?']);
    expect(b.imperatives.map((s) => s.text)).toEqual(['Buy now.']);
  });

  it('counts pronouns by person', () => {
    const b = analyse("I think you and I should ask them. We're in, my friend.");
    expect(b.pronouns.firstSingular).toBe(3);
    expect(b.pronouns.second).toBe(1);
    expect(b.pronouns.third).toBe(1);
    expect(b.pronouns.firstPlural).toBe(1);
  });

  it('keeps the lower-cased text the same length as the text', () => {
    const b = analyse('İstanbul İS GREAT');
    // 'İ'.toLowerCase() is two code units, so it stays as it is.
    expect(b.lower).toBe('İstanbul İs great');
  });

  it('leaves out words inside links, mentions and tags from ownWords', () => {
    const b = analyse('Great read https://example.com/some-long-words #ai @friend');
    expect(ownWords(b).map((t) => t.text)).toEqual(['Great', 'read']);
    // A fresh array each time, so callers may change it.
    const words = ownWords(b);
    words.pop();
    expect(ownWords(b)).toHaveLength(2);
  });

  it('keeps every span consistent with the text for any social-looking text (property)', () => {
    fc.assert(
      fc.property(socialText, (text) => {
        expectConsistent(analyse(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('per-segment work is the same as whole-text work', () => {
  it('extracts the same entities segment by segment as twitter-text does on the whole text (property)', () => {
    fc.assert(
      fc.property(socialText, (text) => {
        const a = analyse(text);
        const whole = extractEntities(text);
        expect(a.links).toEqual(whole.links);
        expect(a.mentions).toEqual(whole.mentions);
        expect(a.hashtags).toEqual(whole.hashtags);
        expect(a.cashtags).toEqual(whole.cashtags);
        expect(a.emoji).toEqual(findEmoji(text));
        expect(a.weightedLength).toBe(whole.weightedLength);
      }),
      { numRuns: 1000 },
    );
  });

  it('tags segments parsed in one batch exactly as when parsed one by one', () => {
    const texts = [realisticDraft(3000, 11), realisticDraft(1500, 12), "Hi. I'm here!! Dr. Smith said no.\nU.S.A. is big... ok? 'quoted.' (aside.) Next"];
    for (const text of texts) {
      const segments = splitSegments(text).map((s) => s.text);
      expect(plain(analyseSegments(segments))).toEqual(plain(segments.map((s) => analyseSegment(s))));
    }
    fc.assert(
      fc.property(socialText, (text) => {
        const segments = splitSegments(text).map((s) => s.text);
        expect(plain(analyseSegments(segments))).toEqual(plain(segments.map((s) => analyseSegment(s))));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the per-sentence cache', () => {
  const draft = realisticDraft(3000, 5);

  it('parses every segment on a cold analysis and none on a repeat', () => {
    const cold = analyse(draft);
    const segments = new Set(splitSegments(draft).map((s) => s.text)).size;
    expect(lastAnalyseStats()).toEqual({ segments: cold.sentences.length, parsed: segments });
    analyse(draft);
    expect(lastAnalyseStats()).toEqual({ segments: cold.sentences.length, parsed: 0 });
  });

  it('re-parses only the sentence a one-character edit touched', () => {
    analyse(draft);
    const middle = Math.floor(draft.length / 2);
    analyse(`${draft.slice(0, middle)}x${draft.slice(middle)}`);
    expect(lastAnalyseStats().parsed).toBe(1);
    // Typing at the end, then adding a sentence.
    analyse(`${draft}s`);
    expect(lastAnalyseStats().parsed).toBe(1);
    analyse(`${draft}s And one more thing.`);
    expect(lastAnalyseStats().parsed).toBe(1);
  });

  it('parses a sentence repeated in the draft once', () => {
    analyse('Same again. Same again. Same again.');
    expect(lastAnalyseStats()).toEqual({ segments: 3, parsed: 1 });
  });

  it('gives the same analysis after edits as a cold analysis of the edited text (property)', () => {
    const base = realisticDraft(800, 9);
    const edit = fc.record({ at: fc.nat(base.length), remove: fc.nat(6), insert: fc.constantFrom('', 'x', '. ', '\n', ' 🙂', '@sam ', '#tag', 'https://a.co ', '$5 ', 'Wait? ') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        clearAnalysisCache();
        let text = base;
        analyse(text);
        for (const e of edits) {
          text = text.slice(0, e.at) + e.insert + text.slice(Math.min(text.length, e.at + e.remove));
          const warm = analyse(text);
          expect(lastAnalyseStats().parsed).toBeLessThanOrEqual(3);
          clearAnalysisCache();
          const cold = analyse(text);
          expect(plain(warm)).toEqual(plain(cold));
          expect(warm.weightedLength).toBe(cold.weightedLength);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('LruCache', () => {
  it('keeps at most its capacity, dropping the least recently used', () => {
    const lru = new LruCache<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.size).toBe(2);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    lru.clear();
    expect(lru.size).toBe(0);
  });
});

describe('splitSegments', () => {
  it('ends a segment at a sentence\'s full stop, not at a title\'s or an initial\'s', () => {
    const texts = (text: string) => splitSegments(text).map((s) => s.text);
    expect(texts('Thanks to Mr. Walter Grady. He is great.')).toEqual(['Thanks to Mr. Walter Grady.', 'He is great.']);
    expect(texts('Write to P.O. Box 12. Then wait.')).toEqual(['Write to P.O. Box 12.', 'Then wait.']);
    expect(texts('J. K. Rowling wrote it. Dr. Ezomo did not.')).toEqual(['J. K. Rowling wrote it.', 'Dr. Ezomo did not.']);
    expect(texts('It was great. Hammer time. No.')).toEqual(['It was great.', 'Hammer time.', 'No.']);
  });
});
