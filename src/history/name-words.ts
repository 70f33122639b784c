import { z } from 'zod';
import data from './name-words.json' with { type: 'json' };

/**
 * The word lists that tell a name from an ordinary word (built by
 * scripts/history-words.ts from a word-frequency list, a dictionary and compromise's
 * lexicon; see there). Two Set lookups a word: cheap enough for every keystroke, which
 * running compromise is not.
 */
const nameWordsSchema = z.object({
  description: z.string(),
  sources: z.array(z.string()),
  common: z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'common: lower-case words separated by single spaces'),
  givenNames: z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'givenNames: lower-case words separated by single spaces'),
  wordNames: z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'wordNames: lower-case words separated by single spaces'),
});

const words = nameWordsSchema.parse(data);
const COMMON: ReadonlySet<string> = new Set(words.common.split(' '));
const GIVEN_NAMES: ReadonlySet<string> = new Set(words.givenNames.split(' '));
const WORD_NAMES: ReadonlySet<string> = new Set(words.wordNames.split(' '));

/** An ordinary English word (lower case, no apostrophe): capitalised, it is still not a name. */
export function isCommonWord(lower: string): boolean {
  return COMMON.has(lower);
}

/** A first name that is not also an ordinary word (lower case): a name however it is written. */
export function isGivenName(lower: string): boolean {
  return GIVEN_NAMES.has(lower);
}

/** A first name that is also an ordinary word ("will", "hope"): a name only when capitalised inside a sentence. */
export function isWordName(lower: string): boolean {
  return WORD_NAMES.has(lower);
}
