import { sentenceKey } from './analyse.js';
import type { Analysis, Sentence, Span, Token } from './types.js';

const LETTER = /\p{L}/u;

/** Spans sorted by start, with the furthest end reached so far, for overlap queries in log time. */
interface SpanIndex {
  starts: number[];
  maxEnd: number[];
}

function indexSpans(spans: readonly Span[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const maxEnd: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) {
    furthest = Math.max(furthest, s.end);
    starts.push(s.start);
    maxEnd.push(furthest);
  }
  return { starts, maxEnd };
}

/** True when some span overlaps [start, end): a span that starts before `end` and ends after `start`. */
function overlapsAny(index: SpanIndex, start: number, end: number): boolean {
  // How many spans start before `end`.
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.starts[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.maxEnd[lo - 1]! > start;
}

// Several rules ask for the same analysis's own words; work them out once.
const memo = new WeakMap<Analysis, readonly Token[]>();
// Which of a sentence's tokens are own words, by its analysis (see sentenceKey): a
// re-lint works them out only for the sentence that changed.
const ownIndices = new WeakMap<object, readonly number[]>();

/** Entities (links, mentions, tags) that start in [start, end), from spans sorted by start. */
function within(spans: readonly Span[], start: number, end: number): Span[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < spans.length && spans[i]!.start < end; i++) out.push(spans[i]!);
  return out;
}

function ownIndicesOf(analysis: Analysis, sentence: Sentence): readonly number[] {
  const key = sentenceKey(sentence);
  let indices = ownIndices.get(key);
  if (!indices) {
    // Entities are found sentence by sentence, so those a sentence's tokens can
    // overlap start inside it.
    const { start, end } = sentence;
    const entities = indexSpans([
      ...within(analysis.links, start, end),
      ...within(analysis.mentions, start, end),
      ...within(analysis.hashtags, start, end),
      ...within(analysis.cashtags, start, end),
    ]);
    const found: number[] = [];
    sentence.tokens.forEach((t, i) => {
      if (t.end > t.start && LETTER.test(t.text) && !t.tags.has('Url') && !overlapsAny(entities, t.start, t.end)) found.push(i);
    });
    ownIndices.set(key, (indices = found));
  }
  return indices;
}

// A placed sentence keeps its own words while it stays where it is.
const placedWords = new WeakMap<Sentence, readonly Token[]>();

function ownWordsOf(analysis: Analysis): readonly Token[] {
  let words = memo.get(analysis);
  if (!words) {
    const found: Token[] = [];
    for (const sentence of analysis.sentences) {
      let own = placedWords.get(sentence);
      if (!own) {
        const { tokens } = sentence;
        own = ownIndicesOf(analysis, sentence).map((i) => tokens[i]!);
        placedWords.set(sentence, own);
      }
      for (const t of own) found.push(t);
    }
    memo.set(analysis, (words = found));
  }
  return words;
}

/**
 * The person's own words: tokens with a letter that are not part of a link,
 * mention, hashtag or cashtag. "Great read https://x.co #ai" has two.
 * Returns a new array each call, so a caller may sort or trim it.
 */
export function ownWords(analysis: Analysis): Token[] {
  return ownWordsOf(analysis).slice();
}

/** How many own words (see ownWords) the analysis has, without copying them. */
export function ownWordCount(analysis: Analysis): number {
  return ownWordsOf(analysis).length;
}
