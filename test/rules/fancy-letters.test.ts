import { describe, expect, it } from 'vitest';
import rule, { fancyRuns } from '../../rules/fancy-letters.js';
import { foldFancy } from '../../rules/support/fancy-text.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { articleCommentCases } from '../support/article-comments.js';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'plain text', text: 'Big news: we are moving to Leeds next month!' },
    { name: 'accented Latin letters', text: 'Un café crème à Paris, naïve question: where next? Ångström, Æsop, Øresund, façade.' },
    { name: 'other scripts', text: 'Привет всем! Γειά σου κόσμε. مرحبا بكم 我今天很开心 ありがとう 감사합니다' },
    { name: 'emoji, including letter-like ones with the emoji selector', text: 'ℹ️ Opening hours changed Ⓜ️ 🅰️🅱️ 🔥🔥 ✨ ©️ ™' },
    { name: 'full-width letters and digits in Japanese', text: 'ＪＲ東日本で東京駅から新潟へ。２０２４年３月' },
    { name: 'full-width marks in Chinese', text: '谢谢大家！你们觉得怎么样？ＯＫ' },
    { name: 'a lone symbol is not a word', text: 'For every x in ℝ, f(x) ≥ 0; a 2 ℓ bottle; ① first ② second' },
    { name: 'superscripts, ligatures and Roman numerals are ordinary writing', text: 'The room is 20 m² and the ﬁnal is on Ⅻ May' },
    { name: 'one fancy letter at a time does not count', text: '𝗜 like it', options: { minLetters: 2 } },
    { name: 'IPA with a small capital', text: 'It is pronounced /sɪti/ in most accents.' },
    ...articleCommentCases(),
  ],
  invalid: [
    {
      name: 'bold words: one run across the space, fixed to plain letters',
      text: '𝗕𝗶𝗴 𝗻𝗲𝘄𝘀: we are moving to Leeds!',
      errors: [
        {
          messageId: 'fancyLetters',
          covers: '𝗕𝗶𝗴 𝗻𝗲𝘄𝘀',
          range: [0, 15],
          severity: 'warning',
          suggestions: [{ messageId: 'plainLetters', output: 'Big news: we are moving to Leeds!' }],
        },
      ],
    },
    {
      name: 'italic in the middle of a sentence',
      text: 'Loved every minute, 𝘵𝘩𝘢𝘯𝘬 𝘺𝘰𝘶 all',
      errors: [{ messageId: 'fancyLetters', covers: '𝘵𝘩𝘢𝘯𝘬 𝘺𝘰𝘶', suggestions: [{ messageId: 'plainLetters', output: 'Loved every minute, thank you all' }] }],
    },
    {
      name: 'circled letters fold with NFKC',
      text: 'ⓒⓘⓡⓒⓛⓔⓓ and ⒸⒾⓇⒸⓁⒺⒹ',
      errors: [
        { messageId: 'fancyLetters', covers: 'ⓒⓘⓡⓒⓛⓔⓓ', suggestions: [{ messageId: 'plainLetters', output: 'circled and ⒸⒾⓇⒸⓁⒺⒹ' }] },
        { messageId: 'fancyLetters', covers: 'ⒸⒾⓇⒸⓁⒺⒹ', suggestions: [{ messageId: 'plainLetters', output: 'ⓒⓘⓡⓒⓛⓔⓓ and CIRCLED' }] },
      ],
    },
    {
      name: 'full-width letters and marks',
      text: 'ＦＲＥＥ！ coffee for everyone',
      errors: [{ messageId: 'fancyLetters', covers: 'ＦＲＥＥ！', suggestions: [{ messageId: 'plainLetters', output: 'FREE! coffee for everyone' }] }],
    },
    {
      name: 'small capitals, with the plain x generators leave in',
      text: 'ꜱᴍᴀʟʟ ᴄᴀᴘꜱ ᴛᴇxᴛ for my header',
      errors: [{ messageId: 'fancyLetters', covers: 'ꜱᴍᴀʟʟ ᴄᴀᴘꜱ ᴛᴇxᴛ', suggestions: [{ messageId: 'plainLetters', output: 'small caps text for my header' }] }],
    },
    {
      name: 'script with letterlike holes, double-struck, fraktur, monospace and bold digits',
      text: 'ℬℯ 𝕓𝕠𝕝𝕕 𝔣𝔯𝔞𝔨𝔱𝔲𝔯 𝚖𝚘𝚗𝚘 𝟭𝟬𝟬',
      errors: [{ messageId: 'fancyLetters', covers: 'ℬℯ 𝕓𝕠𝕝𝕕 𝔣𝔯𝔞𝔨𝔱𝔲𝔯 𝚖𝚘𝚗𝚘 𝟭𝟬𝟬', suggestions: [{ messageId: 'plainLetters', output: 'Be bold fraktur mono 100' }] }],
    },
    {
      name: 'negative circled and squared letters, which NFKC leaves alone',
      text: '🅵🆁🅴🅴 🄵🅁🄴🄴 🅕🅡🅔🅔 today',
      errors: [{ messageId: 'fancyLetters', covers: '🅵🆁🅴🅴 🄵🅁🄴🄴 🅕🅡🅔🅔', suggestions: [{ messageId: 'plainLetters', output: 'FREE FREE FREE today' }] }],
    },
    {
      name: 'a line break ends a run; plain words between runs are kept',
      text: '𝐇𝐞𝐥𝐥𝐨\n𝐖𝐨𝐫𝐥𝐝 and 𝘢𝘭𝘭',
      errors: [
        { messageId: 'fancyLetters', covers: '𝐇𝐞𝐥𝐥𝐨', range: [0, 10], suggestions: [{ messageId: 'plainLetters', output: 'Hello\n𝐖𝐨𝐫𝐥𝐝 and 𝘢𝘭𝘭' }] },
        { messageId: 'fancyLetters', covers: '𝐖𝐨𝐫𝐥𝐝', range: [11, 21], suggestions: [{ messageId: 'plainLetters', output: '𝐇𝐞𝐥𝐥𝐨\nWorld and 𝘢𝘭𝘭' }] },
        { messageId: 'fancyLetters', covers: '𝘢𝘭𝘭', suggestions: [{ messageId: 'plainLetters', output: '𝐇𝐞𝐥𝐥𝐨\n𝐖𝐨𝐫𝐥𝐝 and all' }] },
      ],
    },
    {
      name: 'an emoji between fancy words stays in the fix',
      text: '𝗡𝗲𝘄 🔥 𝗱𝗿𝗼𝗽',
      errors: [{ messageId: 'fancyLetters', covers: '𝗡𝗲𝘄 🔥 𝗱𝗿𝗼𝗽', suggestions: [{ messageId: 'plainLetters', output: 'New 🔥 drop' }] }],
    },
    {
      name: 'full-width letters on a line without CJK, even when another line has it',
      text: '東京へ\nＦＲＥＥ',
      errors: [{ messageId: 'fancyLetters', covers: 'ＦＲＥＥ', suggestions: [{ messageId: 'plainLetters', output: '東京へ\nFREE' }] }],
    },
    {
      name: 'minLetters: 1 counts a single fancy letter',
      text: 'Win 𝗮 prize',
      options: { minLetters: 1 },
      errors: [{ messageId: 'fancyLetters', covers: '𝗮', suggestions: [{ messageId: 'plainLetters', output: 'Win a prize' }] }],
    },
  ],
  invalidOptions: [
    { options: { minLetters: 0 }, error: 'rules.fancy-letters.options.minLetters' },
    { options: { letters: 2 }, error: 'rules.fancy-letters.options' },
  ],
});

