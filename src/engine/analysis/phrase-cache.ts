import { matchPhrases } from '../phrases.js';
import { LruCache } from './lru.js';
import { RegexReach } from './regex-reach.js';
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

// Block matches by block text, then by regex; offsets relative to the block.
// Bounded like the segment cache: a few thousand sentences cover many long drafts.
const blockCache = new LruCache<string, Map<RegExp, readonly Span[]>>(4000);

const reaches = new WeakMap<RegExp, RegexReach | null>();

function reachOf(regex: RegExp): RegexReach | undefined {
  let reach = reaches.get(regex);
  if (reach === undefined) reaches.set(regex, (reach = RegexReach.of(regex) ?? null));
  return reach ?? undefined;
}

export function clearPhraseCache(): void {
  blockCache.clear();
}

function matchBlock(block: string, regex: RegExp): readonly Span[] {
  let byRegex = blockCache.get(block);
  if (!byRegex) blockCache.set(block, (byRegex = new Map()));
  let found = byRegex.get(regex);
  if (!found) byRegex.set(regex, (found = matchPhrases(block, regex)));
  return found;
}

/**
 * Every match of `regex` (global) in `text`, left to right, as `matchPhrases` (or
 * `findAll`) finds them on the whole text, found segment by segment. `segments` are
 * the text's segments in order, as analyse() cuts them: white space between them.
 */
export function findInSegments(text: string, segments: readonly Span[], regex: RegExp): Span[] {
  const blocks = blocksOf(text, segments, regex);
  if (!blocks) return matchPhrases(text, regex);
  const out: Span[] = [];
  for (const [start, end, single] of blocks) {
    const block = single ? single.text : text.slice(start, end);
    for (const m of matchBlock(block, regex)) out.push({ start: m.start + start, end: m.end + start, text: m.text });
  }
  return out;
}

/**
 * Where to cut the text for this regex: [start, end, the segment when a block is just
 * one], or undefined to match the whole text.
 */
function blocksOf(text: string, segments: readonly Span[], regex: RegExp): [number, number, Span | undefined][] | undefined {
  if (segments.length === 0) return undefined;
  // Analysed on first need: a draft of one sentence has no gap to decide on.
  let reach: RegexReach | undefined;
  const blocks: [number, number, Span | undefined][] = [];
  for (let i = 0; i < segments.length; ) {
    const start = segments[i]!.start;
    let j = i;
    // A block runs on while a read could cross into the next gap: the next segment
    // joins it, or the white space at the end of the text does. Segments cut apart
    // with no gap (a run too long for one) always stay together.
    let end = segments[j]!.end;
    for (;;) {
      const last = j + 1 === segments.length;
      const next = last ? text.length : segments[j + 1]!.start;
      if (next === end) {
        if (last) break;
      } else {
        reach ??= reachOf(regex);
        if (!reach) return undefined;
        if (!reach.crosses(text, start, end)) break;
        if (last) {
          end = text.length;
          break;
        }
      }
      j++;
      end = segments[j]!.end;
    }
    blocks.push([start, end, i === j && end === segments[i]!.end ? segments[i] : undefined]);
    i = j + 1;
  }
  // Text before the first segment (white space) is not in any block: a read starting
  // there would start in a gap, which a regex with an analysis cannot do.
  if (segments[0]!.start > 0) {
    reach ??= reachOf(regex);
    if (!reach) return undefined;
  }
  return blocks;
}

/** `findInSegments` over an analysis's sentences: the same matches as on its whole text. */
export function findPhrases(analysis: Analysis, regex: RegExp): Span[] {
  return findInSegments(analysis.text, analysis.sentences, regex);
}
