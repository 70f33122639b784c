import { describe, expect, it } from 'vitest';
import rule, { toSentenceCase } from '../../rules/gimmicks.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { articleCommentCases } from '../support/article-comments.js';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'a short exclamation is enthusiasm, not a gimmick', text: 'OPPA GANGNAM STYLE!!!' },
    { name: 'emoji are not words', text: 'HAPPY BIRTHDAY MOM!!! Love you so much ❤️ 🎂 🎉' },
    { name: 'one word stressed in capitals', text: 'I LOVE this band, saw them live last night in Leeds and it was brilliant.' },
    { name: 'acronyms between ordinary words', text: 'Great to see the NASA and ESA teams at IAC in Paris this week, what a crowd that was.' },
    { name: 'a short acronym run', text: 'Flying out of JFK to LAX on Friday morning, back on Tuesday with the whole family.' },
    { name: 'two marks in a row', text: 'We finally finished the kitchen after six long months of weekend work!!' },
    { name: 'a few hashtags after real words', text: 'Starting the week with a long walk and a flat white before the team call. #coffee #monday #walking' },
    { name: '"like if" in ordinary speech', text: "Yeah like if it goes like it did with my friends I will be so cross, honestly." },
    { name: '"would like" is not a vote', text: "I'd like if you came over tonight, we could cook together." },
    { name: 'liking a comment is not asking for likes', text: 'I really like this comment, it says what I was thinking.' },
    { name: 'asking people to pass on a friend\'s job search', text: 'A former colleague of mine is looking for a part-time bookkeeping role. Please share if you know of anything.' },
    ...articleCommentCases(),
  ],
  invalid: [
    {
      name: 'a shouted sentence, lower-cased by the fix',
      text: 'Big news today. WE ARE HIRING SENIOR ENGINEERS for the new team.',
      errors: [
        {
          messageId: 'shouting',
          covers: 'WE ARE HIRING SENIOR ENGINEERS',
          severity: 'info',
          suggestions: [{ messageId: 'sentenceCase', output: 'Big news today. We are hiring senior engineers for the new team.' }],
        },
      ],
    },
    {
      name: 'shouting in the middle of a sentence keeps it lower-case',
      text: 'Had the best day at the lake and THIS IS WHAT SUMMER IS FOR',
      errors: [
        {
          messageId: 'shouting',
          covers: 'THIS IS WHAT SUMMER IS FOR',
          suggestions: [{ messageId: 'sentenceCase', output: 'Had the best day at the lake and this is what summer is for' }],
        },
      ],
    },
    {
      name: 'a whole post in capitals, with the pronoun I kept',
      text: 'I CANNOT BELIEVE WHAT I SAW TODAY. YOU NEED TO READ THIS',
      errors: [
        {
          messageId: 'shouting',
          covers: 'I CANNOT BELIEVE WHAT I SAW TODAY. YOU NEED TO READ THIS',
          suggestions: [{ messageId: 'sentenceCase', output: 'I cannot believe what I saw today. You need to read this' }],
        },
      ],
    },
    {
      name: 'a run of exclamation marks collapses to one',
      text: 'We finally finished the kitchen after six long months of work!!!',
      errors: [
        {
          messageId: 'punctuationRun',
          covers: '!!!',
          severity: 'info',
          suggestions: [{ messageId: 'collapse', output: 'We finally finished the kitchen after six long months of work!' }],
        },
      ],
    },
    {
      name: 'mixed marks collapse to a question mark',
      text: 'Who decided the new office should have no windows at all?!?!',
      errors: [{ messageId: 'punctuationRun', covers: '?!?!', suggestions: [{ messageId: 'collapse', output: 'Who decided the new office should have no windows at all?' }] }],
    },
    {
      name: 'hashtag stuffing: the fix keeps the first five',
      text: 'Morning run done #running #fitness #health #motivation #goals #strava #runner',
      errors: [
        {
          messageId: 'hashtagStuffing',
          covers: '#strava #runner',
          severity: 'warning',
          suggestions: [{ messageId: 'keepHashtags', output: 'Morning run done #running #fitness #health #motivation #goals' }],
        },
      ],
    },
    {
      name: 'a few tags over the limit closing a post with something to say: a hint',
      text: 'Three years ago I nearly quit engineering. A mentor sat with me every Friday until the work made sense again, and I still use her checklist. #mentoring #engineering #careers #learning #gratitude #fridays',
      errors: [{ messageId: 'hashtagStuffing', covers: '#fridays', severity: 'info', suggestions: [{ messageId: 'keepHashtags', output: 'Three years ago I nearly quit engineering. A mentor sat with me every Friday until the work made sense again, and I still use her checklist. #mentoring #engineering #careers #learning #gratitude' }] }],
    },
    {
      name: 'more than twice the limit is a wall however long the post',
      text: 'Three years ago I nearly quit engineering. A mentor sat with me every Friday until the work made sense again, and I still use her checklist. #a1 #b2 #c3 #d4 #e5 #f6 #g7 #h8 #i9 #j10 #k11',
      errors: [{ messageId: 'hashtagStuffing', covers: '#f6 #g7 #h8 #i9 #j10 #k11', severity: 'warning', suggestions: [{ messageId: 'keepHashtags', output: 'Three years ago I nearly quit engineering. A mentor sat with me every Friday until the work made sense again, and I still use her checklist. #a1 #b2 #c3 #d4 #e5' }] }],
    },
    {
      name: 'hashtags on their own lines: emptied lines go too',
      text: 'Loved the talk.\n#ai #ml #data\n#python #rust\n#go #java',
      options: { maxHashtags: 3 },
      errors: [{ messageId: 'hashtagStuffing', covers: '#python #rust\n#go #java', suggestions: [{ messageId: 'keepHashtags', output: 'Loved the talk.\n#ai #ml #data' }] }],
    },
    {
      name: 'more hashtags than words',
      text: 'New blog #seo #marketing #growth',
      errors: [{ messageId: 'hashtagsOverWords', covers: '#seo #marketing #growth', suggestions: [{ messageId: 'sayItInWords' }] }],
    },
    {
      name: 'like if you agree',
      text: 'Like if you agree that Mondays need more coffee',
      errors: [{ messageId: 'engagementBait', covers: 'Like if you', suggestions: [{ messageId: 'askInstead' }] }],
    },
    { name: 'tag 3 friends', text: 'Tag 3 friends who need this weekend away', errors: [{ messageId: 'engagementBait', covers: 'Tag 3 friends' }] },
    { name: 'share if', text: 'Share if you remember when phones had buttons', errors: [{ messageId: 'engagementBait', covers: 'Share if you' }] },
    { name: 'type amen', text: 'Type AMEN if you believe tomorrow will be better', errors: [{ messageId: 'engagementBait', covers: 'Type AMEN' }] },
    { name: 'comment YES', text: 'Who wants the recipe? Comment YES below', errors: [{ messageId: 'engagementBait', covers: 'Comment YES' }] },
    {
      name: 'several gimmicks at once, in text order',
      text: 'PLEASE LIKE THIS POST IF YOU LOVE DOGS!!!! #dogs #puppy #dogsofinstagram #love #cute #pets',
      errors: [
        {
          messageId: 'shouting',
          covers: 'PLEASE LIKE THIS POST IF YOU LOVE DOGS',
          suggestions: [{ messageId: 'sentenceCase', output: 'Please like this post if you love dogs!!!! #dogs #puppy #dogsofinstagram #love #cute #pets' }],
        },
        { messageId: 'engagementBait', covers: 'LIKE THIS POST IF YOU' },
        { messageId: 'punctuationRun', covers: '!!!!', suggestions: [{ messageId: 'collapse', output: 'PLEASE LIKE THIS POST IF YOU LOVE DOGS! #dogs #puppy #dogsofinstagram #love #cute #pets' }] },
        { messageId: 'hashtagStuffing', covers: '#pets', suggestions: [{ messageId: 'keepHashtags', output: 'PLEASE LIKE THIS POST IF YOU LOVE DOGS!!!! #dogs #puppy #dogsofinstagram #love #cute' }] },
      ],
    },
  ],
  invalidOptions: [
    { options: { maxHashtags: 0 }, error: 'rules.gimmicks.options.maxHashtags' },
    { options: { shout: true }, error: 'rules.gimmicks.options' },
  ],
});

describe('toSentenceCase', () => {
  it('capitalises sentence starts and the pronoun I only', () => {
    expect(toSentenceCase("WHAT A DAY. I'M DONE, I THINK", true)).toBe("What a day. I'm done, I think");
    expect(toSentenceCase('WHAT A DAY', false)).toBe('what a day');
  });
});
