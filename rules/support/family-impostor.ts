import { findPhrases } from '../../src/engine/analysis/phrase-cache.js';
import type { Analysis, Span } from '../../src/engine/analysis/types.js';
import { plausiblePhones } from './numbers.js';

/**
 * The "Hi Mum" scam: a stranger texts as the reader's child from a new number ("Hi Mum,
 * this is my new number, my phone broke. Can you text me on WhatsApp?") and asks for
 * money once the parent answers. Its shape: the draft opens by calling the reader Mum or
 * Dad (or says "it's Dad", "it's your son"), says the old phone is gone or asks in the
 * scam's words ("send £60 to this account, will explain later"), and gives no number (it
 * is sent from the new one). A child who really changed number gives it
 * ("Mum, my new number is 07700 ..."), and a warning about the scam does not open by
 * calling the reader Mum.
 */
// It opens by calling the reader Mum, Dad or a grandparent ("Hi Mum", "Ma it's me", "Hi
// Grandma"), or by naming the writer as one of the family ("Hey it's Dad", "Hi love, it's
// Mum", "it's your grandson").
const FAMILY = '(?:mum|mom|mam|ma|mammy|mummy|mommy|mama|mother|dad|daddy|pa|papa|father|grandma|gran|granny|nan|nana|nanna|grandad|granddad|grandpa)';
const OPENS_AS_FAMILY = new RegExp(
  '^[\\s\\p{P}\\p{S}]*(?:(?:hi|hey|hello|hiya|morning)[\\s,!.]+)?' +
    // "Hi love, it's Mum": a word of affection may come before the name.
    '(?:(?:love|darling|sweetheart|sweetie|hun|babe)[\\s,!.]+)?' +
    `(?:(?:it['\u2019]?s|this\\s+is)\\s+(?:your\\s+)?(?:${FAMILY}|son|daughter|grandson|granddaughter)|${FAMILY})(?![\\p{L}\\p{N}])`,
  'iu',
);

// The old phone is gone or this is another one: "my phone broke", "dropped my phone in
// the toilet", "this is my new number", "using a friend's phone", "call me on this
// number"; not the reader's "your new number". Or the ask that follows it: "send £60 to
// this account", "I'll explain later", "don't tell Dad". Matched sentence by sentence,
// like the phrase lists, so a re-lint reads only the sentence that changed.
const PHONE_GONE_OR_ASK =
  /(?<![\p{L}\p{N}])(?:(?<!(?:your|ur)\s+)(?:new|temp|temporary|other|spare)\s+(?:number|phone|mobile)|(?:a\s+)?(?:friend|mate)['\u2019]?s\s+(?:phone|mobile)|(?:using|borrowing|borrowed)\s+(?:a\s+)?(?:friend|mate|pal)['\u2019]?s|(?:on|at)\s+this\s+number|(?:to|into)\s+this\s+account|(?:i['\u2019]?ll|will)\s+explain\s+(?:it\s+)?later|(?:don['\u2019]?t|do\s+not)\s+tell\s+(?:mum|mom|dad|grandma|grandad|anyone)|(?:dropped|broke|broken|smashed|cracked|lost|damaged|drowned)\s+(?:my\s+)?(?:old\s+)?(?:phone|mobile)|(?:phone|mobile)(?:['\u2019]s)?\s+(?:broke|is\s+broken|broken|dead|smashed|died|is\s+dead|fell|got\s+(?:stolen|damaged|wet|broken)))(?![\p{L}\p{N}])/giu;

/** The opening and the words about the phone, when the draft has the scam's shape; else none. */
export function familyImpostor(analysis: Analysis): Span[] {
  const { text } = analysis;
  const opening = OPENS_AS_FAMILY.exec(text);
  if (!opening) return [];
  const gone = findPhrases(analysis, PHONE_GONE_OR_ASK)[0];
  if (!gone || plausiblePhones(analysis).length > 0) return [];
  const start = opening[0].length - opening[0].trimStart().length;
  return [
    { start, end: opening[0].length, text: opening[0].trimStart() },
    gone,
  ];
}
