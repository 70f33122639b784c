// The two installed word lists that the generated word files are built from: the most
// frequent words of English Wikipedia (popular-english-words, ranked by frequency) and a
// word-game dictionary (an-array-of-english-words, Letterpress: no names unless they are
// also words). Shared by scripts/history-words.ts and scripts/hashtag-words.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** How many of the most frequent Wikipedia words are considered. */
export const TOP_WORDS = 20_000;

const require = createRequire(import.meta.url);

export function popularWords(): string[] {
  // The package is an ES module of one array literal; read it as data rather than run it.
  const source = readFileSync(require.resolve('popular-english-words/words.js'), 'utf8');
  const literal = source.slice(source.indexOf('['), source.lastIndexOf(']') + 1);
  return JSON.parse(literal.replace(/'/g, '"')) as string[];
}

export function dictionary(): Set<string> {
  return new Set(JSON.parse(readFileSync(require.resolve('an-array-of-english-words/index.json'), 'utf8')) as string[]);
}
