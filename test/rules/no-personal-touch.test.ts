import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-personal-touch.js';
import { hasPersonalTouch } from '../../rules/support/personal-touch.js';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { articleCommentCases } from '../support/article-comments.js';

const report =
  'Our quarterly report is out now. Revenue grew twelve percent year over year, driven by strong demand in the enterprise segment and the launch of two new product lines across Europe and Asia.';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'a short post', text: 'New office opens on Monday.' },
    {
      name: 'a one-line reply is left alone, however long',
      text: 'The migration guide covers the database changes, the new configuration keys, the removed endpoints and the order in which the services should be upgraded.',
      surface: 'reply',
    },
    {
      name: 'first-person experience',
      text: 'Our quarterly report is out. I spent the last month with the finance team putting it together, and the section on the new product lines across Europe and Asia is the one to read.',
    },
    {
      name: 'a feeling without the word I',
      text: 'Sad to see the old office go. Twelve years of Friday lunches, late launches and far too much coffee in that kitchen, and the best team anyone could ask for.',
    },
    {
      name: 'family life in the first person plural',
      text: 'We went to the coast with the kids this weekend. Rain all Saturday, sun all Sunday, and a dog who had never seen the sea before, which was worth the whole drive.',
    },
    { name: 'short chat', text: 'Ok lar... Joking wif u oni...' },
    ...articleCommentCases(),
  ],
  invalid: [
    {
      name: 'a company update with nothing of the writer',
      text: report,
      errors: [{ messageId: 'noPersonalTouch', covers: 'Our quarterly report is out now.', severity: 'info', suggestions: [{ messageId: 'addWhatItMeant' }] }],
    },
    {
      name: 'a listing',
      text: 'Spacious three bedroom family home for sale in a quiet street close to schools, shops and the station. Large garden, new kitchen, off-street parking for two cars. Viewings this Saturday.',
      errors: [{ messageId: 'noPersonalTouch', covers: 'Spacious three bedroom family home for sale in a quiet street close to schools, shops and the station.' }],
    },
    {
      name: 'a reply over several lines is judged like a post',
      text: `${report}\nThe full report is on the investor page.`,
      surface: 'reply',
      errors: [{ messageId: 'noPersonalTouch', covers: 'Our quarterly report is out now.' }],
    },
    {
      name: 'a lower threshold',
      text: 'Revenue grew twelve percent year over year.',
      options: { minWords: 5 },
      errors: [{ messageId: 'noPersonalTouch', covers: 'Revenue grew twelve percent year over year.' }],
    },
  ],
  invalidOptions: [{ options: { minWords: 'many' }, error: 'rules.no-personal-touch.options.minWords' }],
});

describe('hasPersonalTouch', () => {
  it('finds the writer in pronouns, feelings and voice, and not in a plain statement', () => {
    expect(hasPersonalTouch(analyse('I shipped it.'))).toBe(true);
    expect(hasPersonalTouch(analyse('Honestly the best pasta in town.'))).toBe(true);
    expect(hasPersonalTouch(analyse('The store opens at nine.'))).toBe(false);
  });
});
