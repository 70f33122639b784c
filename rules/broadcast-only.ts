import { z } from 'zod';
import { defineRule } from '../src/engine/rule.js';
import { draftSignals, isPitchOrLink, isSocial } from '../src/history/signals.js';
import { trimmedRange } from './support/history-words.js';

type MessageId = 'broadcastOnly' | 'talkWithSomeone';

export default defineRule({
  meta: {
    id: 'broadcast-only',
    category: 'repetitive',
    severity: 'info',
    title: 'Broadcast only',
    description: 'Across your recent posts, almost no replies, thanks or personal posts, and mostly pitches or links.',
    why: 'People follow people: an account that only announces and never replies reads like an ad feed.',
    source: {
      article: '004_4271e1fef3cfc11c.txt',
      quote: 'They never retweet, reply, or use the “like” and “share” buttons on Facebook. They only talk about business. They never get personal.',
    },
    messages: {
      broadcastOnly: 'Of your last {{count}} posts, {{social}} were replies, thanks or personal, and {{pitches}} were pitches or links.',
      talkWithSomeone: 'Before posting this, reply to someone, thank someone, or say something of your own.',
    },
  },
  options: z.strictObject({
    window: z.number().int().min(5).max(200).default(20).describe('How many of your latest sends to look at'),
    minSends: z.number().int().min(3).max(200).default(10).describe('Fewer sends than this in history are too few to judge'),
    maxSocialShare: z.number().min(0).max(1).default(0.1).describe('"Almost none": the largest share of replies, thanks or personal posts that still counts'),
    minPitchShare: z.number().min(0).max(1).default(0.5).describe('"Most": the smallest share of pitches or links that counts'),
  }),
  check({ draft, analysis, options, history }) {
    // A reply or a personal post is already the cure; the habit is worth a word only
    // when this draft is one more broadcast.
    if (isSocial({ surface: draft.surface, promotional: false, ...draftSignals(analysis) })) return [];
    const sends = history.recent(0, options.window);
    if (sends.length < options.minSends) return [];
    const social = sends.filter(isSocial).length;
    const pitches = sends.filter(isPitchOrLink).length;
    if (social / sends.length > options.maxSocialShare || pitches / sends.length < options.minPitchShare) return [];
    return [
      {
        messageId: 'broadcastOnly',
        range: trimmedRange(draft.text),
        data: { count: sends.length, social, pitches },
        suggestions: [{ messageId: 'talkWithSomeone' }],
      },
    ];
  },
});
