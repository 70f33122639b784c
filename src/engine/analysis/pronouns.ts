import type { PronounCounts } from './types.js';

type Person = keyof PronounCounts;

// Includes the chat spellings the corpora are full of ("u", "ur", "im").
const PERSON_OF: ReadonlyMap<string, Person> = new Map<string, Person>([
  ...['i', 'me', 'my', 'mine', 'myself', "i'm", 'im', "i've", 'ive', "i'd", "i'll"].map((w) => [w, 'firstSingular'] as const),
  ...['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd"].map((w) => [w, 'firstPlural'] as const),
  ...['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', 'y\u2019all', "y'all", "you're", "you've", "you'll", "you'd"].map(
    (w) => [w, 'second'] as const,
  ),
  ...['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'they', 'them', 'their', 'theirs', 'themselves'].map(
    (w) => [w, 'third'] as const,
  ),
]);

export function emptyPronouns(): PronounCounts {
  return { firstSingular: 0, firstPlural: 0, second: 0, third: 0 };
}

export function personOf(word: string): Person | undefined {
  const lower = word.toLowerCase();
  // Asked for every word of every sentence parsed: the curly apostrophe is rare, so look for it first.
  return PERSON_OF.get(lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower);
}

export function addPronouns(into: PronounCounts, from: PronounCounts): void {
  into.firstSingular += from.firstSingular;
  into.firstPlural += from.firstPlural;
  into.second += from.second;
  into.third += from.third;
}
