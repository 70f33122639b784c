import type { Analysis, Span, Token } from './types.js';

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

/**
 * The person's own words: tokens with a letter that are not part of a link,
 * mention, hashtag or cashtag. "Great read https://x.co #ai" has two.
 * Returns a new array each call, so a caller may sort or trim it.
 */
export function ownWords(analysis: Analysis): Token[] {
  let words = memo.get(analysis);
  if (!words) {
    const entities = indexSpans([...analysis.links, ...analysis.mentions, ...analysis.hashtags, ...analysis.cashtags]);
    words = analysis.tokens.filter((t) => t.end > t.start && LETTER.test(t.text) && !t.tags.has('Url') && !overlapsAny(entities, t.start, t.end));
    memo.set(analysis, words);
  }
  return [...words];
}
