import type { Span } from '../../src/engine/analysis/types.js';

/**
 * Words the writer quotes from someone else: "Got this text today: 'Your parcel is held,
 * pay £1.99 at ...' Reporting it." Pitch words inside a quotation are reported speech,
 * not the writer's pitch, as long as the writer says something of their own around it.
 */

// Double quotes (straight, curly, guillemets), or single quotes that open after a space
// or colon and close before a space or punctuation; an apostrophe between letters
// ("it's", "don't") stays inside.
const QUOTATION =
  /["\u201c\u00ab]([^"\u201c\u201d\u00ab\u00bb\n]+)["\u201d\u00bb]|(?<![\p{L}\p{N}])['\u2018]((?:[^'\u2018\u2019\n]|(?<=\p{L})['\u2019](?=\p{L}))+)['\u2019](?![\p{L}\p{N}])/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Quotations long enough to be someone's words ("free solar panels", "SALE ENDS TONIGHT") rather than a name in quotes. */
export const MIN_QUOTED_WORDS = 3;
/** Words of the writer's own, outside the quotations, for them to count as quoted. */
export const MIN_OWN_WORDS = 4;

const wordsIn = (text: string) => text.match(WORD)?.length ?? 0;

/**
 * The quotations in `text` of at least MIN_QUOTED_WORDS words, when the writer's own
 * words outside them are at least MIN_OWN_WORDS; otherwise none (a draft that is only a
 * quotation is the writer's own message).
 */
export function reportedSpeech(text: string): Span[] {
  const quoted: Span[] = [];
  for (const m of text.matchAll(QUOTATION)) {
    if (wordsIn(m[1] ?? m[2] ?? '') >= MIN_QUOTED_WORDS) quoted.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (quoted.length === 0) return quoted;
  let outside = 0;
  let at = 0;
  for (const q of quoted) {
    outside += wordsIn(text.slice(at, q.start));
    at = q.end;
  }
  outside += wordsIn(text.slice(at));
  return outside >= MIN_OWN_WORDS ? quoted : [];
}

/** Whether `span` lies wholly inside one of `quoted`. */
export function insideQuotation(span: Span, quoted: readonly Span[]): boolean {
  return quoted.some((q) => span.start >= q.start && span.end <= q.end);
}
