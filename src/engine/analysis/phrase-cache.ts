import { matchPhrases } from '../phrases.js';
import { GenerationCache } from './lru.js';
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
  crossing?: Map<RegExp, number>;
}

// Bounded like the segment cache: a few thousand sentences cover many long drafts.
const segmentCache = new GenerationCache<string, SegmentEntry>(4000);
// Blocks of several segments (a phrase across a line break): rare, and kept apart.
const blockCache = new GenerationCache<string, Map<object, unknown>>(1000);
// Each analysis looks its segments up once, however many regexes the rules match.
const entriesOf = new WeakMap<readonly Span[], SegmentEntry[]>();

// By regex: its analysis, or null when it has none (matched on the whole text).
const reaches = new WeakMap<RegExp, RegexReach | null>();

// Analysing a regex costs about a microsecond per atom, more before the JIT has warmed
// up: tens of milliseconds for the largest lists. So a text analyses regexes of at most
// this much source (and at least one), and matches the rest on the whole text, which
// finds the same; the next lints analyse the rest. A one-off lint (the command line)
// never waits for analyses it does not need.
const ANALYSIS_BUDGET = 30_000;
let budgetOwner: object | undefined;
let budgetLeft = 0;

function reachOf(regex: RegExp, owner: object): RegexReach | undefined {
  const known = reaches.get(regex);
  if (known !== undefined) return known ?? undefined;
  if (budgetOwner !== owner) {
    budgetOwner = owner;
    budgetLeft = ANALYSIS_BUDGET;
  }
  if (regex.source.length > budgetLeft && budgetLeft < ANALYSIS_BUDGET) return undefined;
  budgetLeft -= regex.source.length;
  const reach = RegexReach.of(regex) ?? null;
  reaches.set(regex, reach);
  return reach ?? undefined;
}

/** Whether the regex waits for its analysis (see ANALYSIS_BUDGET). */
function pending(regex: RegExp): boolean {
  return !reaches.has(regex);
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
      if (!entry) segmentCache.set(segment.text, (entry = { values: new Map() }));
      return entry;
    });
    entriesOf.set(segments, found);
  }
  return found;
}

