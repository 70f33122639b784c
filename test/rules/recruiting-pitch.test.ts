import { describe, expect, it } from 'vitest';
import rule, { recruitingEvidence } from '../../rules/recruiting-pitch.js';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { RuleTester } from '../../src/engine/rule-tester.js';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    'I make money as a nurse and I love my job, even the night shifts.',
    'Join us for dinner on Friday, we are making lasagna!',
    'My sister works from the office on Mondays and from the cafe on Fridays.',
    { name: 'a link with an amount is not recruiting on its own', text: 'The tickets were $40 each, worth it: https://example.com/review' },
    { name: 'a higher threshold', text: 'Work from home and earn $500 a week, DM me', options: { threshold: 20, infoThreshold: 20 } },
  ],
  invalid: [
    {
      name: 'the downline pitch',
      text: 'Want to be your own boss? Join my team and work from home, I made $3,000 last month! DM me',
      errors: [{ messageId: 'recruiting', covers: 'Join my team and work from home, I made $3,000 last month!', suggestions: [{ messageId: 'tellStory' }] }],
    },
    {
      name: 'an income claim with an invitation',
      text: 'Tired of your 9 to 5? I help moms earn $500 a week from home. Interested? Message me',
      platform: 'facebook',
      errors: [{ messageId: 'incomeClaim', severity: 'warning', covers: 'I help moms earn $500 a week from home.' }],
    },
    {
      name: 'paid-to-share networks',
      text: 'Have you tried a new social network? You get paid for sharing and liking posts. Register here: https://example.com/join/someone',
      errors: [{ messageId: 'incomeClaim', covers: 'You get paid for sharing and liking posts.' }],
    },
    {
      name: 'a short draft that is only the pitch',
      text: 'free money, go register',
      errors: [{ messageId: 'incomeClaim', range: [0, 23] }],
    },
    {
      name: 'talking about MLM is only a hint',
      text: 'I spent ten years in network marketing and it cost me two friendships. How did you get out?',
      errors: [{ messageId: 'weakRecruiting', severity: 'info', covers: 'I spent ten years in network marketing and it cost me two friendships.' }],
    },
  ],
  invalidOptions: [
    { options: { threshold: 0 }, error: 'rules.recruiting-pitch.options.threshold' },
    { options: { weights: { income: 11 } }, error: 'rules.recruiting-pitch.options.weights.income' },
  ],
});

describe('recruiting-pitch evidence', () => {
  const options = rule.options.parse({});

  it('needs recruiting, MLM or income words: links and amounts are not enough', () => {
    expect(recruitingEvidence(analyse('Only $20 https://example.com/shop?ref=me sign up'), options).total).toBe(0);
  });

  it('counts a referral link more than a plain link', () => {
    const { totals } = recruitingEvidence(analyse('Earn extra income with my link https://example.com/signup?ref=me and tell your friends about it'), options);
    expect(totals.get('referralLink')).toBe(1.5);
    expect(totals.get('income')).toBe(2);
  });
});
