import { z } from 'zod';
import { ownWordCount } from '../src/engine/analysis/words.js';
import type { HistoryMatch } from '../src/engine/history-view.js';
import { defineRule, type SuggestionReport } from '../src/engine/rule.js';
import type { Platform, Surface } from '../src/engine/types.js';
import { REPEAT_THRESHOLD } from '../src/history/similarity.js';
import { describeAgo, trimmedRange } from './support/history-words.js';

type MessageId = 'repeat' | 'repeatMany' | 'makePersonal' | 'makePersonalTo';

const DAY_MS = 24 * 60 * 60 * 1000;

const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook', generic: '' };

/** "LinkedIn message", "X post", "comment": where the earlier send went. */
export function describeWhere(platform: Platform, surface: Surface): string {
  const name = PLATFORM_NAMES[platform];
  return name ? `${name} ${surface}` : surface;
}

export default defineRule({
  meta: {
    id: 'copy-paste',
    category: 'repetitive',
    severity: 'warning',
    title: 'Copy-paste',
    description: 'The same or nearly the same text as something you already sent, on any network, to anyone.',
    why: 'The same message sent over and over tells each reader you did not write it for them.',
    source: {
      article: '001_da50182b1a9fb9f8.txt',
      quote: 'Let me cut and paste the same response over and over and over again.',
    },
    messages: {
      repeat: 'Nearly the same as your {{where}} of {{when}} ({{percent}} % alike).',
      repeatMany: 'Nearly the same as {{count}} things you already sent, the closest your {{where}} of {{when}} ({{percent}} % alike).',
      makePersonal: 'Write this one for its reader: say something specific about them or what they said, and why you are sending it now.',
      makePersonalTo: 'Write this one for {{name}}: mention something specific about them or your last exchange, not just their name.',
    },
  },
  options: z.strictObject({
    threshold: z
      .number()
      .min(0.5)
      .max(1)
      .default(REPEAT_THRESHOLD)
      .describe('How alike (0.5 to 1) a draft and an earlier send must be to count as a repeat'),
    days: z.number().int().min(1).max(365).default(30).describe('Look back this many days'),
    minWords: z.number().int().min(1).max(100).default(5).describe('Drafts with fewer words of your own are never called repeats'),
  }),
  check({ draft, analysis, options, history }) {
    if (ownWordCount(analysis) < options.minWords) return [];
    const since = history.now - options.days * DAY_MS;
    const matches = history.similar(draft.text).filter((m: HistoryMatch) => m.similarity >= options.threshold && m.at >= since);
    const best = matches[0];
    if (!best) return [];
    const data = {
      where: describeWhere(best.platform, best.surface),
      when: describeAgo(history.now - best.at),
      percent: Math.round(best.similarity * 100),
      count: matches.length,
    };
    const name = draft.recipient?.trim().split(/\s+/)[0];
    const suggestion: SuggestionReport<MessageId> = name ? { messageId: 'makePersonalTo', data: { name } } : { messageId: 'makePersonal' };
    return [{ messageId: matches.length > 1 ? 'repeatMany' : 'repeat', range: trimmedRange(draft.text), data, suggestions: [suggestion] }];
  },
});
