import type { Span } from './types.js';

/**
 * Cheap sentence segmentation, done without the NLP library so that an edit only
 * re-parses the segments it touched. A segment ends at a line break or after
 * terminal punctuation followed by white space.
 */
const SEGMENT_END = /[.!?\u2026\u3002\uff01\uff1f]+["'\u201d\u2019)\]]*(?=\s)|\n+/g;

export function splitSegments(text: string): Span[] {
  const segments: Span[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) segments.push({ start: a, end: b, text: text.slice(a, b) });
  };
  SEGMENT_END.lastIndex = 0;
  for (let m = SEGMENT_END.exec(text); m; m = SEGMENT_END.exec(text)) {
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return segments;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0x2028 || code === 0x2029;
}

export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}
