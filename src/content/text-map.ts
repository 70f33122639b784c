/**
 * Reads an editor's text the way its model holds it (blocks joined by "\n") while
 * remembering which DOM text node each character came from, so a finding's
 * [start, end) offsets can be turned back into a DOM Range for highlighting and for
 * selecting the span a fix replaces. Read-only: it never touches the editor's DOM.
 */
import { changeBetween, type TextChange } from './edits.js';

export interface TextSegment {
  node: Text;
  /** Offsets of this node's characters in the extracted text. */
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  /** Text nodes in document order; synthetic "\n" between blocks belong to none. */
  segments: TextSegment[];
}

/**
 * Updates `map` in place after the text node of `segments[index]` changed its data to
 * `data`, and returns where the map's text changed (null when it did not). What `readText`
 * would now read, as long as only that node's data changed and it was and stays non-empty:
 * an empty text node adds nothing and can decide whether a `<br>` counts, so that case
 * must be read again in full. Typing a character is this case, and costs a few string
 * operations instead of a walk over the whole editor.
 */
export function replaceSegmentText(map: TextMap, index: number, data: string): TextChange | null {
  const segment = map.segments[index];
  if (!segment || data.length === 0 || segment.end <= segment.start) throw new Error('replaceSegmentText: only a non-empty segment can take non-empty text');
  const local = changeBetween(map.text.slice(segment.start, segment.end), data);
  if (!local) return null;
  map.text = map.text.slice(0, segment.start) + data + map.text.slice(segment.end);
  const delta = data.length - (segment.end - segment.start);
  segment.end += delta;
  for (let i = index + 1; i < map.segments.length; i++) {
    const later = map.segments[i]!;
    later.start += delta;
    later.end += delta;
  }
  // The edit as the node saw it: a diff of the whole text could slide it across a node boundary.
  return { start: segment.start + local.start, oldEnd: segment.start + local.oldEnd, newEnd: segment.start + local.newEnd };
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL',
]);

/** Editor chrome that is in the DOM but not in the text (Quill's list markers and cursor blot). */
function isDecoration(el: Element): boolean {
  return el.classList.contains('ql-ui') || el.classList.contains('ql-cursor') || el.tagName === 'STYLE' || el.tagName === 'SCRIPT';
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/**
 * A `<br>` that only keeps an empty or trailing line open (`<p><br></p>`, Lexical's
 * trailing `<br>`): nothing inline follows it before its block ends, so it adds no "\n".
 */
function isTrailingBreak(br: Element, root: Element): boolean {
  let node: Node = br;
  while (node !== root) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE) {
        if ((next as Text).data.length > 0) return false;
      } else if (next.nodeType === Node.ELEMENT_NODE) {
        const el = next as Element;
        if (isDecoration(el)) continue;
        if (isBlock(el)) return true;
        if (el.tagName === 'BR' || (el.textContent ?? '').length > 0) return false;
      }
    }
    const parent = node.parentNode;
    if (!parent || (parent.nodeType === Node.ELEMENT_NODE && isBlock(parent as Element))) return true;
    node = parent;
  }
  return true;
}

export function readText(root: Element): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastChar = '';
  // Set when a block ends: the next block or inline text starts on a new line. A break
  // still pending when the editor ends is dropped (no trailing "\n" for the last block).
  let pendingBreak = false;

  const push = (value: string, node: Text | null): void => {
    if (node) segments.push({ node, start: length, end: length + value.length });
    parts.push(value);
    length += value.length;
    lastChar = value[value.length - 1] ?? lastChar;
  };
  const flushBreak = (): void => {
    if (!pendingBreak) return;
    pendingBreak = false;
    push('\n', null);
  };

  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        flushBreak();
        push(data, child as Text);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (isDecoration(el)) continue;
      if (el.tagName === 'BR') {
        if (isTrailingBreak(el, root)) continue;
        flushBreak();
        push('\n', null);
        continue;
      }
      if (!isBlock(el)) {
        walk(el);
        continue;
      }
      // A block starts on a new line: after an ended block (even an empty one) or inline text.
      if (length > 0 && lastChar !== '\n') pendingBreak = true;
      flushBreak();
      walk(el);
      pendingBreak = true;
    }
  };

  walk(root);
  return { text: parts.join(''), segments };
}

/** Index of the first segment whose end is after `offset` (binary search). */
function firstEndingAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment whose start is before `offset`, or -1. */
function lastStartingBefore(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Where a range starting at `offset` begins: in the text node holding it, or the next one. */
export function startPoint(map: TextMap, offset: number): DomPoint | null {
  const seg = map.segments[firstEndingAfter(map.segments, offset)];
  if (!seg) return null;
  return { node: seg.node, offset: Math.max(0, offset - seg.start) };
}

/** Where a range ending at `offset` ends: in the text node holding the character before it. */
export function endPoint(map: TextMap, offset: number): DomPoint | null {
  const seg = map.segments[lastStartingBefore(map.segments, offset)];
  if (!seg) return null;
  return { node: seg.node, offset: Math.min(seg.end, offset) - seg.start };
}

/** True while every text node the map points at is still in the document. */
export function isCurrent(map: TextMap): boolean {
  return map.segments.every((seg) => seg.node.isConnected);
}

/**
 * The DOM boundary points of text [start, end), or null when the span holds no mapped
 * character (only synthetic line breaks) or the DOM moved on since the map was read.
 */
function domBounds(map: TextMap, start: number, end: number): { from: DomPoint; to: DomPoint } | null {
  if (end <= start) return null;
  const from = startPoint(map, start);
  const to = endPoint(map, end);
  if (!from || !to) return null;
  if (!from.node.isConnected || !to.node.isConnected) return null;
  return {
    from: { node: from.node, offset: Math.min(from.offset, from.node.length) },
    to: { node: to.node, offset: Math.min(to.offset, to.node.length) },
  };
}

/** A DOM Range over text [start, end), or null when there is none (see domBounds). */
export function domRange(map: TextMap, start: number, end: number): Range | null {
  const bounds = domBounds(map, start, end);
  if (!bounds) return null;
  const range = document.createRange();
  try {
    range.setStart(bounds.from.node, bounds.from.offset);
    range.setEnd(bounds.to.node, bounds.to.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

/**
 * True when `range` still spans text [start, end), or when there is no range to be had for
 * it and `range` is null. A live Range follows the edits made inside its text nodes, so
 * after a keystroke most marks need no new Range (and the browser no repaint of them).
 */
export function rangeCovers(range: AbstractRange | null, map: TextMap, start: number, end: number): boolean {
  // Rare (a span of synthetic line breaks only): no cheaper way to know it still has no range.
  if (!range) return domRange(map, start, end) === null;
  const bounds = domBounds(map, start, end);
  return (
    bounds !== null &&
    range.startContainer === bounds.from.node &&
    range.startOffset === bounds.from.offset &&
    range.endContainer === bounds.to.node &&
    range.endOffset === bounds.to.offset
  );
}

/** A collapsed DOM Range at `offset` (for inserting text): after the character before it. */
export function caretRange(map: TextMap, offset: number): Range | null {
  const point = offset > 0 ? endPoint(map, offset) : startPoint(map, 0);
  if (!point || !point.node.isConnected) return null;
  const range = document.createRange();
  range.setStart(point.node, Math.min(point.offset, point.node.length));
  range.collapse(true);
  return range;
}
