import { anySentence } from '../../src/engine/analysis/phrase-cache.js';
import { CALLS_IT_A_SCAM } from '../../src/engine/analysis/scam-names.js';
import type { Analysis } from '../../src/engine/analysis/types.js';

/**
 * Warnings about a scam: "Anyone messaging you claiming to be me is a scammer", "if someone
 * offers you a prize on WhatsApp, it's not him. Block and report", "I am not doing a giveaway
 * on Telegram", "whoever says to search ... for free gems, stop, it's malware" (what calls a
 * thing a scam is shared with the model: CALLS_IT_A_SCAM). Their "prize",
 * "giveaway", "claim" and "WhatsApp" name the scam they warn about, so sales-pitch does not
 * count such words as a pitch. A warning that itself sends people somewhere (a link, a phone
 * number, an @handle) is left alone: "beware of fakes, my only account is @real_trader_x" is
 * the scam. "This is not a scam" is not a warning.
 */
const WARNING = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    '(?:claiming|claims|pretending|pretends)\\s+to\\s+be\\s+(?:me|us|him|her|them|the\\s+\\p{L}+)' +
    '|(?:block|report)\\s+(?:and|&)\\s+(?:report|block)' +
    "|(?:it['\u2019]?s|that['\u2019]?s|they['\u2019]?re|is|are)\\s+not\\s+(?:him|her|me|us|them|the\\s+real|really\\s+(?:him|her|me|us|them))" +
    '|(?:beware|watch\\s+out\\s+for|be\\s+careful\\s+(?:of|with))\\s+(?:of\\s+)?(?:the\\s+)?(?:scam(?:mer)?s?|fakes?|fake\\s+\\p{L}+|impostors?|impersonators?|bots?)' +
    `|${CALLS_IT_A_SCAM}` +
    "|(?:i\\s+am|i['\u2019]?m|we\\s+are|we['\u2019]?re)\\s+not\\s+(?:doing|running|hosting|giving)\\s+(?:a|any)\\s+(?:giveaways?|contests?|promotions?|away)" +
    "|(?:will|would)\\s+never\\s+(?:ask|message|dm|contact)\\s+(?:you|anyone)" +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

// What a paid testimonial says around its "not everyone is a scammer" or "beware of fake
// brokers": someone helped, the writer made money, look them up, trust only them.
const ENDORSEMENT = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    'helped\\s+(?:me|us|my)|thanks\\s+to|(?:i|we)\\s+(?:made|earn|earned|received|got\\s+back)' +
    '|only\\s+(?:trust|real\\s+one)|the\\s+(?:right|real|only)\\s+(?:account\\s+manager|broker|one|expert|trader)' +
    "|(?<!(?:never|not|n't)\\s+(?:ask\\s+(?:you\\s+|anyone\\s+)?to\\s+)?)(?:look|find|message|contact)\\s+(?:him|her|them)" +
    '|not\\s+(?:every\\s*(?:one|body)|all)|haven\'?t\\s+found' +
    '|actually\\s+works|nothing\\s+to\\s+lose|link\\s+(?:below|in\\s+(?:my\\s+)?bio)' +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

/** Whether the draft warns about a scam, sending no one anywhere and praising no one itself. */
export function isScamWarning(analysis: Analysis): boolean {
  if (analysis.mentions.length > 0 || analysis.links.length > 0 || analysis.phones.length > 0) return false;
  return anySentence(analysis, WARNING) && !anySentence(analysis, ENDORSEMENT);
}
