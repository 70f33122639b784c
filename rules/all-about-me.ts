import { z } from 'zod';
import type { Analysis } from '../src/engine/analysis/types.js';
import { trimmedRange } from '../src/engine/ranges.js';
import { defineRule } from '../src/engine/rule.js';

type MessageId = 'allAboutMe' | 'turnToReader';

// Named people. Words for roles ("Director", "founder") are left out: in these posts they are usually the writer.
const PERSON_TAGS = ['Person', 'FirstName', 'LastName'];

/**
 * Words that point at the reader or at anyone else: you, he, she, they, @mentions,
 * named people, a question, or a line addressed to the reader ("Be that person for someone").
 */
function othersIn(analysis: Analysis): number {
  const { pronouns } = analysis;
  const named = analysis.tokens.filter((t) => PERSON_TAGS.some((tag) => t.tags.has(tag))).length;
  return pronouns.second + pronouns.third + analysis.mentions.length + named + analysis.questions.length + analysis.imperatives.length;
}

export default defineRule({
  meta: {
    id: 'all-about-me',
    category: 'impersonal',
    severity: 'info',
    title: 'All about me',
    description: 'A post that is all "I, my, we, our product" and says nothing about the reader or anyone else.',
    why: 'A post that only talks about you (or your company) gives the reader no way in.',
    source: {
      article: '004_4271e1fef3cfc11c.txt',
      quote: 'It was all business — and all about them.',
    },
    messages: {
      allAboutMe: '{{self}} mentions of I, me, my, we or our, and none of the reader or anyone else.',
      turnToReader: 'Turn one line toward the reader: what this means for them, a question for them, or who helped you.',
    },
  },
  options: z.strictObject({
    minWords: z.number().int().min(1).max(1000).default(30).describe('Words a post needs before it is judged'),
    minSelfMentions: z.number().int().min(1).max(100).default(5).describe('Mentions of I, me, my, we or our before the post counts as all about you'),
    minSelfShare: z
      .number()
      .min(0)
      .max(1)
      .default(0.08)
      .describe('Share of the words that must be I, me, my, we or our (0.08 = one word in twelve)'),
  }),
  check({ analysis, options }) {
    if (analysis.wordCount < options.minWords) return [];
    const self = analysis.pronouns.firstSingular + analysis.pronouns.firstPlural;
    if (self < options.minSelfMentions || self / analysis.wordCount < options.minSelfShare) return [];
    if (othersIn(analysis) > 0) return [];
    return [
      {
        messageId: 'allAboutMe',
        range: trimmedRange(analysis.text),
        data: { self },
        suggestions: [{ messageId: 'turnToReader' }],
      },
    ];
  },
});
