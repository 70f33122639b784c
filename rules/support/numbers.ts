import type { Analysis, Span } from '../../src/engine/analysis/types.js';

// "2.126.521.750 views", "1000000000 views": counts, not phone numbers.
const THOUSANDS = /^\d{1,3}(?:[.,\s]\d{3}){2,}$/;
const COUNT_AFTER =
  /^\s*(?:views?|wiews|veiws|vues|subs|subscribers?|likes?|dislikes?|people|persons|times|comments?|hits|plays|streams|followers?|years?|users?|accounts?|members?|dollars?|euros?|pounds?|downloads?)(?![\p{L}\p{N}])/iu;

/** Phone numbers that are not really counts ("2,124,923,004 views"). */
export function plausiblePhones(analysis: Analysis): Span[] {
  const { text } = analysis;
  return analysis.phones.filter((p) => !THOUSANDS.test(p.text.trim()) && !COUNT_AFTER.test(text.slice(p.end, p.end + 24)));
}
