import { anySentence } from '../../src/engine/analysis/phrase-cache.js';
import type { Analysis } from '../../src/engine/analysis/types.js';

/**
 * Appeals to neighbours about someone or something lost, found or stolen: "LOST CAT -
 * Biscuit, ginger tom", "Found: set of keys outside the Spar", "found a wallet on the 38
 * bus", "stolen from outside her house", "hasn't been seen since Friday", "has anyone seen
 * a grey tabby", "lost my grandad's watch". Their "please share",
 * "please check your sheds", "reward offered" and "call 07700 ..." ask for help, not
 * custom, so sales-pitch does not count them as a pitch.
 */
const PET = '(?:dog|cat|pet|puppy|kitten|parrot|budgie|tortoise|rabbit|ferret|tabby|spaniel|terrier|collie|labrador|lab)';
const APPEAL = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    `(?:lost|missing|found|stolen)\\s*(?:[:!\u2014\u2013-]|\\s+(?:(?:a|an|this|these|some)\\s+)?(?:${PET}|keys?|wallet|purse|bag|handbag|phone|bike|bicycle|ring|child|person|teenager|boy|girl))` +
    // "missing grey tabby", "lost black lab"
    `|(?:lost|missing|stray)\\s+(?:(?:grey|gray|black|white|ginger|tabby|brown|tortoiseshell|small|young|old|elderly)\\s+){1,3}${PET}` +
    // "Lost my grandad's gold watch" (not a phone: "lost my phone" opens the "Hi Mum" scam)
    "|(?:lost|dropped)\\s+(?:my|our|her|his)\\s+(?:[\\p{L}'\u2019]+\\s+){0,3}(?:watch|wallet|purse|ring|keys|bag|handbag|necklace|bracelet|earrings?|glasses|camera|teddy)" +
    '|went\\s+missing|gone\\s+missing|stolen\\s+from\\s+outside' +
    "|(?:has|have)(?:n['\u2019]?t|\\s+not)\\s+been\\s+(?:seen|home)|not\\s+been\\s+(?:seen|home)\\s+since" +
    '|(?:have|has)\\s+(?:you|anyone|anybody)\\s+seen\\s+(?:this|our|my|a|an)' +
    '|check\\s+your\\s+(?:sheds|garages|outbuildings)' +
    '|reward\\s+(?:offered|for\\s+(?:her|his|their|its)\\s+(?:safe\\s+)?return)' +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

export function isAppeal(analysis: Analysis): boolean {
  return anySentence(analysis, APPEAL);
}
