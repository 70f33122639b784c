import type { Span } from './types.js';

/**
 * Cheap sentence segmentation, done without the NLP library so that an edit only
 * re-parses the segments it touched. A segment ends at a line break or after
 * terminal punctuation (and closing quotes or brackets) followed by white space.
 *
 * A hand-written scan rather than a regex: a regex with a lookahead after `[.!?]+`
 * backtracks quadratically on a flood of marks with no space (100,000 "!" took 38 s).
 */
const TERMINALS = new Set(['.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);

/**
 * The NLP library slows down more than linearly on one huge run of text without
 * sentence breaks (a pasted wall of marks or one endless sentence), so no segment is
 * longer than this; a longer run is cut at its last white space before the limit.
 */
export const MAX_SEGMENT_LENGTH = 1000;

// Where a segment may end: a line break or a terminal. Found by the regex engine (a
// class, so nothing to backtrack), which skips the characters in between far faster
// than a loop over each of them: this scan runs on every keystroke.
const BREAK_OR_TERMINAL = /[\n.!?\u2026\u3002\uff01\uff1f]/g;

export function splitSegments(text: string): Span[] {
  const segments: Span[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    BREAK_OR_TERMINAL.lastIndex = i;
    const next = BREAK_OR_TERMINAL.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text[i]!;
    if (ch === '\n') {
      push(text, segments, start, i);
      while (i < text.length && text[i] === '\n') i++;
      start = i;
      continue;
    }
    if (TERMINALS.has(ch)) {
      let j = i;
      while (j < text.length && TERMINALS.has(text[j]!)) j++;
      while (j < text.length && CLOSERS.has(text[j]!)) j++;
      if (j < text.length && isSpace(text.charCodeAt(j)) && !(j === i + 1 && ch === '.' && abbreviationEnds(text, i))) {
        push(text, segments, start, j);
        start = j;
      }
      // Resume after the run: every character is looked at once.
      i = j;
      continue;
    }
    i++;
  }
  push(text, segments, start, text.length);
  return segments;
}

// Titles and initials end in a full stop that ends no sentence: "Mr. Grady", "Dr. Ezomo",
// "J. K. Rowling", "P.O. Box". Phrases are matched sentence by sentence, so a cut there
// would part "Mr." from the name after it.
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'vs']);

/** Whether the full stop at `dot` closes a title or an initial rather than a sentence. */
function abbreviationEnds(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && start > dot - 5 && /\p{L}/u.test(text[start - 1]!)) start--;
  if (start === dot || (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!))) return false;
  const word = text.slice(start, dot);
  return TITLES.has(word.toLowerCase()) || (word.length === 1 && word !== word.toLowerCase());
}

function push(text: string, segments: Span[], s: number, e: number): void {
  let a = s;
  let b = e;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  while (b - a > MAX_SEGMENT_LENGTH) {
    const cut = cutPoint(text, a, a + MAX_SEGMENT_LENGTH);
    segments.push({ start: a, end: cut, text: text.slice(a, cut) });
    a = cut;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
  }
  if (b > a) segments.push({ start: a, end: b, text: text.slice(a, b) });
}

/** The last white space after `from` and before `limit`, else `limit` moved off a surrogate pair's middle. */
function cutPoint(text: string, from: number, limit: number): number {
  for (let k = limit; k > from + MAX_SEGMENT_LENGTH / 2; k--) if (isSpace(text.charCodeAt(k))) return k;
  const low = text.charCodeAt(limit);
  return low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0x2028 || code === 0x2029;
}

export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    lines.push({ start, end: i, text: text.slice(start, i) });
    start = i + 1;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}
