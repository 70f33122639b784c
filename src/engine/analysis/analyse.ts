import { findNumbers, segmentFacts, weightedLengthOf, type SegmentFacts } from './entities.js';
import { GenerationCache } from './lru.js';
import { clearPhraseCache, findInSentences } from './phrase-cache.js';
import { addPronouns, emptyPronouns } from './pronouns.js';
import { analyseSegments, type SegmentAnalysis } from './sentence.js';
import { splitLines, splitSegments } from './segments.js';
import type { Analysis, LinkSpan, Sentence, Span, Token } from './types.js';

/** Everything cached for one segment's text, with offsets relative to the segment. */
interface CachedSegment {
  parse: SegmentAnalysis;
  facts: SegmentFacts;
  /** The segment with absolute offsets where it last stood; reused while it stays there. */
  placed?: PlacedSegment;
}

interface PlacedSegment {
  at: number;
  sentence: Sentence;
  links: LinkSpan[];
  mentions: Span[];
  hashtags: Span[];
  cashtags: Span[];
  emoji: Span[];
}

// Bounded so a long session of typing cannot grow memory without limit; a few
// thousand sentences covers many long drafts at once. A GenerationCache: every
// keystroke looks up every sentence, and a hit there costs one map lookup.
const segmentCache = new GenerationCache<string, CachedSegment>(4000);

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
  clearPhraseCache();
}

/**
 * twitter-text decides whether a link or tag starts by looking at the character
 * before it, so a segment's entities depend on what precedes it in the draft: at the
 * very start nothing, else white space (or, after a hard cut, the character cut
 * off). The cache key carries that context, so per-segment extraction matches
 * extraction over the whole text.
 */
function contextOf(text: string, segment: Span): string {
  if (segment.start === 0) return '';
  const before = text[segment.start - 1]!;
  return /\s/.test(before) ? ' ' : before;
}

/** The cached analysis of each segment, parsing all the missing ones in one batch. */
function segmentsOf(text: string, segments: readonly Span[]): CachedSegment[] {
  const keys = segments.map((segment) => `${contextOf(text, segment)}\u0000${segment.text}`);
  const found = keys.map((key) => segmentCache.get(key));
  // A sentence repeated in the draft is parsed once.
  const missing = [...new Set(keys.filter((_, i) => !found[i]))];
  const fresh = new Map<string, CachedSegment>();
  const split = missing.map((key) => {
    const at = key.indexOf('\u0000');
    return { context: key.slice(0, at), text: key.slice(at + 1) };
  });
  // The parse depends on the text alone, so a sentence met in two contexts is parsed once.
  const texts = [...new Set(split.map((m) => m.text))];
  const parses = analyseSegments(texts);
  const parseOf = new Map(texts.map((t, i) => [t, parses[i]!]));
  split.forEach(({ context, text: segmentText }, i) => {
    const key = missing[i]!;
    const cached = { parse: parseOf.get(segmentText)!, facts: segmentFacts(segmentText, context) };
    fresh.set(key, cached);
    segmentCache.set(key, cached);
  });
  lastStats = { segments: segments.length, parsed: texts.length };
  return keys.map((key, i) => found[i] ?? fresh.get(key)!);
}

// The cached analysis behind each placed sentence, whichever offset it was placed at.
const analysisOf = new WeakMap<Sentence, object>();

/**
 * An object that is the same for every placement of the same sentence analysis (same
 * text, same character before it), for caches of what follows from a sentence alone
 * that should survive the sentence moving when text is typed before it.
 */
export function sentenceKey(sentence: Sentence): object {
  return analysisOf.get(sentence) ?? sentence;
}

function shifted<S extends Span>(spans: readonly S[], by: number): S[] {
  return spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));
}

/**
 * The segment's sentence and spans at absolute offsets. Typing changes one segment
 * and leaves the others where they were (all of them when typing at the end), so the
 * objects built for the last position are kept and handed out again: the analyses
 * share them, which is safe because rules only read an analysis.
 */
function place(cached: CachedSegment, segment: Span): PlacedSegment {
  const at = segment.start;
  if (cached.placed?.at === at) return cached.placed;
  const { parse, facts } = cached;
  const tokens: Token[] = [];
  for (const t of parse.tokens) tokens.push({ start: t.start + at, end: t.end + at, text: t.text, normal: t.normal, tags: t.tags });
  cached.placed = {
    at,
    sentence: {
      start: segment.start,
      end: segment.end,
      text: segment.text,
      tokens,
      wordCount: parse.wordCount,
      isQuestion: parse.isQuestion,
      isImperative: parse.isImperative,
      pronouns: parse.pronouns,
    },
    links: shifted(facts.links, at),
    mentions: shifted(facts.mentions, at),
    hashtags: shifted(facts.hashtags, at),
    cashtags: shifted(facts.cashtags, at),
    emoji: shifted(facts.emoji, at),
  };
  analysisOf.set(cached.placed.sentence, cached);
  return cached.placed;
}

function pushAll<T>(into: T[], items: readonly T[]): void {
  // A loop, not push(...items): one huge segment can hold more items than a call takes arguments.
  for (const item of items) into.push(item);
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
  const cached = segmentsOf(text, segments);
  segments.forEach((segment, i) => {
    const segmentCached = cached[i]!;
    const placed = place(segmentCached, segment);
    const { sentence } = placed;
    pushAll(tokens, sentence.tokens);
    sentences.push(sentence);
    addPronouns(pronouns, sentence.pronouns);
    wordCount += sentence.wordCount;
    pushAll(links, placed.links);
    pushAll(mentions, placed.mentions);
    pushAll(hashtags, placed.hashtags);
    pushAll(cashtags, placed.cashtags);
    pushAll(emoji, placed.emoji);
    letters += segmentCached.facts.letters;
    upperLetters += segmentCached.facts.upperLetters;
  });

  // Each needs an ASCII digit.
  const numbers = /[0-9]/.test(text) ? findNumbers(text, (patterns) => findInSentences(sentences, patterns)) : undefined;
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
    // Money, percentages and phone numbers are found sentence by sentence, like phrases,
    // so a re-lint matches only the sentence that changed.
    money: numbers?.money ?? [],
    percentages: numbers?.percentages ?? [],
    phones: numbers?.phones ?? [],
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
