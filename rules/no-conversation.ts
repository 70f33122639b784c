import { z } from 'zod';
import type { Analysis } from '../src/engine/analysis/types.js';
import { findPhraseGroups } from '../src/engine/analysis/phrase-cache.js';
import { loadLexicon } from '../src/engine/phrases.js';
import { defineRule } from '../src/engine/rule.js';
import conversationData from './lexicons/conversation.json' with { type: 'json' };

type MessageId = 'noConversation' | 'endWithQuestion' | 'mentionSomeone';

const conversation = loadLexicon('conversation', conversationData);
const CONVERSATION_GROUPS = Object.values(conversation.groups);
// Named people and words for people ("a senior dev", "the person").
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'Actor'];

/**
 * Anything that invites a reply or brings in other people: a question, an @mention,
 * the word "you", someone else ("she", "they", a named person), thanks or congratulations,
 * "let me know", "friends".
 * Exported so history rules can ask the same question about past posts.
 */
export function invitesConversation(analysis: Analysis): boolean {
  const { pronouns } = analysis;
  if (analysis.questions.length > 0 || analysis.mentions.length > 0 || pronouns.second > 0 || pronouns.third > 0) return true;
  if (analysis.tokens.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)))) return true;
  return findPhraseGroups(analysis, CONVERSATION_GROUPS).some((matches) => matches.length > 0);
}

export default defineRule({
  meta: {
    id: 'no-conversation',
    category: 'impersonal',
    severity: 'info',
    title: 'No conversation',
    description: 'A post long enough to matter with nothing that invites a reply or involves other people: no question, mention, thanks or "you".',
    why: 'A feed with no conversations with other people reads like a broadcast, and broadcasts get scrolled past.',
    source: {
      article: '003_0f25b87894c1b256.txt',
      quote: 'is completely devoid of conversations with other PEOPLE',
    },
    messages: {
      noConversation: 'Nothing here invites a reply or involves anyone else: no question, mention, thanks or “you”.',
      endWithQuestion: 'End with a question to invite replies.',
      mentionSomeone: 'Mention someone who helped, or who would care about this.',
    },
  },
  options: z.strictObject({
    minWords: z.number().int().min(1).max(1000).default(40).describe('Words a post needs before it is expected to invite a reply'),
  }),
  check({ analysis, draft, options }) {
    // Replies, comments and messages are conversation already.
    if (draft.surface !== 'post') return [];
    if (analysis.wordCount < options.minWords || invitesConversation(analysis)) return [];
    const last = analysis.sentences[analysis.sentences.length - 1];
    if (!last) return [];
    return [
      {
        messageId: 'noConversation',
        range: [last.start, last.end],
        suggestions: [{ messageId: 'endWithQuestion' }, { messageId: 'mentionSomeone' }],
      },
    ];
  },
});
