import { clearLowerCaseCache, matchPhrases, testPhrase } from '../phrases.js';
import { GenerationCache, LONGEST_CACHED_TEXT } from './lru.js';
import type { Analysis, Span } from './types.js';

/**
 * Phrase matching that a re-lint pays for only where the text changed.
 *
 * Rules match many phrase lists against the draft on every keystroke. A phrase is
 * matched sentence by sentence (the analysis's segments: a line, or a sentence ending in
 * a full stop, a question or an exclamation mark), never across two, and each sentence
 * keeps what was worked out from its text. A re-lint then matches only the sentence
 * that changed; every other sentence's matches are looked up and moved to where the
 * sentence now stands. The few patterns that must read across a sentence's end (an
 * address spaced out as "site . com") are matched line by line the same way.
 */

/** What is cached for one sentence's text: by regex list or function, what it gave. */
type SentenceValues = Map<object, unknown>;

// Bounded like the analysis's own cache: a few thousand sentences cover many long drafts.
const sentenceCache = new GenerationCache<string, SentenceValues>(4000);
const lineCache = new GenerationCache<string, SentenceValues>(1000);
// Each analysis looks its sentences up once, however many lists the rules match.
const valuesOf = new WeakMap<readonly Span[], SentenceValues[]>();

export function clearPhraseCache(): void {
  sentenceCache.clear();
  lineCache.clear();
  clearLowerCaseCache();
}

function sentenceValues(sentences: readonly Span[], cache: GenerationCache<string, SentenceValues>): SentenceValues[] {
  let found = valuesOf.get(sentences);
  if (!found) {
    found = sentences.map((sentence) => {
      let values = cache.get(sentence.text);
      if (!values) {
        values = new Map();
        // A line of a draft with no line break can be the whole draft (see LONGEST_CACHED_TEXT).
        if (sentence.text.length <= LONGEST_CACHED_TEXT) cache.set(sentence.text, values);
      }
      return values;
    });
    valuesOf.set(sentences, found);
  }
  return found;
}

/** One sentence's matches for a list: offsets relative to the sentence, and where they were last placed. */
interface SentenceMatches {
  relative: readonly (readonly Span[])[];
  at: number;
  absolute: readonly (readonly Span[])[];
}

function place(matches: SentenceMatches, at: number): readonly (readonly Span[])[] {
  if (matches.at !== at) {
    matches.absolute = matches.relative.map((spans) => (spans.length === 0 ? spans : spans.map((m) => ({ start: m.start + at, end: m.end + at, text: m.text }))));
    matches.at = at;
  }
  return matches.absolute;
}

/** Every match of each regex in each of `spans` (sentences or lines), matched on its own text and cached in `cache`. */
function matchEach(spans: readonly Span[], regexes: readonly RegExp[], cache: GenerationCache<string, SentenceValues>): Span[][] {
  // A draft of white space alone has no sentence; nothing in it can match a phrase.
  const out: Span[][] = regexes.map(() => []);
  const values = sentenceValues(spans, cache);
  // A sentence repeated in the draft shares its cached values, so it is matched once.
  const seen = new Set<SentenceValues>();
  const missing = spans.flatMap((_, i) => {
    const v = values[i]!;
    if (v.has(regexes) || seen.has(v)) return [];
    seen.add(v);
    return [i];
  });
  if (missing.length > 0) {
    // One regex over every sentence that needs it, then the next: a list's regexes are
    // large compiled programs, and running each on all the sentences while it is in the
    // processor's cache took a third less time than running every regex on one sentence.
    const relative = missing.map(() => [] as Span[][]);
    for (const regex of regexes) missing.forEach((i, k) => relative[k]!.push(matchPhrases(spans[i]!.text, regex)));
    missing.forEach((i, k) => values[i]!.set(regexes, { relative: relative[k]!, at: Number.NaN, absolute: [] }));
  }
  spans.forEach((span, i) => {
    place(values[i]!.get(regexes) as SentenceMatches, span.start).forEach((found, r) => {
      for (const m of found) out[r]!.push(m);
    });
  });
  return out;
}

/**
 * Every match of each regex (global) in the sentences, in order: what matching each
 * sentence's text alone finds. Pass the same array on every call: it is the cache key.
 */
export function findInSentences(sentences: readonly Span[], regexes: readonly RegExp[]): Span[][] {
  return matchEach(sentences, regexes, sentenceCache);
}

const groupResults = new WeakMap<readonly Span[], Map<readonly RegExp[], Span[][]>>();

/**
 * `findInSentences` over an analysis's sentences, worked out once per analysis and
 * list: rules that share a list share the work. Read only.
 */
export function findPhraseGroups(analysis: Analysis, regexes: readonly RegExp[]): readonly (readonly Span[])[] {
  let byList = groupResults.get(analysis.sentences);
  if (!byList) groupResults.set(analysis.sentences, (byList = new Map()));
  let found = byList.get(regexes);
  if (!found) byList.set(regexes, (found = findInSentences(analysis.sentences, regexes)));
  return found;
}

const lineResults = new WeakMap<readonly Span[], Map<readonly RegExp[], Span[][]>>();

/** `findPhraseGroups` line by line: for patterns that may read across a sentence's end. */
export function findLineGroups(analysis: Analysis, regexes: readonly RegExp[]): readonly (readonly Span[])[] {
  let byList = lineResults.get(analysis.lines);
  if (!byList) lineResults.set(analysis.lines, (byList = new Map()));
  let found = byList.get(regexes);
  if (!found) byList.set(regexes, (found = matchEach(analysis.lines, regexes, lineCache)));
  return found;
}

// A list of one, the same array for the same regex, so that it is a stable cache key.
const listOf = new WeakMap<RegExp, readonly RegExp[]>();

/** Every match of one regex in the analysis's sentences. */
export function findPhrases(analysis: Analysis, regex: RegExp): readonly Span[] {
  let list = listOf.get(regex);
  if (!list) listOf.set(regex, (list = [regex]));
  return findPhraseGroups(analysis, list)[0]!;
}

/**
 * `compute` applied to each sentence's text, cached by the text: for work a rule does
 * sentence by sentence. `compute` must depend on the text alone and be the same
 * function on every call (it is the cache key), and must not return undefined.
 */
export function mapSentences<T>(analysis: Analysis, compute: (text: string) => T): T[] {
  const { sentences } = analysis;
  return sentenceValues(sentences, sentenceCache).map((values, i) => {
    let value = values.get(compute) as T | undefined;
    if (value === undefined) values.set(compute, (value = compute(sentences[i]!.text)));
    return value;
  });
}

// One test per regex, the same function every time, so mapSentences caches by it.
const testsOf = new WeakMap<RegExp, (text: string) => boolean>();

/**
 * Whether any sentence of the draft matches `regex` (not global): asked sentence by
 * sentence and cached like mapSentences, so a re-lint asks only the sentence that changed.
 */
export function anySentence(analysis: Analysis, regex: RegExp): boolean {
  let test = testsOf.get(regex);
  if (!test) testsOf.set(regex, (test = (text: string) => testPhrase(text, regex)));
  return mapSentences(analysis, test).includes(true);
}