function crosses(reach: RegexReach, regex: RegExp, entry: SegmentEntry, text: string, segment: Span): boolean {
  const gap = text.charCodeAt(segment.end);
  const known = entry.crossing?.get(regex);
  if (known !== undefined && known >> 1 === gap) return (known & 1) === 1;
  const answer = reach.crosses(text, segment.start, segment.end);
  const crosses = (answer & CROSSES) !== 0;
  // Kept with the segment only when its own text decided it.
  if (!(answer & READ_BEFORE)) (entry.crossing ??= new Map()).set(regex, gap * 2 + (crosses ? 1 : 0));
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
  if (segments[0]!.start > 0 && !(reach = reachOf(regex, segments))) return undefined;
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
        reach ??= reachOf(regex, segments);
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

/**
 * What one segment holds for a list of regexes matched together (findPhraseGroups):
 * each regex's matches in the segment's text alone, and which regexes could read
 * across the gap after it.
 */
interface Bundle {
  /** By regex: matches in the segment's text alone, once worked out. */
  matches: (PlacedMatches | undefined)[];
  /** How many of `matches` are worked out. */
  known: number;
  /** The regexes with some match. */
  found: number[];
  /** The first character of the gap after the segment when `crossing` was worked out, or -1. */
  gap: number;
  /** Regexes that could read across that gap. */
  crossing: number[];
  /** Regexes whose answer took text before the segment: asked again on every lint. */
  recheck: number[];
}

// Gap codes besides a character code: segments cut apart with no white space, and the end of the text.
const NO_GAP = -2;
const END = -3;

function bundleOf(entry: SegmentEntry, regexes: readonly RegExp[]): Bundle {
  let bundle = entry.values.get(regexes) as Bundle | undefined;
  if (!bundle) {
    bundle = { matches: regexes.map(() => undefined), known: 0, found: [], gap: -1, crossing: [], recheck: [] };
    entry.values.set(regexes, bundle);
  }
  return bundle;
}

function setMatches(bundle: Bundle, r: number, placed: PlacedMatches): void {
  // A sentence that occurs twice in a draft shares one bundle: work it out once.
  if (bundle.matches[r]) return;
  bundle.matches[r] = placed;
  bundle.known++;
  if (placed !== NO_MATCHES) bundle.found.push(r);
}

/** A block of segments first..last, [start, end) in the text. */
interface Run {
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * `findInSegments` for several regexes at once: what each finds, in the order given.
 * A re-lint then does a little work per sentence for the whole list, not per regex:
 * each sentence keeps which of the regexes match in it and which could read past it.
 * Pass the same array on every call (it is the cache key); results are shared, read only.
 */
export function findAllInSegments(text: string, segments: readonly Span[], regexes: readonly RegExp[]): Span[][] {
  if (segments.length === 0) return regexes.map((regex) => matchPhrases(text, regex));
  const bundles = entries(segments).map((entry) => bundleOf(entry, regexes));
  // Regexes to match the careful way here: without an analysis, or where segments
  // were cut apart with no gap.
  const careful = new Set<number>();
  let analysed = false;
  const needAnalyses = () => {
    if (!analysed) regexes.forEach((regex, r) => reachOf(regex, segments) || careful.add(r));
    analysed = true;
  };
  if (segments[0]!.start > 0) needAnalyses();
  // By regex: the segments after which it could read into the gap, so the block runs on.
  const crossAt: (Set<number> | undefined)[] = [];
  const crossesAfter = (r: number, i: number) => (crossAt[r] ??= new Set()).add(i);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const bundle = bundles[i]!;
    const next = i + 1 < segments.length ? segments[i + 1]!.start : text.length;
    const gap = next > segment.end ? text.charCodeAt(segment.end) : i + 1 < segments.length ? NO_GAP : END;
    if (gap === END) continue;
    if (gap === NO_GAP) {
      regexes.forEach((_, r) => careful.add(r));
      break;
    }
    needAnalyses();
    if (bundle.gap !== gap) {
      let waiting = false;
      bundle.crossing = [];
      bundle.recheck = [];
      regexes.forEach((regex, r) => {
        const reach = reachOf(regex, segments);
        if (!reach) {
          waiting ||= pending(regex);
          return;
        }
        const answer = reach.crosses(text, segment.start, segment.end);
        if (answer & READ_BEFORE) bundle.recheck.push(r);
        else if (answer & CROSSES) bundle.crossing.push(r);
      });
      // Kept only once every regex could be asked.
      bundle.gap = waiting ? -1 : gap;
    }
    for (const r of bundle.crossing) crossesAfter(r, i);
    for (const r of bundle.recheck) if (reachOf(regexes[r]!, segments)!.crosses(text, segment.start, segment.end) & CROSSES) crossesAfter(r, i);
  }
  const complete = bundles.every((bundle) => bundle.known === regexes.length);
  const out: Span[][] = regexes.map(() => []);
  regexes.forEach((regex, r) => {
    if (careful.has(r)) {
      out[r] = findInSegments(text, segments, regex);
      return;
    }
    const at = crossAt[r];
    if (!at) {
      // Every block is one segment: the common case, read from the bundles below.
      if (!complete) {
        fillSegments(text, segments, bundles, regex, r);
        // Only when a match crossed a segment, which the analysis rules out.
        if (bundles.some((bundle) => !bundle.matches[r])) {
          careful.add(r);
          out[r] = findInSegments(text, segments, regex);
        }
      }
      return;
    }
    const runs: Run[] = [];
    for (let i = 0; i < segments.length; ) {
      let j = i;
      while (j + 1 < segments.length && at.has(j)) j++;
      const end = j + 1 === segments.length && at.has(j) ? text.length : segments[j]!.end;
      runs.push({ first: i, last: j, start: segments[i]!.start, end });
      i = j + 1;
    }
    out[r] = matchRuns(text, segments, bundles, runs, regex, r);
  });
  bundles.forEach((bundle, i) => {
    for (const r of bundle.found) if (!careful.has(r) && !crossAt[r]) for (const m of absolute(bundle.matches[r]!, segments[i]!.start)) out[r]!.push(m);
  });
  return out;
}

/** Works out regex r in every segment whose bundle lacks it (each segment a block of its own). */
function fillSegments(text: string, segments: readonly Span[], bundles: readonly Bundle[], regex: RegExp, r: number): void {
  const runs: Run[] = [];
  bundles.forEach((bundle, i) => {
    if (!bundle.matches[r]) runs.push({ first: i, last: i, start: segments[i]!.start, end: segments[i]!.end });
  });
  if (runs.length > 0) fillRuns(text, segments, bundles, runs, regex, r);
}

/** The cache for a run of several segments: by the run's text, then by regex. */
function runValues(text: string, run: Run): Map<object, unknown> {
  const runText = text.slice(run.start, run.end);
  let values = blockCache.get(runText);
  if (!values) blockCache.set(runText, (values = new Map()));
  return values;
}

/**
 * Matches regex r in runs not cached yet and caches them: in one run over the whole
 * text when they are much of it (a new draft, a paste), else run by run.
 */
function fillRuns(text: string, segments: readonly Span[], bundles: readonly Bundle[], runs: readonly Run[], regex: RegExp, r: number): void {
  const store = (run: Run, placed: PlacedMatches) => {
    if (run.first === run.last && run.end === segments[run.first]!.end) setMatches(bundles[run.first]!, r, placed);
    else runValues(text, run).set(regex, placed);
  };
  let missing = 0;
  for (const run of runs) missing += run.end - run.start;
  if (missing * 4 <= text.length) {
    for (const run of runs) store(run, placedOf(matchPhrases(text.slice(run.start, run.end), regex)));
    return;
  }
  const all = matchPhrases(text, regex);
  let k = 0;
  // Matches before the first run belong to runs already cached; skip them.
  const found: (Span[] | undefined)[] = [];
  for (let n = 0; n < runs.length; n++) {
    const { start, end } = runs[n]!;
    for (; k < all.length && all[k]!.start < start; k++) if (all[k]!.end > start) return;
    while (k < all.length && all[k]!.start < end) {
      const m = all[k++]!;
      // Cannot happen when the reach analysis is right; then cache nothing.
      if (m.end > end) return;
      (found[n] ??= []).push({ start: m.start - start, end: m.end - start, text: m.text });
    }
  }
  runs.forEach((run, n) => store(run, found[n] ? placedOf(found[n]) : NO_MATCHES));
}

/** Regex r over runs of segments (some of several): each run's matches, from the cache where they are. */
function matchRuns(text: string, segments: readonly Span[], bundles: readonly Bundle[], runs: readonly Run[], regex: RegExp, r: number): Span[] {
  const isSegment = (run: Run) => run.first === run.last && run.end === segments[run.first]!.end;
  const lookup = (run: Run) => (isSegment(run) ? bundles[run.first]!.matches[r] : (runValues(text, run).get(regex) as PlacedMatches | undefined));
  const missing = runs.filter((run) => !lookup(run));
  if (missing.length > 0) fillRuns(text, segments, bundles, missing, regex, r);
  const out: Span[] = [];
  for (const run of runs) {
    const placed = lookup(run);
    // Only when a match crossed a run, which the analysis rules out: then the careful way.
    if (!placed) return findInSegments(text, segments, regex);
    for (const m of absolute(placed, run.start)) out.push(m);
  }
  return out;
}

const groupResults = new WeakMap<readonly Span[], Map<readonly RegExp[], Span[][]>>();

/**
 * `findAllInSegments` over an analysis's sentences, worked out once per analysis and
 * list: rules that share a list (spaced-out links) share the work. Read only.
 */
export function findPhraseGroups(analysis: Analysis, regexes: readonly RegExp[]): readonly (readonly Span[])[] {
  let byList = groupResults.get(analysis.sentences);
  if (!byList) groupResults.set(analysis.sentences, (byList = new Map()));
  let found = byList.get(regexes);
  if (!found) byList.set(regexes, (found = findAllInSegments(analysis.text, analysis.sentences, regexes)));
  return found;
}

/** `findInSegments` over an analysis's sentences: the same matches as on its whole text. */
export function findPhrases(analysis: Analysis, regex: RegExp): Span[] {
  return findInSegments(analysis.text, analysis.sentences, regex);
}

/**
 * `compute` applied to each sentence's text, cached by the text: for work a rule does
 * sentence by sentence. `compute` must depend on the text alone and be the same
 * function on every call (it is the cache key), and must not return undefined.
 */
export function mapSentences<T>(analysis: Analysis, compute: (text: string) => T): T[] {
  const { sentences } = analysis;
  return entries(sentences).map((entry, i) => {
    let value = entry.values.get(compute) as T | undefined;
    if (value === undefined) entry.values.set(compute, (value = compute(sentences[i]!.text)));
    return value;
  });
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
