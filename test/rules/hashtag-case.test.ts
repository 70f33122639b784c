import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule, { capitaliseTag } from '../../rules/hashtag-case.js';
import { isKnownWord, splitWords } from '../../rules/support/hashtag-split.js';
import { HASHTAG_WORDS_PATH, hashtagWordsJson } from '../../scripts/hashtag-words.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { articleCommentCases } from '../support/article-comments.js';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'already in mixed case', text: 'Loved it #SocialMediaMarketing #iPhone #McDonalds' },
    { name: 'single words', text: 'Morning flat white #coffee #monday #leadership #nowhere' },
    { name: 'numbers only', text: 'What a year #2024 #100' },
    { name: 'a tie between two splits is left alone', text: 'Who else saw it? #penisland' },
    { name: 'a less frequent word the split list would cut apart', text: 'Testing a new one #wearable #curation #bootstrap #caregiving #coupon' },
    { name: 'names and newer words', text: 'Big week #samsung #microsoft #fintech #blockchain' },
    { name: 'a word the list does not know', text: 'Party time #sarahsbirthday #instagood #tbt #ootd' },
    { name: 'acronyms in capitals', text: 'Big day #NASA #USA #AI #SEO #ICYMI #COVID19' },
    { name: 'two-letter words only', text: 'Egyptian goddess #isis' },
    { name: 'tags built on Instagram’s name', text: 'New read #bookstagram #petstagram' },
    { name: 'snake case and non-Latin tags', text: 'Tags #social_media #café #東京 #привет' },
    { name: 'capitals off leaves upper-case tags alone', text: 'Proud of this team #WOMENINTECH', options: { capitals: false } },
    { name: 'a hashtag sign inside a word is not a tag', text: 'Issue number a#socialmedia' },
    ...articleCommentCases(),
  ],
  invalid: [
    {
      name: 'three words in lower case',
      text: 'Talk tomorrow on #socialmediamarketing for small shops',
      errors: [
        {
          messageId: 'oneCase',
          covers: '#socialmediamarketing',
          range: [17, 38],
          severity: 'info',
          suggestions: [{ messageId: 'capitalise', output: 'Talk tomorrow on #SocialMediaMarketing for small shops' }],
        },
      ],
    },
    {
      name: 'each tag on its own, mixed-case and single-word tags left alone',
      text: 'What got you through your first job? #careeradvice #Hiring #mondaymotivation #coffee',
      errors: [
        { messageId: 'oneCase', covers: '#careeradvice', suggestions: [{ messageId: 'capitalise', output: 'What got you through your first job? #CareerAdvice #Hiring #mondaymotivation #coffee' }] },
        { messageId: 'oneCase', covers: '#mondaymotivation', suggestions: [{ messageId: 'capitalise', output: 'What got you through your first job? #careeradvice #Hiring #MondayMotivation #coffee' }] },
      ],
    },
    {
      name: 'the fewest words win: a compound stays one word',
      text: 'Old photos #throwbackthursday',
      errors: [{ messageId: 'oneCase', covers: '#throwbackthursday', suggestions: [{ messageId: 'capitalise', output: 'Old photos #ThrowbackThursday' }] }],
    },
    {
      name: 'the pieces of one word are joined back',
      text: 'Day one #growthmindset #samsunggalaxy #wearabletech',
      errors: [
        { messageId: 'oneCase', covers: '#growthmindset', suggestions: [{ messageId: 'capitalise', output: 'Day one #GrowthMindset #samsunggalaxy #wearabletech' }] },
        { messageId: 'oneCase', covers: '#samsunggalaxy', suggestions: [{ messageId: 'capitalise', output: 'Day one #growthmindset #SamsungGalaxy #wearabletech' }] },
        { messageId: 'oneCase', covers: '#wearabletech', suggestions: [{ messageId: 'capitalise', output: 'Day one #growthmindset #samsunggalaxy #WearableTech' }] },
      ],
    },
    {
      name: 'a joined word never ties a split that was certain',
      text: 'Open house Saturday #realestate',
      errors: [{ messageId: 'oneCase', covers: '#realestate', suggestions: [{ messageId: 'capitalise', output: 'Open house Saturday #RealEstate' }] }],
    },
    {
      name: 'all capitals',
      text: 'Proud of this team #WOMENINTECH',
      errors: [{ messageId: 'oneCase', covers: '#WOMENINTECH', suggestions: [{ messageId: 'capitalise', output: 'Proud of this team #WomenInTech' }] }],
    },
    {
      name: 'digits separate words and stay',
      text: 'Read this #top10tips',
      errors: [{ messageId: 'oneCase', covers: '#top10tips', suggestions: [{ messageId: 'capitalise', output: 'Read this #Top10Tips' }] }],
    },
    {
      name: 'a full-width hashtag sign',
      text: 'ありがとう ＃socialmedia',
      errors: [{ messageId: 'oneCase', covers: '＃socialmedia', suggestions: [{ messageId: 'capitalise', output: 'ありがとう ＃SocialMedia' }] }],
    },
    {
      name: 'a short word with a longer one',
      text: 'Same here #metoo',
      errors: [{ messageId: 'oneCase', covers: '#metoo', suggestions: [{ messageId: 'capitalise', output: 'Same here #MeToo' }] }],
    },
  ],
  invalidOptions: [{ options: { capitals: 'yes' }, error: 'rules.hashtag-case.options.capitals' }],
});

