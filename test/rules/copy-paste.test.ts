import { describe, expect, it } from 'vitest';
import rule from '../../rules/copy-paste.js';
import { lint } from '../../src/engine/lint.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { docHistory } from '../support/history-docs.js';

const pitch =
  'I came across your profile and I think you would be a great fit for our leadership coaching programme. Do you have 15 minutes this week for a quick call?';
const sentToAnna = docHistory(
  JSON.stringify({ text: `Hi Anna, ${pitch}`, platform: 'linkedin', surface: 'message', at: '3 days ago' }),
);
const sentTwice = docHistory(
  [
    JSON.stringify({ text: `Hi Anna, ${pitch}`, platform: 'linkedin', surface: 'message', at: '3 days ago' }),
    JSON.stringify({ text: `Hello Ben! ${pitch} 🙂`, platform: 'facebook', surface: 'message', at: '2 hours ago' }),
  ].join('\n'),
);
const sentLongAgo = docHistory(JSON.stringify({ text: `Hi Anna, ${pitch}`, platform: 'x', at: '40 days ago' }));

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'no history at all', text: `Hi Sam, ${pitch}` },
    {
      name: 'a message written for its reader',
      text: 'Sam, your talk on feedback loops at the Leeds meetup changed how I run retros. Could I ask you two questions about it next week?',
      history: sentToAnna,
    },
    { name: 'a repeat older than the look-back window', text: `Hi Sam, ${pitch}`, history: sentLongAgo },
    { name: 'too short to call a copy', text: 'Thanks so much!', history: docHistory('{"text": "Thanks so much!"}') },
  ],
  invalid: [
    {
      name: 'the same pitch with another greeting',
      text: `Hi Sam, ${pitch}`,
      platform: 'linkedin',
      surface: 'message',
      history: sentToAnna,
      errors: [{ messageId: 'repeat', covers: `Hi Sam, ${pitch}`, suggestions: [{ messageId: 'makePersonal' }] }],
    },
    {
      name: 'to a named recipient, the suggestion names them',
      text: `Hey Sam Lee - ${pitch.toUpperCase()} https://example.com/book\n`,
      recipient: 'Sam Lee',
      history: sentToAnna,
      errors: [{ messageId: 'repeat', covers: `Hey Sam Lee - ${pitch.toUpperCase()} https://example.com/book`, suggestions: [{ messageId: 'makePersonalTo' }] }],
    },
    {
      name: 'sent to several people already',
      text: `Dear Carla,\n${pitch}`,
      history: sentTwice,
      errors: [{ messageId: 'repeatMany' }],
    },
    {
      name: 'a sentence dropped still repeats',
      text: 'Do you have 15 minutes this week for a quick call? I think you would be a great fit for our leadership coaching programme.',
      history: sentToAnna,
      errors: [{ messageId: 'repeat' }],
    },
    {
      name: 'a longer look-back',
      text: `Hi Sam, ${pitch}`,
      history: sentLongAgo,
      options: { days: 60 },
      errors: [{ messageId: 'repeat' }],
    },
  ],
  invalidOptions: [
    { options: { threshold: 0.3 }, error: 'rules.copy-paste.options.threshold' },
    { options: { days: 0 }, error: 'rules.copy-paste.options.days' },
  ],
});

describe('copy-paste messages', () => {
  const enabled = { rules: { 'copy-paste': { enabled: true } } };
  it('say where and when, and how alike', () => {
    const report = lint({ text: `Hi Sam, ${pitch}`, platform: 'x', surface: 'message' }, { rules: [rule], settings: enabled, history: sentToAnna });
    expect(report.findings.map((f) => f.message)).toEqual(['Nearly the same as your LinkedIn message of 3 days ago (100 % alike).']);
  });
  it('count the earlier copies and name the closest', () => {
    const report = lint({ text: `Dear Carla,\n${pitch}`, platform: 'x', surface: 'message' }, { rules: [rule], settings: enabled, history: sentTwice });
    expect(report.findings[0]?.message).toMatch(/^Nearly the same as 2 things you already sent, the closest your (LinkedIn|Facebook) message of (3 days|2 hours) ago \(\d+ % alike\)\.$/);
  });
  it('name the recipient in the suggestion', () => {
    const report = lint({ text: `Hi Sam, ${pitch}`, platform: 'linkedin', surface: 'message', recipient: 'Sam Lee' }, { rules: [rule], settings: enabled, history: sentToAnna });
    expect(report.findings[0]?.suggestions?.[0]?.message).toBe('Write this one for Sam: mention something specific about them or your last exchange, not just their name.');
  });
});
