import { extractEntities, findEmoji, findMoney, findPercentages, findPhones } from './entities.js';
import { LruCache } from './lru.js';
import { addPronouns, emptyPronouns } from './pronouns.js';
import { analyseSegment, type SegmentAnalysis } from './sentence.js';
import { splitLines, splitSegments } from './segments.js';
import type { Analysis, Sentence, Token } from './types.js';

// Bounded so a long session of typing cannot grow memory without limit; a few
// thousand sentences covers many long drafts at once.
const segmentCache = new LruCache<string, SegmentAnalysis>(4000);

export interface AnalyseStats {
  segments: number;
  parsed: number;
}

let lastStats: AnalyseStats = { segments: 0, parsed: 0 };

/** How many segments the last analysis had, and how many of them had to be parsed. */
export function lastAnalyseStats(): AnalyseStats {
  return lastStats;
}

export function clearAnalysisCache(): void {
  segmentCache.clear();
}

export function analyse(text: string): Analysis {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const pronouns = emptyPronouns();
  let wordCount = 0;
  let parsed = 0;
  const segments = splitSegments(text);
  for (const segment of segments) {
    let seg = segmentCache.get(segment.text);
    if (!seg) {
      seg = analyseSegment(segment.text);
      segmentCache.set(segment.text, seg);
      parsed++;
    }
    const shifted = seg.tokens.map((t) => ({ ...t, start: t.start + segment.start, end: t.end + segment.start }));
    tokens.push(...shifted);
    sentences.push({
      ...segment,
      tokens: shifted,
      wordCount: seg.wordCount,
      isQuestion: seg.isQuestion,
      isImperative: seg.isImperative,
      pronouns: seg.pronouns,
    });
    addPronouns(pronouns, seg.pronouns);
    wordCount += seg.wordCount;
  }
  lastStats = { segments: segments.length, parsed };

  let letters = 0;
  let upperLetters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upperLetters++;
    }
  }

  const entities = extractEntities(text);
  return {
    text,
    lower: lowerSameLength(text),
    sentences,
    tokens,
    lines: splitLines(text),
    wordCount,
    pronouns,
    questions: sentences.filter((s) => s.isQuestion),
    imperatives: sentences.filter((s) => s.isImperative),
    ...entities,
    emoji: findEmoji(text),
    money: findMoney(text),
    percentages: findPercentages(text),
    phones: findPhones(text),
    letters,
    upperLetters,
  };
}

/**
 * toLowerCase can change length ("İ" becomes two code units), which would shift
 * every offset after it; keep such characters as they are.
 */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
