import { describe, expect, it } from 'vitest';
import rule, { invitesConversation } from '../../rules/no-conversation.js';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { articleCommentCases } from '../support/article-comments.js';

const broadcast =
  'Our new analytics dashboard is live today. It brings real-time reporting, custom alerts and exports to every plan, along with faster load times across the board and a redesigned settings page. It is available now on web and mobile.';

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: 'a short post', text: 'Our new dashboard is live today.' },
    { name: 'ends with a question', text: `${broadcast} What should we build next?` },
    { name: 'mentions someone', text: `${broadcast} Built with @dana_builds.` },
    { name: 'thanks someone', text: `${broadcast} Thanks to the whole crew who stayed late for this.` },
    { name: 'speaks to the reader', text: broadcast.replace('every plan', 'your plan') },
    { name: 'brings in someone else', text: `${broadcast} A colleague built the first version over a weekend.` },
    { name: 'a comment is conversation already', text: broadcast, surface: 'comment' },
    { name: 'a reply is conversation already', text: broadcast, surface: 'reply' },
    ...articleCommentCases(),
  ],
  invalid: [
    {
      name: 'a product announcement with nothing that invites a reply',
      text: broadcast,
      errors: [
        {
          messageId: 'noConversation',
          covers: 'It is available now on web and mobile.',
          severity: 'info',
          suggestions: [{ messageId: 'endWithQuestion' }, { messageId: 'mentionSomeone' }],
        },
      ],
    },
    {
      name: 'a lower threshold',
      text: 'The quarterly numbers are out today and revenue is up twelve percent.',
      options: { minWords: 10 },
      errors: [{ messageId: 'noConversation', covers: 'The quarterly numbers are out today and revenue is up twelve percent.' }],
    },
  ],
  invalidOptions: [{ options: { minWords: -3 }, error: 'rules.no-conversation.options.minWords' }],
});

describe('invitesConversation', () => {
  it('counts questions, you, others and thanks, and not a plain statement', () => {
    expect(invitesConversation(analyse('Anyone tried it yet?'))).toBe(true);
    expect(invitesConversation(analyse('Congratulations to the team.'))).toBe(true);
    expect(invitesConversation(analyse('She built the whole thing.'))).toBe(true);
    expect(invitesConversation(analyse('The dashboard is live.'))).toBe(false);
  });
});
