import { z } from 'zod';
import type { Analysis } from '../src/engine/analysis/types.js';
import { defineRule } from '../src/engine/rule.js';
import type { Draft } from '../src/engine/types.js';
import { hasPersonalTouch } from './support/personal-touch.js';

type MessageId = 'noPersonalTouch' | 'addWhatItMeant';

/** A reply, comment or message on one line is a conversation already; only posts and longer answers are judged. */
function isOneLineAnswer(draft: Draft, analysis: Analysis): boolean {
  if (draft.surface === 'post') return false;
  return analysis.lines.filter((l) => l.text.trim() !== '').length <= 1;
}

export default defineRule({
  meta: {
    id: 'no-personal-touch',
    category: 'impersonal',
    severity: 'info',
    title: 'No personal touch',
    description: 'A post long enough to say something of you, with no first-person experience, opinion, feeling or story in it.',
    why: 'People follow people: a post with nothing of you in it could have come from any account.',
    source: {
      article: '004_4271e1fef3cfc11c.txt',
      quote: 'They only talk about business. They never get personal.',
    },
    messages: {
      noPersonalTouch: '{{words}} words and nothing of you in them: no experience, opinion, feeling or story.',
      addWhatItMeant: 'Add one line about what this meant to you: what you saw, thought or felt.',
    },
  },
  options: z.strictObject({
    minWords: z.number().int().min(1).max(1000).default(25).describe('Words a post needs before it is expected to hold something personal'),
  }),
  check({ analysis, draft, options }) {
    if (analysis.wordCount < options.minWords || isOneLineAnswer(draft, analysis)) return [];
    if (hasPersonalTouch(analysis)) return [];
    const first = analysis.sentences[0];
    if (!first) return [];
    return [
      {
        messageId: 'noPersonalTouch',
        range: [first.start, first.end],
        data: { words: analysis.wordCount },
        suggestions: [{ messageId: 'addWhatItMeant' }],
      },
    ];
  },
});
