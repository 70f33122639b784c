import { z } from 'zod';
import data from './hashtag-words.json' with { type: 'json' };
import { splitterOf } from './word-splitter.js';

/**
 * Splitting a one-case hashtag into words ("socialmediamarketing" -> social, media,
 * marketing) with the word list scripts/hashtag-words.ts builds, and only when the split
 * is certain (see word-splitter.ts). So a tag that is itself a word stays one word
 * ("nowhere", not "no where"), and a tie ("penisland": "pen island" or "penis land")
 * leaves the tag alone.
 */
const hashtagWordsSchema = z.object({
  description: z.string(),
  sources: z.array(z.string()),
  words: z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'words: lower-case words separated by single spaces'),
  whole: z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'whole: lower-case words separated by single spaces'),
});

const parsed = hashtagWordsSchema.parse(data);
const WORDS: ReadonlySet<string> = new Set(parsed.words.split(' '));
// Single words that WORDS would cut apart ("wear able", "sam sung"); see joinWholeWords.
const WHOLE: ReadonlySet<string> = new Set(parsed.whole.split(' '));

export function isKnownWord(lower: string): boolean {
  return WORDS.has(lower);
}

const splitIntoWords = splitterOf(WORDS);

/**
 * Neighbouring pieces that together are one word of WHOLE, joined back, longest first:
 * "wear able tech" is "wearable tech", "sam sung galaxy" is "samsung galaxy". Joining
 * after the split, rather than splitting into WHOLE too, keeps the splits as they were:
 * more words to split into would tie more of them ("realest ate" against "real estate").
 */
function joinWholeWords(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let end = pieces.length;
    while (end > i + 1 && !WHOLE.has(pieces.slice(i, end).join(''))) end--;
    out.push(pieces.slice(i, end).join(''));
    i = end;
  }
  return out;
}

/**
 * The certain split of a run of lower-case letters into words of the shipped list (see
 * splitterOf), with the pieces of a single word joined back (joinWholeWords).
 */
export function splitWords(letters: string): string[] | undefined {
  const pieces = splitIntoWords(letters);
  return pieces && joinWholeWords(pieces);
}
