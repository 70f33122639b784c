import { z } from 'zod';
import { defineRule } from '../src/engine/rule.js';
import { draftSignals, isBroadcast, type PostKind } from '../src/history/signals.js';
import { trimmedRange } from './support/history-words.js';

type MessageId = 'tooMany' | 'holdIt';

const HOUR_MS = 60 * 60 * 1000;

export default defineRule({
  meta: {
    id: 'posting-volume',
    category: 'repetitive',
    severity: 'warning',
    title: 'Posting volume',
    description: 'Many posts in a short time, most of them broadcasts.',
    why: 'A stream of posts that talk at people buries the few that talk with them; volume is not quality.',
    source: {
      article: '004_4271e1fef3cfc11c.txt',
      quote: 'Actually, people need to understand that content is the key to social media, not volume.',
    },
    messages: {
      tooMany: 'This would be post number {{count}} in {{hours}} hours, and {{broadcasts}} of them only broadcast: volume is not quality.',
      holdIt: 'Hold this one back, or spend the time replying to someone instead.',
    },
  },
  options: z.strictObject({
    maxPosts: z.number().int().min(1).max(200).default(10).describe('Posts in the window before it counts as many'),
    hours: z.number().int().min(1).max(168).default(24).describe('The window, in hours'),
    broadcastShare: z.number().min(0).max(1).default(0.5).describe('Share of broadcasts (no reply, question, thanks or personal word) above which it is flagged'),
  }),
  check({ draft, analysis, options, history }) {
    // Replies, comments and messages are conversation, however many there are.
    if (draft.surface !== 'post') return [];
    const posts: PostKind[] = history.recent(history.now - options.hours * HOUR_MS).filter((p) => p.surface === 'post');
    // The draft counts as the post it is about to become; its pitch status is other rules' business.
    posts.push({ surface: draft.surface, promotional: false, ...draftSignals(analysis) });
    if (posts.length <= options.maxPosts) return [];
    const broadcasts = posts.filter(isBroadcast).length;
    if (broadcasts / posts.length <= options.broadcastShare) return [];
    return [
      {
        messageId: 'tooMany',
        range: trimmedRange(draft.text),
        data: { count: posts.length, hours: options.hours, broadcasts },
        suggestions: [{ messageId: 'holdIt' }],
      },
    ];
  },
});
