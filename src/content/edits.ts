import type { Edit } from '../engine/types.js';

/**
 * Small pure helpers over text offsets: what the page needs to keep marks in place while
 * the person types and to apply a fix. (The engine has its own; the page imports no engine code.)
 */

export interface TextChange {
  /** Where the old and new text start to differ. */
  start: number;
  /** End of the changed span in the old text. */
  oldEnd: number;
  /** End of the changed span in the new text. */
  newEnd: number;
}

/** The one span that differs between two texts (common prefix and suffix removed), or null. */
export function changeBetween(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair: back up over a shared high surrogate.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Where [start, end) of the old text is in the new text, or null when the change
 * touched it (then the mark waits for the next report instead of pointing at wrong text).
 */
export function shiftRange(range: readonly [number, number], change: TextChange): [number, number] | null {
  const [start, end] = range;
  if (end <= change.start) return [start, end];
  if (start >= change.oldEnd) {
    const delta = change.newEnd - change.oldEnd;
    return [start + delta, end + delta];
  }
  return null;
}

/** True when every edit fits the text and none overlap. */
export function editsFit(text: string, edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  let last = 0;
  for (const { range } of sorted) {
    const [start, end] = range;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < last || end < start || end > text.length) return false;
    last = end;
  }
  return true;
}

/** The text with the edits applied (edits must fit: see editsFit). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    out = out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1]);
  }
  return out;
}

/** An edit trimmed to the characters it really changes (fewer DOM nodes touched, same result). */
export function minimalEdit(text: string, edit: Edit): Edit {
  const [start, end] = edit.range;
  const change = changeBetween(text.slice(start, end), edit.text);
  if (!change) return { range: [start, start], text: '' };
  return { range: [start + change.start, start + change.oldEnd], text: edit.text.slice(change.start, change.newEnd) };
}
