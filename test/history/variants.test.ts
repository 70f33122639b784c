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

  it('another name: a capitalised word inside a sentence swapped for a name, everywhere it appears', () => {
    const pair = variantOf(text, 'name')!;
    expect(pair.a).toBe(text);
    expect(pair.b).not.toContain('Leeds');
    const [before, after] = pair.b.split(/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?=\. We help)/u);
    expect(`${before}Leeds${after}`).toBe(text);
    const twice = variantOf('I met Dana at the fair and Dana said you make the best bread in town', 'name')!;
    expect(twice.b.match(/\bDana\b/gu)).toBeNull();
    expect(twice.b.split(' ')[2]).toBe(twice.b.split(' ')[7]);
  });

  it('another name: put in where there was none, never inside a link', () => {
    const plain = 'thanks for connecting! we help startups with their first brand. would love to chat sometime';
    const pair = variantOf(plain, 'name')!;
    const added = pair.b.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    expect(added).toHaveLength(1);
    const name = added[0]!.replace(/\P{L}/gu, '');
    const lettersOf = (t: string) => t.replace(/[^\p{L}]/gu, '');
    expect(lettersOf(pair.b.replace(`you and ${name}`, 'you').replace(name, ''))).toBe(lettersOf(plain));
    for (const t of ['see our new video https://example.com/watch?v=1 it is great and fun to watch', 'is it in the top ten of all time? http://www.google.ro/url?sa=t&rct=j&q=views list']) {
      const b = variantOf(t, 'name')!.b;
      for (const url of t.match(/https?:\/\/\S+/gu)!) expect(b).toContain(url);
    }
  });

  it('a sign-off added or changed, and an @mention changed, leave the message itself alone', () => {
    const signOff = variantOf(text, 'sign-off')!;
    expect(signOff.a.startsWith(text.trimEnd())).toBe(true);
    expect(signOff.b.startsWith(text.trimEnd())).toBe(true);
    expect(signOff.b).not.toBe(signOff.a);
    const mention = variantOf(text, 'mention')!;
    expect(mention.b).toMatch(/@\w+/u);
    expect(mention.a.match(/@\w+/gu)).not.toEqual(mention.b.match(/@\w+/gu));
    expect(mention.b.replace(/@\w+/gu, '').replace(/\s+/g, ' ').trim()).toBe(text);
    const own = variantOf('Loved your talk @dana_k, the part on pricing made me rethink our plans', 'mention')!;
    expect(own.a).toContain('@dana_k');
    expect(own.b).not.toContain('@dana_k');
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
