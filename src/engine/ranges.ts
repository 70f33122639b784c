import type { Range } from './types.js';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` would cut a surrogate pair in two. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * Clamp a range into the text and widen it so it never splits a surrogate pair.
 * Rules compute offsets from regexes and token maps; this is the one place that
 * guarantees every range handed to a renderer is safe to slice.
 */
export function safeRange(text: string, start: number, end: number): Range {
  let s = Math.max(0, Math.min(Math.floor(Number.isFinite(start) ? start : 0), text.length));
  let e = Math.max(0, Math.min(Math.floor(Number.isFinite(end) ? end : text.length), text.length));
  if (e < s) [s, e] = [e, s];
  if (splitsSurrogatePair(text, s)) s -= 1;
  if (splitsSurrogatePair(text, e)) e += 1;
  return [s, e];
}

export function isValidRange(text: string, range: Range): boolean {
  const [s, e] = range;
  return (
    Number.isInteger(s) &&
    Number.isInteger(e) &&
    s >= 0 &&
    s <= e &&
    e <= text.length &&
    !splitsSurrogatePair(text, s) &&
    !splitsSurrogatePair(text, e)
  );
}

/** The range of the trimmed text, so draft-level findings do not underline blank space. */
export function trimmedRange(text: string, start = 0, end = text.length): Range {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return safeRange(text, s, e);
}
