import { matchPhrases } from '../phrases.js';
import { LruCache } from './lru.js';
import { CROSSES, READ_BEFORE, RegexReach } from './regex-reach.js';
import type { Analysis, Span } from './types.js';

/**
 * Phrase matching that a re-lint pays for only where the text changed.
 *
 * Rules match many phrase lists against the whole draft on every keystroke, which cost
 * more than the rest of a re-lint. Here a regex is matched block by block, a block
 * being a segment of the analysis (or a few, where the regex could read across the
 * white space between them: see regex-reach.ts), and each block's matches are cached
 * by its text. The result is exactly what matching the whole text gives; a regex the
 * analysis cannot vouch for is matched on the whole text.
 */

interface PlacedMatches {
  /** Offsets relative to the segment. */
  relative: readonly Span[];
  /** The same at absolute offsets where the segment last stood, kept while it stays there. */
  at: number;
  absolute: readonly Span[];
}

/** What is cached for one segment's text. */
interface SegmentEntry {
  /** By regex, its matches; by function, what it computed from the text. */
  values: Map<object, unknown>;
  /**
   * By regex: whether a read crosses from the end of the segment into the gap after
   * it, for a gap starting with a given character: its code times two, plus one if so.
   */
  crossing: Map<RegExp, number>;
}

// Bounded like the segment cache: a few thousand sentences cover many long drafts.
const segmentCache = new LruCache<string, SegmentEntry>(4000);
// Blocks of several segments (a phrase across a line break): rare, and kept apart.
const blockCache = new LruCache<string, Map<object, unknown>>(1000);
// Each analysis looks its segments up once, however many regexes the rules match.
const entriesOf = new WeakMap<readonly Span[], SegmentEntry[]>();

const reaches = new WeakMap<RegExp, RegexReach | null>();

function reachOf(regex: RegExp): RegexReach | undefined {
  let reach = reaches.get(regex);
  if (reach === undefined) reaches.set(regex, (reach = RegexReach.of(regex) ?? null));
  return reach ?? undefined;
}

export function clearPhraseCache(): void {
  segmentCache.clear();
  blockCache.clear();
}

function entries(segments: readonly Span[]): SegmentEntry[] {
  let found = entriesOf.get(segments);
  if (!found) {
    found = segments.map((segment) => {
      let entry = segmentCache.get(segment.text);
      if (!entry) segmentCache.set(segment.text, (entry = { values: new Map(), crossing: new Map() }));
      return entry;
    });
    entriesOf.set(segments, found);
  }
  return found;
}

function crosses(reach: RegexReach, regex: RegExp, entry: SegmentEntry, text: string, segment: Span): boolean {
  const gap = text.charCodeAt(segment.end);
  const known = entry.crossing.get(regex);
  if (known !== undefined && known >> 1 === gap) return (known & 1) === 1;
  const answer = reach.crosses(text, segment.start, segment.end);
  const crosses = (answer & CROSSES) !== 0;
  // Kept with the segment only when its own text decided it.
  if (!(answer & READ_BEFORE)) entry.crossing.set(regex, gap * 2 + (crosses ? 1 : 0));
  return crosses;
}

/** A block of the text: [start, end), and the segment and its entry when the block is one segment. */
interface Block {
  start: number;
  end: number;
  segment?: Span;
  entry?: SegmentEntry;
}

/**
 * Where to cut the text for this regex, or undefined to match the whole text. A block
 * runs on while a read could cross into the next gap: the next segment joins it, or
 * the white space at the end of the text does. Segments cut apart with no gap (a run
 * too long for one) always stay together.
 */
function blocksOf(text: string, segments: readonly Span[], regex: RegExp): Block[] | undefined {
  if (segments.length === 0) return undefined;
  // Analysed on first need: a draft of one sentence has no gap to decide on.
  let reach: RegexReach | undefined;
  // Text before the first segment (white space) is in no block: a read starting there
  // would start in a gap, which no regex with an analysis can do.
  if (segments[0]!.start > 0 && !(reach = reachOf(regex))) return undefined;
  const cached = entries(segments);
  const blocks: Block[] = [];
  for (let i = 0; i < segments.length; ) {
    let j = i;
    for (;;) {
      const last = j + 1 === segments.length;
      const segment = segments[j]!;
      const next = last ? text.length : segments[j + 1]!.start;
      if (next === segment.end) {
        if (last) break;
      } else {
        reach ??= reachOf(regex);
        if (!reach) return undefined;
        if (!crosses(reach, regex, cached[j]!, text, segment)) break;
        if (last) {
          blocks.push({ start: segments[i]!.start, end: text.length });
          return blocks;
        }
      }
      j++;
    }
    blocks.push(i === j ? { start: segments[i]!.start, end: segments[i]!.end, segment: segments[i], entry: cached[i] } : { start: segments[i]!.start, end: segments[j]!.end });
    i = j + 1;
  }
  return blocks;
}

