import twitter from 'twitter-text';
import type { LinkSpan, Span } from './types.js';

const CURRENCY_AMOUNT =
  /(?:(?:US|CA|AU|NZ)?[$£€¥₹]|\b(?:usd|eur|gbp|rs\.?|inr)\s?)\s?\d[\d,]{0,24}(?:\.\d+)?(?:\s?(?:k|m|bn|million|billion|thousand)\b)?|\b\d[\d,]{0,24}(?:\.\d+)?\s?(?:dollars?|pounds?|euros?|bucks|pence|cents?|usd|gbp|eur|p(?=\s?(?:\/|per|a)\s?(?:msg|min|minute|wk|week|txt|text|call)))\b/giu;
const PERCENTAGE = /\b\d+(?:[.,]\d+)?(?:\s?[-\u2013]\s?\d+(?:[.,]\d+)?)?\s?(?:%|percent\b|per cent\b)/giu;
// Seven or more digits, optionally grouped, not inside a word, money or a time.
const PHONE = /(?<![\p{L}\p{N}$£€.:/])\+?\(?\d[\d\s\-().]{5,18}\d(?![\p{L}\p{N}%:])/gu;
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*/gu;

export function findAll(pattern: RegExp, text: string, accept?: (match: string) => boolean): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (!accept || accept(m[0])) spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return spans;
}

function isPhoneLength(m: Span): boolean {
  const digits = m.text.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

export function findMoney(text: string): Span[] {
  return findAll(CURRENCY_AMOUNT, text);
}

export function findPercentages(text: string): Span[] {
  return findAll(PERCENTAGE, text);
}

export function findPhones(text: string): Span[] {
  return findAll(PHONE, text).filter(isPhoneLength);
}

/** Every match of each regex in a text, as findAll finds them. */
export type FindEach = (patterns: readonly RegExp[], text: string) => readonly (readonly Span[])[];

const NUMBER_PATTERNS: readonly RegExp[] = [CURRENCY_AMOUNT, PERCENTAGE, PHONE];

/**
 * Money, percentages and phone numbers together, the same as findMoney, findPercentages
 * and findPhones; the analysis passes a `findEach` that works sentence by sentence.
 */
export function findNumbers(text: string, findEach: FindEach = (patterns, t) => patterns.map((p) => findAll(p, t))): { money: Span[]; percentages: Span[]; phones: Span[] } {
  const [money, percentages, phones] = findEach(NUMBER_PATTERNS, text);
  return { money: [...money!], percentages: [...percentages!], phones: phones!.filter(isPhoneLength) };
}

export function findEmoji(text: string): Span[] {
  return findAll(EMOJI, text);
}

interface Entities {
  links: LinkSpan[];
  mentions: Span[];
  hashtags: Span[];
  cashtags: Span[];
  weightedLength: number;
}

/** X's own entity extraction, so what counts as a link or a tag matches what X shows. */
export function extractEntities(text: string): Entities {
  const span = (indices: [number, number]): Span => ({ start: indices[0], end: indices[1], text: text.slice(indices[0], indices[1]) });
  const links = twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: true }).map((u) => ({ ...span(u.indices), url: u.url }));
  const mentions = twitter.extractMentionsWithIndices(text).map((m) => span(m.indices));
  const hashtags = twitter.extractHashtagsWithIndices(text).map((h) => span(h.indices));
  const cashtags = twitter.extractCashtagsWithIndices(text).map((c) => span(c.indices));
  return { links, mentions, hashtags, cashtags, weightedLength: twitter.parseTweet(text).weightedLength };
}

/** What a segment contributes besides its parse; offsets relative to the segment. */
export interface SegmentFacts {
  links: LinkSpan[];
  mentions: Span[];
  hashtags: Span[];
  cashtags: Span[];
  emoji: Span[];
  letters: number;
  upperLetters: number;
}

/**
 * Links, mentions, hashtags, cashtags and emoji never contain white space, and a
 * segment always starts and ends at white space (or the ends of the text), which
 * twitter-text treats exactly like the start and end of its input. So extracting them
 * segment by segment finds the same spans as extracting them from the whole text, and
 * lets an edit re-extract only the segment it touched.
 */
/**
 * Entities and letter counts of one segment. `context` is the character before the
 * segment in the draft ('' at the start), which twitter-text reads to decide where an
 * entity may begin; it is prepended and the indices shifted back.
 */
export function segmentFacts(text: string, context = ''): SegmentFacts {
  const shift = context.length;
  const withContext = context + text;
  const spans = <T extends { indices: [number, number] }>(found: T[]): (T & Span)[] =>
    found
      .filter((f) => f.indices[0] >= shift)
      .map((f) => ({ ...f, start: f.indices[0] - shift, end: f.indices[1] - shift, text: text.slice(f.indices[0] - shift, f.indices[1] - shift) }));
  const plain = (s: Span): Span => ({ start: s.start, end: s.end, text: s.text });
  let letters = 0;
  let upperLetters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upperLetters++;
    }
  }
  return {
    links: spans(twitter.extractUrlsWithIndices(withContext, { extractUrlsWithoutProtocol: true })).map((u) => ({ ...plain(u), url: u.url })),
    mentions: spans(twitter.extractMentionsWithIndices(withContext)).map(plain),
    hashtags: spans(twitter.extractHashtagsWithIndices(withContext)).map(plain),
    cashtags: spans(twitter.extractCashtagsWithIndices(withContext)).map(plain),
    emoji: findEmoji(text),
    letters,
    upperLetters,
  };
}

/** X's weighted length, where a URL counts 23 and most CJK characters and emoji count 2. */
export function weightedLengthOf(text: string): number {
  return twitter.parseTweet(text).weightedLength;
}