describe('fancyRuns', () => {
  it('never splits a surrogate pair and keeps a lone surrogate as it was', () => {
    const text = '\ud835 lone 𝗕\ud835𝗶';
    const runs = fancyRuns(text);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.plain).toBe('B\ud835i');
    expect(text.slice(runs[0]!.start, runs[0]!.end)).toBe('𝗕\ud835𝗶');
  });

  it('shortens a long run in the message but fixes all of it', () => {
    const text = '𝗮'.repeat(100);
    const runs = fancyRuns(text);
    expect(runs).toEqual([expect.objectContaining({ start: 0, end: 200, plain: 'a'.repeat(100), letters: 100 })]);
  });

  it('is linear: a 60,000-character line of full-width letters', () => {
    const text = 'Ｆ'.repeat(60_000);
    const started = performance.now();
    expect(fancyRuns(text)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('foldFancy', () => {
  const fold = (s: string) => foldFancy(s.codePointAt(0)!, s.charCodeAt(s.codePointAt(0)! > 0xffff ? 2 : 1));
  it('folds every circled letter Ⓐ-ⓩ to its plain letter', () => {
    for (let i = 0; i < 26; i++) {
      expect(fold(String.fromCodePoint(0x24b6 + i))).toBe(String.fromCharCode(0x41 + i));
      expect(fold(String.fromCodePoint(0x24d0 + i))).toBe(String.fromCharCode(0x61 + i));
    }
  });

  it('leaves symbols that fold to more than one character, and emoji presentation', () => {
    expect(fold('™')).toBeUndefined();
    expect(fold('℃')).toBeUndefined();
    expect(fold('ℹ\ufe0f')).toBeUndefined();
    expect(fold('ℹ')).toBe('i');
    expect(fold('é')).toBeUndefined();
    expect(fold('ｶ')).toBeUndefined();
  });
});
