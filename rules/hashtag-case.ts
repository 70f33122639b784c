import { z } from 'zod';
import { defineRule, type FindingReport } from '../src/engine/rule.js';
import type { Range } from '../src/engine/types.js';
import { splitWords } from './support/hashtag-split.js';
import { MAX_LETTERS } from './support/word-splitter.js';

type MessageId = 'oneCase' | 'capitalise';

// Only plain Latin tags are split: the word list is English, and other scripts have no case.
const ASCII_TAG = /^[#\uff03][A-Za-z0-9]+$/u;
const LETTERS_OR_DIGITS = /[a-z]+|[0-9]+/g;
const HAS_LOWER = /[a-z]/;
const HAS_UPPER = /[A-Z]/;
// Tags built on Instagram's name ("bookstagram", "petstagram") are coinages, not phrases:
// the word list would cut them into nonsense ("books tag ram").
const COINAGE = /(?<!in)stagram/;

export interface CapitalisedTag {
  /** The tag with each word capitalised: "#SocialMediaMarketing". */
  text: string;
  words: number;
}

/**
 * The tag with each word capitalised ("#socialmediamarketing" -> "#SocialMediaMarketing"),
 * or undefined when the tag is not several words written in one case, or its split is
 * not certain. Digits stay where they are and separate the letters around them.
 */
export function capitaliseTag(tag: string, capitals = true): CapitalisedTag | undefined {
  if (!ASCII_TAG.test(tag)) return undefined;
  const body = tag.slice(1);
  // Mixed case is already the writer's own split; a one-case tag is lower or upper case.
  if (HAS_UPPER.test(body) && (HAS_LOWER.test(body) || !capitals)) return undefined;
  const lower = body.toLowerCase();
  if (!HAS_LOWER.test(lower) || COINAGE.test(lower)) return undefined;
  let out = '';
  let words = 0;
  let long = false;
  LETTERS_OR_DIGITS.lastIndex = 0;
  for (let m = LETTERS_OR_DIGITS.exec(lower); m; m = LETTERS_OR_DIGITS.exec(lower)) {
    const part = m[0];
    if (part.charCodeAt(0) <= 0x39) {
      out += part;
      continue;
    }
    if (part.length > MAX_LETTERS) return undefined;
    const split = splitWords(part);
    if (!split) return undefined;
    words += split.length;
    long ||= split.some((w) => w.length >= 3);
    for (const w of split) out += w[0]!.toUpperCase() + w.slice(1);
  }
  // Two-letter words alone are more often a name or a word the list lacks ("isis" is not "is is").
  if (words < 2 || !long) return undefined;
  return { text: tag[0] + out, words };
}

export default defineRule({
  meta: {
    id: 'hashtag-case',
    category: 'gimmicks',
    // A hint: the tag still works, it is only hard to hear and to read.
    severity: 'info',
    title: 'Hashtag in one case',
    description: 'Hashtags of several words written all in lower case or all in capitals (#socialmediamarketing), which screen readers read as one long word.',
    why: 'Capitalising each word of a hashtag lets screen readers, and everyone else, read it as words.',
    source: {
      article: '003_0f25b87894c1b256.txt',
      quote: 'It requires humans who can use machines to talk to other humans.',
    },
    messages: {
      oneCase: '“{{tag}}” runs {{words}} words together; screen readers read it as one long word.',
      capitalise: 'Capitalise each word: {{fixed}}.',
    },
  },
  options: z.strictObject({
    capitals: z.boolean().default(true).describe('Also split hashtags written all in capitals (#SOCIALMEDIA)'),
  }),
  check({ analysis, options }) {
    const findings: FindingReport<MessageId>[] = [];
    for (const tag of analysis.hashtags) {
      const fixed = capitaliseTag(tag.text, options.capitals);
      if (!fixed) continue;
      const range: Range = [tag.start, tag.end];
      findings.push({
        messageId: 'oneCase',
        range,
        data: { tag: tag.text, words: fixed.words },
        suggestions: [{ messageId: 'capitalise', data: { fixed: fixed.text }, edits: [{ range, text: fixed.text }] }],
      });
    }
    return findings;
  },
});