function textOf(block: Block, text: string): string {
  return block.segment ? block.segment.text : text.slice(block.start, block.end);
}

function blockValues(block: Block, text: string): Map<object, unknown> {
  if (block.entry) return block.entry.values;
  const blockText = textOf(block, text);
  let values = blockCache.get(blockText);
  if (!values) blockCache.set(blockText, (values = new Map()));
  return values;
}

/**
 * Every match of `regex` (global, with the `u` flag to be analysed) in `text`, left to
 * right, exactly as `matchPhrases` (or `findAll`) finds them on the whole text, found
 * segment by segment. `segments` are the text's segments in order, as analyse() cuts
 * them: white space between them.
 */
export function findInSegments(text: string, segments: readonly Span[], regex: RegExp): Span[] {
  const blocks = blocksOf(text, segments, regex);
  if (!blocks) return matchPhrases(text, regex);
  const values = blocks.map((block) => blockValues(block, text));
  let missing = 0;
  blocks.forEach((block, i) => {
    if (!values[i]!.has(regex)) missing += block.end - block.start;
  });
  // A new draft (or a paste) leaves most blocks to match: one run over the whole text
  // costs less than a call per block, and gives each block its matches just the same.
  if (missing * 4 > text.length) return fillFromWholeText(text, blocks, values, regex);
  const out: Span[] = [];
  blocks.forEach((block, i) => {
    let placed = values[i]!.get(regex) as PlacedMatches | undefined;
    if (!placed) values[i]!.set(regex, (placed = placedOf(matchPhrases(textOf(block, text), regex))));
    for (const m of absolute(placed, block.start)) out.push(m);
  });
  return out;
}

// Most blocks match nothing: they share one record.
const NO_MATCHES: PlacedMatches = Object.freeze({ relative: [], at: 0, absolute: [] });

function placedOf(relative: readonly Span[]): PlacedMatches {
  return relative.length === 0 ? NO_MATCHES : { relative, at: Number.NaN, absolute: [] };
}

function absolute(placed: PlacedMatches, at: number): readonly Span[] {
  if (placed.at !== at && placed !== NO_MATCHES) {
    placed.absolute = placed.relative.map((m) => ({ start: m.start + at, end: m.end + at, text: m.text }));
    placed.at = at;
  }
  return placed.absolute;
}

/** The whole text's matches, cached block by block for the blocks that had none cached. */
function fillFromWholeText(text: string, blocks: readonly Block[], values: readonly Map<object, unknown>[], regex: RegExp): Span[] {
  const all = matchPhrases(text, regex);
  const fresh: (PlacedMatches | undefined)[] = [];
  let k = 0;
  for (let i = 0; i < blocks.length; i++) {
    const { start, end } = blocks[i]!;
    const inside: Span[] = [];
    while (k < all.length && all[k]!.start < end) {
      const m = all[k++]!;
      // Cannot happen when the reach analysis is right; then cache nothing.
      if (m.start < start || m.end > end) return all;
      inside.push({ start: m.start - start, end: m.end - start, text: m.text });
    }
    fresh.push(values[i]!.has(regex) ? undefined : placedOf(inside));
  }
  if (k < all.length) return all;
  fresh.forEach((placed, i) => {
    if (placed) values[i]!.set(regex, placed);
  });
  return all;
}

/** `findInSegments` over an analysis's sentences: the same matches as on its whole text. */
export function findPhrases(analysis: Analysis, regex: RegExp): Span[] {
  return findInSegments(analysis.text, analysis.sentences, regex);
}

export interface BlockValue<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * `compute` applied to each block that `regex` cuts the analysis into, cached by the
 * block's text: for work done word by word that a re-lint should do only where the
 * text changed. The regex says what `compute` reads (blocks never split one of its
 * matches, nor the white space around it that it looks at); `compute` must depend on
 * the block's text alone and be the same function on every call, which is the key it
 * is cached under. A regex without an analysis gives one block, the whole text.
 */
export function mapBlocks<T>(analysis: Analysis, regex: RegExp, compute: (text: string) => T): BlockValue<T>[] {
  const { text } = analysis;
  const blocks = blocksOf(text, analysis.sentences, regex);
  if (!blocks) return [{ start: 0, end: text.length, value: compute(text) }];
  return blocks.map((block) => {
    const values = blockValues(block, text);
    let value = values.get(compute) as T | undefined;
    if (value === undefined) {
      value = compute(textOf(block, text));
      values.set(compute, value);
    }
    return { start: block.start, end: block.end, value };
  });
}
