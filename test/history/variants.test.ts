import { describe, expect, it } from 'vitest';
import { normaliseForFingerprint } from '../../src/history/normalise.js';
import { EDIT_KINDS, reuseVariants, sentencesOf, variantOf, wordCount } from '../../src/history/variants.js';

const text = 'Thanks for connecting! I run a small design studio in Leeds. We help startups with their first brand. Would love to chat sometime.';

describe('reuse variants', () => {
  it('makes one pair per edit, each a real edit of the text, the same every time', () => {
    const pairs = reuseVariants([text]);
    expect(pairs.map((p) => p.edit)).toEqual([...EDIT_KINDS]);
    for (const p of pairs) {
      expect(p.b, p.edit).not.toBe(p.a);
      expect(variantOf(text, p.edit)).toEqual(p);
    }
  });

  it('each edit changes what it says it changes', () => {
    const by = Object.fromEntries(reuseVariants([text]).map((p) => [p.edit, p]));
    expect(by.greeting!.b.endsWith(text)).toBe(true);
    expect(by.emoji!.b).toMatch(/\p{Extended_Pictographic}/u);
    expect(by.punctuation!.b.replace(/[^\p{L}\p{N}]/gu, '')).toBe(text.replace(/[^\p{L}\p{N}]/gu, ''));
    expect(by.whitespace!.b.replace(/\s+/g, ' ').trim()).toBe(text);
    expect(by.case!.b.toLowerCase()).toBe(text.toLowerCase());
    expect(by.link!.a).toMatch(/https?:|www\./);
    expect(by.link!.b).toMatch(/https?:|www\./);
    expect(normaliseForFingerprint(by.link!.a)).toBe(normaliseForFingerprint(by.link!.b));
    expect(sentencesOf(by['sentence-added']!.b)).toHaveLength(sentencesOf(text).length + 1);
    expect(sentencesOf(by['sentence-removed']!.b)).toHaveLength(sentencesOf(text).length - 1);
  });

  it('a different link replaces the one in the text', () => {
    const pair = variantOf('Our new video on sourdough is up, take a look: https://youtu.be/abc123 and tell me', 'link');
    expect(pair?.a).toContain('https://youtu.be/abc123');
    expect(pair?.b).not.toContain('https://youtu.be/abc123');
  });

  it('skips texts shorter than a message, and removing from a single sentence', () => {
    expect(variantOf('Too short to count', 'greeting')).toBeUndefined();
    expect(variantOf('One long sentence that goes on and on without ever stopping at all', 'sentence-removed')).toBeUndefined();
    expect(wordCount('see https://example.com/x and www.example.org now')).toBe(3);
  });
});