describe('splitWords', () => {
  it('splits only when one split has the fewest words', () => {
    expect(splitWords('socialmediamarketing')).toEqual(['social', 'media', 'marketing']);
    expect(splitWords('expertsexchange')).toEqual(['experts', 'exchange']);
    expect(splitWords('nowhere')).toEqual(['nowhere']);
    expect(splitWords('penisland')).toBeUndefined();
    expect(splitWords('xqzv')).toBeUndefined();
    expect(splitWords('')).toBeUndefined();
  });

  it('leaves out one-letter and most two-letter words, so unknown names are not cut up', () => {
    expect(splitWords('adam')).toBeUndefined();
    for (const w of ['a', 'i', 'ad', 'el']) expect(isKnownWord(w), w).toBe(false);
    for (const w of ['of', 'in', 'my', 'thursday', 'selfie', 'marketing']) expect(isKnownWord(w), w).toBe(true);
  });

  it('is fast on the longest tags and refuses longer ones', () => {
    const started = performance.now();
    for (let i = 0; i < 200; i++) splitWords('socialmediamarketing'.repeat(3));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(splitWords('a'.repeat(61))).toBeUndefined();
  });
});

describe('capitaliseTag', () => {
  it('keeps the hashtag sign and capitalises each word', () => {
    expect(capitaliseTag('#dogsofinstagram')).toEqual({ text: '#DogsOfInstagram', words: 3 });
    expect(capitaliseTag('#top10tips')).toEqual({ text: '#Top10Tips', words: 2 });
    expect(capitaliseTag('#DogsOfInstagram')).toBeUndefined();
    expect(capitaliseTag('#SOCIALMEDIA', false)).toBeUndefined();
  });

  it('counts a word joined back from its pieces as one', () => {
    expect(capitaliseTag('#wearabletech')).toEqual({ text: '#WearableTech', words: 2 });
    expect(capitaliseTag('#wearable')).toBeUndefined();
    expect(splitWords('wearabletech')).toEqual(['wearable', 'tech']);
    expect(isKnownWord('wearable')).toBe(false);
  });
});

describe('hashtag-words.json', () => {
  it('is what scripts/hashtag-words.ts builds from the installed word lists', { timeout: 30_000 }, () => {
    expect(readFileSync(HASHTAG_WORDS_PATH, 'utf8')).toBe(hashtagWordsJson());
  });

  it('stays small enough to ship in the extension', () => {
    // About 230 KB: 16,000 words to split into and 10,000 to keep whole, about a fifth of
    // the background script, which only the background loads (never a page).
    expect(readFileSync(HASHTAG_WORDS_PATH, 'utf8').length).toBeLessThan(250_000);
  });
});
