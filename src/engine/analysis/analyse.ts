import { findMoney, findPercentages, findPhones, segmentFacts, weightedLengthOf, type SegmentFacts } from './entities.js';
import { LruCache } from './lru.js';
import { addPronouns, emptyPronouns } from './pronouns.js';
import { analyseSegments, type SegmentAnalysis } from './sentence.js';
import { splitLines, splitSegments } from './segments.js';
import type { Analysis, LinkSpan, Sentence, Span, Token } from './types.js';

/** Everything cached for one segment's text, with offsets relative to the segment. */
interface CachedSegment {
  parse: SegmentAnalysis;
  facts: SegmentFacts;
}

// Bounded so a long session of typing cannot grow memory without limit; a few
// thousand sentences covers many long drafts at once.
const segmentCache = new LruCache<string, CachedSegment>(4000);

export interface AnalyseStats {
  segments: number;
  parsed: number;
}

let lastStats: AnalyseStats = { segments: 0, parsed: 0 };

/** How many segments the last analysis had, and how many of them had to be parsed. */
export function lastAnalyseStats(): AnalyseStats {
  return lastStats;
}

export function clearAnalysisCache(): void {
  segmentCache.clear();
}

/** The cached analysis of each segment, parsing all the missing ones in one batch. */
function segmentsOf(segments: readonly Span[]): CachedSegment[] {
  const found = segments.map((segment) => segmentCache.get(segment.text));
  // A sentence repeated in the draft is parsed once.
  const missing = [...new Set(segments.filter((_, i) => !found[i]).map((s) => s.text))];
  const fresh = new Map<string, CachedSegment>();
  analyseSegments(missing).forEach((parse, i) => {
    const text = missing[i]!;
    const cached = { parse, facts: segmentFacts(text) };
    fresh.set(text, cached);
    segmentCache.set(text, cached);
  });
  lastStats = { segments: segments.length, parsed: missing.length };
  return segments.map((segment, i) => found[i] ?? fresh.get(segment.text)!);
}

function shiftSpans<S extends Span>(into: S[], spans: readonly S[], by: number): void {
  for (const s of spans) into.push({ ...s, start: s.start + by, end: s.end + by });
}

export function analyse(text: string): Analysis {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const links: LinkSpan[] = [];
  const mentions: Span[] = [];
  const hashtags: Span[] = [];
  const cashtags: Span[] = [];
  const emoji: Span[] = [];
  const pronouns = emptyPronouns();
  let wordCount = 0;
  let letters = 0;
  let upperLetters = 0;
  const segments = splitSegments(text);
  const cached = segmentsOf(segments);
  segments.forEach((segment, i) => {
    const { parse, facts } = cached[i]!;
    const at = segment.start;
    const shifted: Token[] = [];
    for (const t of parse.tokens) shifted.push({ start: t.start + at, end: t.end + at, text: t.text, normal: t.normal, tags: t.tags });
    // A loop, not push(...shifted): one huge segment can hold more tokens than a call takes arguments.
    for (const t of shifted) tokens.push(t);
    sentences.push({
      ...segment,
      tokens: shifted,
      wordCount: parse.wordCount,
      isQuestion: parse.isQuestion,
      isImperative: parse.isImperative,
      pronouns: parse.pronouns,
    });
    addPronouns(pronouns, parse.pronouns);
    wordCount += parse.wordCount;
    shiftSpans(links, facts.links, at);
    shiftSpans(mentions, facts.mentions, at);
    shiftSpans(hashtags, facts.hashtags, at);
    shiftSpans(cashtags, facts.cashtags, at);
    shiftSpans(emoji, facts.emoji, at);
    letters += facts.letters;
    upperLetters += facts.upperLetters;
  });

  // twitter-text's weighted length costs as much as the rest of a re-lint and few
  // rules read it, so it is computed on first read.
  let weightedLength: number | undefined;
  return {
    text,
    lower: lowerSameLength(text),
    sentences,
    tokens,
    lines: splitLines(text),
    wordCount,
    pronouns,
    questions: sentences.filter((s) => s.isQuestion),
    imperatives: sentences.filter((s) => s.isImperative),
    links,
    mentions,
    hashtags,
    cashtags,
    emoji,
    // Money, percentages and phone numbers may span a line break ("$\n5"), so they are
    // matched on the whole text, not per segment.
    money: findMoney(text),
    percentages: findPercentages(text),
    phones: findPhones(text),
    letters,
    upperLetters,
    get weightedLength(): number {
      weightedLength ??= weightedLengthOf(text);
      return weightedLength;
    },
  };
}

/**
 * toLowerCase can change length ("İ" becomes two code units), which would shift
 * every offset after it; keep such characters as they are.
 */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
