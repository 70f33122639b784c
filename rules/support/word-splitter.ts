/**
 * Cutting a run of letters into words of a list, used only when the cut is certain: among
 * all the ways to cut the letters into words of the list, the one with the fewest words
 * must be the only one with that few. Kept apart from the shipped list so that
 * scripts/hashtag-words.ts can build that list with a splitter over a smaller one.
 */

/** Letters the splitter looks at: longer runs are left alone (no real tag has 60 letters of words). */
export const MAX_LETTERS = 60;

/**
 * A splitter over a word list: the certain split of a run of lower-case letters a-z into
 * words of the list, or undefined when there is none or more than one with the fewest
 * words. Dynamic programming over the end of each word: O(letters x longest word), no
 * backtracking.
 */
export function splitterOf(words: ReadonlySet<string>): (letters: string) => string[] | undefined {
  const longest = [...words].reduce((n, w) => Math.max(n, w.length), 0);
  return (letters) => {
    const n = letters.length;
    if (n === 0 || n > MAX_LETTERS) return undefined;
    // fewest[i]: fewest words covering letters[0, i); ways[i]: how many splits reach that (capped at 2).
    const fewest = new Array<number>(n + 1).fill(Infinity);
    const ways = new Array<number>(n + 1).fill(0);
    const from = new Array<number>(n + 1).fill(-1);
    fewest[0] = 0;
    ways[0] = 1;
    for (let end = 1; end <= n; end++) {
      for (let start = Math.max(0, end - longest); start < end; start++) {
        if (ways[start] === 0 || !words.has(letters.slice(start, end))) continue;
        const count = fewest[start]! + 1;
        if (count < fewest[end]!) {
          fewest[end] = count;
          ways[end] = ways[start]!;
          from[end] = start;
        } else if (count === fewest[end]) ways[end] = Math.min(2, ways[end]! + ways[start]!);
      }
    }
    if (ways[n] !== 1) return undefined;
    const split: string[] = [];
    for (let end = n; end > 0; end = from[end]!) split.unshift(letters.slice(from[end]!, end));
    return split;
  };
}
