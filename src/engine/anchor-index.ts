import { anchorsOf, DIGITS, PAIR_JOINER, PREFIX_LENGTH, type Anchors } from './phrase-anchors.js';
import { charKind, LETTER, NUMBER, SPACE } from './word-chars.js';

/**
 * Which regexes a sentence may match, looked up once for all of them from its words.
 *
 * phrase-anchors.ts reads what every match of a regex contains. Asking each regex's sets
 * about each of a sentence's words cost as much as the scans it saved (forty lists, forty
 * words, forty sentences); so every regex's anchors go into one map, from anchor to the
 * regexes that have it, and a sentence looks its words up there once.
 */

/**
 * A lower-cased text (what the regexes' lower-case forms are matched on) and, once asked,
 * which regexes it may match: by regex id, 1 where it holds one of the regex's anchors,
 * worked out for the first `covered` ids from its keys (textKeys).
 */
export interface IndexedText {
  text: string;
  hits?: Uint8Array;
  covered?: number;
}

// Keys of the three kinds never meet: a word holds no control character.
const PREFIX_KEY = '\u0001';
const CHAR_KEY = '\u0002';
const DIGIT_RUNS = /[0-9]+/g;

/**
 * The keys of a lower-cased text: what any regex's anchors can meet in it. Its words
 * (letters and digits, as phrase-anchors.ts reads them), each two in a row, the first
 * PREFIX_LENGTH characters of each, and every character that is not a letter or white
 * space. A word with digits also counts with each run of them as DIGITS ("10x" is also
 * "<digits>x"). Walked character by character: this runs on every sentence of a draft.
 */
export function textKeys(text: string): string[] {
  const keys: string[] = [];
  let forms: string[] = [];
  let start = -1;
  let hasDigit = false;
  const endWord = (end: number) => {
    const word = text.slice(start, end);
    const next = hasDigit ? [word, word.replace(DIGIT_RUNS, DIGITS)] : [word];
    for (const form of next) {
      keys.push(form);
      for (const before of forms) keys.push(`${before}${PAIR_JOINER}${form}`);
    }
    if (word.length >= PREFIX_LENGTH) keys.push(PREFIX_KEY + word.slice(0, PREFIX_LENGTH));
    forms = next;
    start = -1;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = width === 1 ? text[i]! : text.slice(i, i + 2);
    const kind = charKind(char, code);
    if (kind === LETTER || kind === NUMBER) {
      if (start < 0) [start, hasDigit] = [i, false];
      if (kind === NUMBER) hasDigit = true;
    } else if (start >= 0) endWord(i);
    // Every character but letters and white space can be an anchor (digits too: `\d+\s*%`).
    if (kind !== LETTER && kind !== SPACE) keys.push(CHAR_KEY + char);
    i += width;
  }
  if (start >= 0) endWord(text.length);
  return keys;
}

// Every regex with anchors gets an id, in the order they are read.
const anchorsById: Anchors[] = [];
const idsByKey = new Map<string, number[]>();
// By regex: its id; null when it names nothing certain; PENDING when met but not read yet.
const PENDING = -1;
const idOf = new WeakMap<RegExp, number | null>();
const pending: RegExp[] = [];

function keysOf(anchors: Anchors): string[] {
  return [...anchors.words, ...[...anchors.prefixes].map((p) => PREFIX_KEY + p), ...[...anchors.chars].map((c) => CHAR_KEY + c)];
}

/** What every match of `regex` contains; undefined when that is nothing certain, or the reading cannot follow it (then it is scanned on every sentence, as before). */
function readAnchors(regex: RegExp): Anchors | undefined {
  try {
    return anchorsOf(regex);
  } catch {
    return undefined;
  }
}

function learn(regex: RegExp): void {
  const anchors = readAnchors(regex);
  const id = anchors ? anchorsById.push(anchors) - 1 : null;
  if (anchors && id !== null) {
    for (const key of keysOf(anchors)) {
      const ids = idsByKey.get(key);
      if (ids) ids.push(id);
      else idsByKey.set(key, [id]);
    }
  }
  idOf.set(regex, id);
}

/**
 * Reads the anchors of every regex mayMatch has met and not read yet, until about
 * `budgetMs` milliseconds have gone; returns whether none is left. Reading costs up to a
 * few milliseconds a list and a first lint meets about fifty regexes, so it is never done
 * while linting: the background calls this between messages, the bench and training
 * before they measure or read a corpus (docs/performance.md).
 */
export function preparePhraseAnchors(budgetMs = Infinity): boolean {
  const started = Date.now();
  while (pending.length > 0 && Date.now() - started < budgetMs) learn(pending.shift()!);
  return pending.length === 0;
}

/**
 * False only when the regex's anchors have been read (preparePhraseAnchors) and the text
 * holds none of them, so the regex (matched without the `i` flag on this lower-cased
 * text) cannot match it. A regex met for the first time waits for preparePhraseAnchors.
 */
export function mayMatch(regex: RegExp, indexed: IndexedText): boolean {
  const id = idOf.get(regex);
  if (id === undefined) {
    idOf.set(regex, PENDING);
    pending.push(regex);
    return true;
  }
  if (id === null || id === PENDING) return true;
  if (indexed.hits === undefined || indexed.covered === undefined || id >= indexed.covered) {
    // Regexes read after this text was looked up (the first lints after start-up).
    const hits = new Uint8Array(anchorsById.length);
    for (const key of textKeys(indexed.text)) for (const hit of idsByKey.get(key) ?? []) hits[hit] = 1;
    indexed.hits = hits;
    indexed.covered = anchorsById.length;
  }
  return indexed.hits[id] === 1;
}
