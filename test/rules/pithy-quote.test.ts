import { describe, it } from 'vitest';
import rule from '../../rules/pithy-quote.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { articleCommentCases } from '../support/article-comments.js';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    {
      name: 'a quote with what it meant to the writer',
      text: '“Stay hungry, stay foolish.” My dad said this to me every morning before school, and it got me through my first startup. — Steve Jobs',
    },
    { name: 'a signed message is not a quote', text: 'Thanks for the lift home, see you tomorrow - Sam' },
    { name: 'a short signed comment', text: 'Great video -- Mike Jones' },
    { name: 'a slogan inside a story', text: 'Never give up. I ran my first marathon today and wanted to quit at mile 20.' },
    {
      name: 'quoting someone inside a longer thought',
      text: 'So, yes it all goes back to an expression I learned long ago – “people don’t like to do business with strangers.” In other words, there needs to be a personal connection first.',
    },
    { name: 'quote of the day, with the writer in it', text: 'Quote of the day, from my grandmother: "Nobody ever drowned in sweat." I still hear her saying it.' },
    { name: 'a workout under a motivation hashtag, with the writer in it', text: 'Up at five for the gym again, my legs hate me. #mondaymotivation' },
    { name: 'praise in a comment is not a quote post', text: 'Quote of the day right here, Ray. So true.', surface: 'comment' },
    { name: '"as they said" in chat', text: 'As they said at the station, the train is late, so be there at six.' },
    ...articleCommentCases(),
  ],
  invalid: [
    {
      name: 'a quotation with an attribution',
      text: '“Stay hungry, stay foolish.” — Steve Jobs',
      errors: [{ messageId: 'onlyQuote', covers: '“Stay hungry, stay foolish.” — Steve Jobs', severity: 'warning', suggestions: [{ messageId: 'addWhyItMatters' }] }],
    },
    {
      name: 'a saying ending with an often-quoted name',
      text: 'Be the change you wish to see in the world. ~ Gandhi',
      errors: [{ messageId: 'onlyQuote', covers: 'Be the change you wish to see in the world. ~ Gandhi' }],
    },
    {
      name: 'an attribution followed by hashtags',
      text: '"The secret of getting ahead is getting started." - Mark Twain #motivation #success',
      errors: [{ messageId: 'onlyQuote', covers: '"The secret of getting ahead is getting started." - Mark Twain #motivation #success' }],
    },
    {
      name: 'quote of the day',
      text: 'Quote of the day: The best way to predict the future is to create it.',
      errors: [{ messageId: 'quotePost', covers: 'Quote of the day', severity: 'warning' }],
    },
    {
      name: 'a quotes hashtag',
      text: 'Small daily improvements are the key to staggering long-term results. #quoteoftheday',
      errors: [{ messageId: 'quotePost', covers: '#quoteoftheday' }],
    },
    {
      name: 'a saying under a motivation hashtag is a hint',
      text: 'Small daily improvements are the key to staggering long-term results. #mondaymotivation',
      errors: [{ messageId: 'slogan', severity: 'info' }],
    },
    {
      name: 'a bare slogan is a hint',
      text: 'Dream big, work hard, never give up.',
      errors: [{ messageId: 'slogan', covers: 'Dream big, work hard, never give up.', severity: 'info' }],
    },
  ],
  invalidOptions: [{ options: { maxOwnWords: 1.5 }, error: 'rules.pithy-quote.options.maxOwnWords' }],
});
