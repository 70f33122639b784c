import { z } from 'zod';
import data from './hashtag-words.json' with { type: 'json' };

/**
 * Splitting a one-case hashtag into words ("socialmediamarketing" -> social, media,
 * marketing) with the word list scripts/hashtag-words.ts builds. A split is used only
 * when it is certain: among all the ways to cut the letters into known words, the one
 * with the fewest words must be the only one with that few. So a tag that is itself a
 * word stays one word ("nowhere", not "no where"), and a tie ("penisland": "pen island"
 * or "penis land") leaves the tag alone.
 */
const hashtagWordsSchema = z.object({
  description: z.string(),
  sources: z.array(z.string()),
  words: z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'words: lower-case words separated by single spaces'),
});

const WORDS: ReadonlySet<string> = new Set(hashtagWordsSchema.parse(data).words.split(' '));
const LONGEST = [...WORDS].reduce((n, w) => Math.max(n, w.length), 0);

/** Letters the splitter looks at: longer runs are left alone (no real tag has 60 letters of words). */
export const MAX_LETTERS = 60;

export function isKnownWord(lower: string): boolean {
  return WORDS.has(lower);
}

/**
 * The certain split of a run of lower-case letters a-z into known words, or undefined
 * when there is none or more than one with the fewest words. Dynamic programming over
 * the end of each word: O(letters x longest word), no backtracking.
 */
export function splitWords(letters: string): string[] | undefined {
  const n = letters.length;
  if (n === 0 || n > MAX_LETTERS) return undefined;
  // fewest[i]: fewest words covering letters[0, i); ways[i]: how many splits reach that (capped at 2).
  const fewest = new Array<number>(n + 1).fill(Infinity);
  const ways = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(-1);
  fewest[0] = 0;
  ways[0] = 1;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      if (ways[start] === 0 || !WORDS.has(letters.slice(start, end))) continue;
      const count = fewest[start]! + 1;
      if (count < fewest[end]!) {
        fewest[end] = count;
        ways[end] = ways[start]!;
        from[end] = start;
      } else if (count === fewest[end]) ways[end] = Math.min(2, ways[end]! + ways[start]!);
    }
  }
  if (ways[n] !== 1) return undefined;
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end]!) words.unshift(letters.slice(from[end]!, end));
  return words;
}
