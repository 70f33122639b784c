import { describe, it } from 'vitest';
import rule from '../../rules/posting-volume.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { docHistory } from '../support/history-docs.js';

// Announcements with a link: no question, no thanks, nothing personal.
const announcement = (i: number) => `Episode ${i} of the growth podcast is out now, ten tactics for scaling your funnel: https://example.com/ep${i}`;
const posts = (count: number, hoursApart: number, text = announcement, surface = 'post') =>
  docHistory(
    Array.from({ length: count }, (_, i) => JSON.stringify({ text: text(i + 1), platform: 'x', surface, at: `${(i + 1) * hoursApart}h ago` })).join('\n'),
  );
const draft = 'Episode 99 of the growth podcast is out now: https://example.com/ep99';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'no history', text: draft },
    { name: 'ten posts in a day including this one is not more than ten', text: draft, history: posts(9, 2) },
    { name: 'eleven posts spread over four days', text: draft, history: posts(10, 9) },
    { name: 'a reply is conversation, however many posts', text: draft, surface: 'reply', history: posts(12, 1) },
    {
      name: 'most of the day was personal',
      text: draft,
      history: posts(12, 1, (i) => `I finally finished the chapter I had been stuck on for ${i} weeks, and I feel great about it.`),
    },
    { name: 'a higher limit', text: draft, history: posts(12, 1), options: { maxPosts: 20 } },
  ],
  invalid: [
    {
      name: 'the twelfth announcement in a day',
      text: draft,
      history: posts(11, 2),
      errors: [{ messageId: 'tooMany', covers: draft, suggestions: [{ messageId: 'holdIt' }] }],
    },
    {
      name: 'a lower limit and a shorter window',
      text: draft,
      history: posts(4, 1),
      options: { maxPosts: 3, hours: 6 },
      errors: [{ messageId: 'tooMany' }],
    },
  ],
  invalidOptions: [
    { options: { maxPosts: 0 }, error: 'rules.posting-volume.options.maxPosts' },
    { options: { broadcastShare: 2 }, error: 'rules.posting-volume.options.broadcastShare' },
  ],
});
