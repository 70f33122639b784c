import { mapSentences } from '../../src/engine/analysis/phrase-cache.js';
import type { Analysis } from '../../src/engine/analysis/types.js';

/**
 * Appeals to neighbours about someone or something lost or found: "LOST CAT - Biscuit,
 * ginger tom", "Found: set of keys outside the Spar", "hasn't been seen since Friday".
 * Their "please share", "please check your sheds" and "call 07700 ..." ask for help, not
 * custom, so sales-pitch does not count them as a pitch.
 */
const APPEAL =
  /(?<![\p{L}\p{N}])(?:(?:lost|missing|found|stolen)\s*(?:[:!—–-]|\s+(?:dog|cat|pet|puppy|kitten|keys?|wallet|purse|bag|handbag|phone|bike|bicycle|ring|parrot|tortoise|rabbit|child|person|teenager|boy|girl))|went\s+missing|gone\s+missing|(?:has|have)n'?t\s+been\s+seen|(?:has|have)\s+not\s+been\s+seen|have\s+you\s+seen\s+(?:this|our|my))(?![\p{L}\p{N}])/iu;

// Sentence by sentence, cached: a re-lint asks only the sentence that changed.
const appealIn = (sentence: string) => APPEAL.test(sentence);

export function isAppeal(analysis: Analysis): boolean {
  return mapSentences(analysis, appealIn).includes(true);
}
