import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';
import { charKind, isWordChar, LETTER, PHRASE_END, SPACE } from './word-chars.js';

/**
 * What a regex's every match must contain, read from its source, so that a sentence with
 * none of it is not scanned (anchor-index.ts keeps them and looks sentences up).
 *
 * Why: the rules match about fifty regexes against every sentence of a draft, the phrase
 * lists among them of up to two hundred phrases each, and a scan costs about as much when
 * it finds nothing as when it finds something. On the bench's drafts 98 % of the (list,
 * sentence) pairs find nothing; on real posts and comments 90 % of them are now skipped
 * (docs/performance.md).
 *
 * How: each phrase of a list names something any match of it contains, one of
 * - a whole word, or two in a row: "calling all" in `calling\s+all\s+[\p{L}-]+`, "video" or
 *   "videos" in `videos?`. A word is a run of letters and digits with another character or
 *   the text's edge on each side; what puts one there is read from the regex too (white
 *   space or punctuation beside the run, or a negative lookaround of every letter and digit,
 *   as the lists' own edges are: see compilePhrases);
 * - the first three letters of a word that may go on: "enr" in `enrol+`;
 * - a character that is not a letter: "@" in `@\s?[\p{L}\p{N}_.]{3,}`, a digit in `\d+\s*%`.
 * A run of digits reads as one mark (DIGITS), so `\d+x` names "<digits>x" as "10x" is.
 * Of what a phrase names, the rarest is kept (long words; not "the", not a lone digit); the
 * list's anchors are the union of its phrases'. A phrase that names nothing for certain
 * ("hi+") leaves the list without anchors: it is always scanned. The reading only ever
 * concludes less than the regex says, never more, so a skipped scan is one that would have
 * found nothing; test/engine/phrase-anchors.test.ts checks that on every list, on random
 * text and on real drafts.
 */
export interface Anchors {
  /** Whole words (or two in a row, joined by a space), one of which is in every match. */
  words: ReadonlySet<string>;
  /** Starts of words (PREFIX_LENGTH characters): every match holds a word that starts with one. */
  prefixes: ReadonlySet<string>;
  /** Characters other than letters, one of which is in every match. */
  chars: ReadonlySet<string>;
}

export const PREFIX_LENGTH = 3;

/** The anchors of a regex matched without the `i` flag, or undefined when some phrase names none. */
export function anchorsOf(regex: RegExp): Anchors | undefined {
  // Under the `i` flag a letter also matches its other cases, which the words here do not name.
  if (regex.ignoreCase) return undefined;
  let pattern: AST.Pattern;
  try {
    pattern = parseRegExpLiteral(regex).pattern;
  } catch {
    return undefined;
  }
  try {
    return anchorsOfAlternatives(pattern.alternatives, false, false)?.anchors;
  } finally {
    knownStrings.clear();
  }
}

type Element = AST.Element;

/** Anchors with how rare what they name is; higher is rarer. */
interface Scored {
  anchors: Anchors;
  score: number;
}

const DIGIT = /[0-9]/;
// Punctuation many sentences hold, worth less than a digit as an anchor; a full stop or a
// comma is in nearly every line, more often than any common word.
const COMMON_MARKS = new Set([...".,'\u2019\"-!?:;()"]);
const COMMONEST_MARKS = new Set([...'.,']);
// Any run of non-word characters splits words alike, so runs expand to this one character.
const SEPARATOR = ' ';
/**
 * A run of digits, whatever they are: `\d+x` reads as "<digits>x", and so does "10x" in a
 * sentence (anchor-index.ts). A control character, so no word holds it.
 */
export const DIGITS = '\u0003';
const DIGIT_RUNS = /[0-9\u0003]+/g;
// Where `\b` stands in a string (ASCII word characters on one side only); dropped before words are read.
const WORD_BOUNDARY = '\u0004';
const IMPOSSIBLE_BOUNDARY = /[A-Za-z0-9]\u0004[A-Za-z0-9]/;
// The most strings a run is expanded into (`su[bcs]{1,4}ri(?:be|b)` is 240); past it, none.
const MAX_STRINGS = 256;
const MAX_CLASS_CHARS = 16;
// A word's length counts for rarity up to this.
const MAX_WORD_SCORE = 8;
// Words most sentences hold (the most frequent in English text): an anchor of last resort.
const COMMON_WORDS = new Set(
  ('the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or an ' +
    'will my one all would there their what so up out if about who get which go me when make can like time no just him ' +
    'know take people into year your good some could them see other than then now look only come its over think also back ' +
    'after use two how our work first well way even new want because any these give day most us is are was were been has had ' +
    'here find more very really much did does got am im dont').split(' '),
);
const COMMON_WORD_SCORE = 0.5;
// What two words in a row add to their own scores.
const PAIR_SCORE = 1.5;
// Joins two words of a pair; no word holds it, so a pair never meets a word in a set.
export const PAIR_JOINER = ' ';

function wordScore(word: string): number {
  // A number alone is as common as a digit; with letters ("10x", "5pm") it is rare.
  if (word.includes(DIGITS)) return word === DIGITS ? 1 : 2 + Math.min(word.length - 1, MAX_WORD_SCORE) / 2;
  return COMMON_WORDS.has(word) ? COMMON_WORD_SCORE : Math.min(word.length, MAX_WORD_SCORE);
}
const PREFIX_SCORE = 2.5;
// A word of four letters that is not a common one: rare enough not to look further.
const GOOD_ENOUGH = 4;

function emptyAnchors(): { words: Set<string>; prefixes: Set<string>; chars: Set<string> } {
  return { words: new Set(), prefixes: new Set(), chars: new Set() };
}

/** The union of each alternative's anchors, scored by the weakest; undefined if one names none. `before` / `after`: a non-word character (or the edge) is certain there. */
function anchorsOfAlternatives(alternatives: readonly AST.Alternative[], before: boolean, after: boolean): Scored | undefined {
  const union = emptyAnchors();
  let score = Infinity;
  for (const alternative of alternatives) {
    const found = anchorsOfSequence(alternative.elements, before, after);
    if (!found) return undefined;
    for (const w of found.anchors.words) union.words.add(w);
    for (const p of found.anchors.prefixes) union.prefixes.add(p);
    for (const c of found.anchors.chars) union.chars.add(c);
    score = Math.min(score, found.score);
  }
  return { anchors: union, score };
}

/**
 * Whether the assertion puts a non-word character (or the text's edge) on that side of
 * where it stands: `(?<![\p{L}\p{N}_])` before, `(?![\p{L}\p{N}])` or PHRASE_END (the lists' compiled end) after, or
 * any such negative lookaround of a class that holds every letter and digit.
 */
function isBoundary(element: Element, side: 'before' | 'after'): boolean {
  if (element.type !== 'Assertion') return false;
  if (side === 'after' && element.raw === PHRASE_END) return true;
  if (element.kind !== (side === 'before' ? 'lookbehind' : 'lookahead') || !element.negate || element.alternatives.length !== 1) return false;
  const only = element.alternatives[0]!.elements;
  return only.length === 1 && only[0]!.type === 'CharacterClass' && holdsLettersAndDigits(only[0]!);
}

function holdsLettersAndDigits(element: AST.CharacterClass): boolean {
  if (element.negate) return false;
  const has = (value: string) => element.elements.some((e) => e.type === 'CharacterSet' && e.kind === 'property' && !e.negate && e.key === 'General_Category' && e.value === value);
  return has('L') && has('N');
}

function isEdge(element: Element): boolean {
  return isBoundary(element, 'before') || isBoundary(element, 'after');
}

function isRunElement(element: Element): boolean {
  return !isEdge(element) && stringsOf(element) !== undefined;
}

/**
 * The rarest anchors a sequence names. Its elements with few enough strings form runs (an
 * edge assertion or an element with too many strings ends one); an element that always
 * matches one character may name that character; a group may name anchors inside it, each
 * of its alternatives read in its place. Groups are read only when the runs and characters
 * name nothing rare (GOOD_ENOUGH): reading every group of every list made the first lint
 * several times slower.
 */
function anchorsOfSequence(elements: readonly Element[], before: boolean, after: boolean): Scored | undefined {
  let best: Scored | undefined;
  const consider = (candidate: Scored | undefined) => {
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  };
  for (const element of elements) consider(mandatoryCharsOf(element));
  let at = 0;
  while (at < elements.length) {
    if (!isRunElement(elements[at]!)) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < elements.length && isRunElement(elements[end]!)) end++;
    // A run with too many strings is read in pieces, each as many elements as fit.
    let from = at;
    let strings: string[] = [''];
    for (let i = at; i <= end; i++) {
      const next = i < end ? concat(strings, stringsOf(elements[i]!)!) : undefined;
      if (next) {
        strings = next;
        continue;
      }
      consider(anchorsOfStrings(strings, separatorBefore(elements, from, before), separatorAfter(elements, i - 1, after)));
      from = i;
      strings = i < end ? stringsOf(elements[i]!)! : [];
    }
    at = end;
  }
  if (!best || best.score < GOOD_ENOUGH) elements.forEach((_, i) => consider(anchorsInGroup(elements, i, before, after)));
  return best;
}

/** A group's own anchors, each of its alternatives read in its place (a run around it may have too many strings to name any). */
function anchorsInGroup(elements: readonly Element[], at: number, before: boolean, after: boolean): Scored | undefined {
  const group = elements[at]!;
  if (group.type !== 'Group' && group.type !== 'CapturingGroup') return undefined;
  return anchorsOfAlternatives(group.alternatives, separatorBefore(elements, at, before), separatorAfter(elements, at, after));
}

/**
 * For each string a run can match, its rarest piece: a whole word (word characters with a
 * non-word character of the string, or a certain one outside the run, on each side), or the
 * start of a word that may go on. Undefined if some string has neither.
 */
function anchorsOfStrings(strings: readonly string[], before: boolean, after: boolean): Scored | undefined {
  const anchors = emptyAnchors();
  let score = Infinity;
  for (const written of strings) {
    // `\b` between two ASCII letters or digits never holds: such a string is never matched.
    if (IMPOSSIBLE_BOUNDARY.test(written)) continue;
    const string = written.replaceAll(WORD_BOUNDARY, '');
    // SEPARATOR stands for every non-word character (stringsOf): words are what lies between.
    const pieces = string.split(SEPARATOR);
    const last = pieces.length - 1;
    let best = '';
    let bestIsWord = false;
    let bestScore = -1;
    // The whole word just before, with only separators between (two words in a row).
    let previous: string | undefined;
    for (let i = 0; i <= last; i++) {
      // "1" and `\d` side by side are a run of digits all the same.
      const piece = pieces[i]!.includes(DIGITS) ? pieces[i]!.replace(DIGIT_RUNS, DIGITS) : pieces[i]!;
      if (piece === '') continue;
      if (i === 0 && !before) {
        previous = undefined;
      } else if (i < last || after) {
        const own = wordScore(piece);
        if (own > bestScore) [best, bestIsWord, bestScore] = [piece, true, own];
        // The sentence's pairs hold two words in a row: rarer than either.
        const pair = previous === undefined ? -1 : PAIR_SCORE + wordScore(previous) + own;
        if (pair > bestScore) [best, bestIsWord, bestScore] = [`${previous!}${PAIR_JOINER}${piece}`, true, pair];
        previous = piece;
      } else if (piece.length >= PREFIX_LENGTH && !piece.slice(0, PREFIX_LENGTH).includes(DIGITS) && PREFIX_SCORE > bestScore) {
        [best, bestIsWord, bestScore] = [piece.slice(0, PREFIX_LENGTH), false, PREFIX_SCORE];
      }
    }
    if (bestScore < 0) return undefined;
    (bestIsWord ? anchors.words : anchors.prefixes).add(best);
    score = Math.min(score, bestScore);
  }
  return { anchors, score };
}

function concat(heads: readonly string[], tails: readonly string[]): string[] | undefined {
  if (heads.length * tails.length > MAX_STRINGS) return undefined;
  const out: string[] = [];
  for (const head of heads) for (const tail of tails) out.push(head + tail);
  return out;
}

/**
 * Every string the element can match, up to word splitting (any run of non-word characters
 * is SEPARATOR), if there are at most MAX_STRINGS; a zero-width assertion matches "".
 */
function stringsOf(element: Element | AST.Alternative): string[] | undefined {
  let strings = knownStrings.get(element);
  if (strings === undefined) knownStrings.set(element, (strings = expand(element) ?? null));
  return strings ?? undefined;
}

// A regex's nodes are read several times over (each run, each group around it); anchorsOf
// empties this when it is done with a regex.
const knownStrings = new Map<Element | AST.Alternative, string[] | null>();

function expand(element: Element | AST.Alternative): string[] | undefined {
  if (element.type !== 'Alternative' && element.type !== 'Assertion' && matchesOnlySeparators(element)) {
    return element.type === 'Quantifier' && element.min === 0 ? ['', SEPARATOR] : [SEPARATOR];
  }
  switch (element.type) {
    case 'Alternative': {
      let strings: string[] | undefined = [''];
      for (const inner of element.elements) {
        const next = stringsOf(inner);
        strings = next && strings && concat(strings, next);
      }
      return strings;
    }
    case 'Character':
      return [String.fromCodePoint(element.value)];
    case 'CharacterSet':
      return element.kind === 'digit' && !element.negate ? [DIGITS] : undefined;
    case 'CharacterClass':
      return stringsOfClass(element);
    case 'Group':
    case 'CapturingGroup': {
      const strings = new Set<string>();
      for (const alternative of element.alternatives) {
        const found = stringsOf(alternative);
        if (!found) return undefined;
        for (const s of found) strings.add(s);
        if (strings.size > MAX_STRINGS) return undefined;
      }
      return [...strings];
    }
    case 'Quantifier': {
      const once = stringsOf(element.element);
      // Digits repeated are still a run of digits: `\d+`, `\d{1,2}`.
      if (once?.length === 1 && once[0] === DIGITS) return element.min === 0 ? ['', DIGITS] : [DIGITS];
      if (!once || element.max > 4) return undefined;
      const strings = new Set<string>();
      let repeated: string[] | undefined = [''];
      for (let count = 0; count <= element.max && repeated; count++) {
        if (count >= element.min) for (const s of repeated) strings.add(s);
        repeated = count < element.max ? concat(repeated, once) : undefined;
      }
      return strings.size <= MAX_STRINGS ? [...strings] : undefined;
    }
    case 'Assertion':
      if (isEdge(element)) return undefined;
      return element.kind === 'word' && !element.negate ? [WORD_BOUNDARY] : [''];
    default:
      return undefined;
  }
}

function charsOfClass(element: AST.CharacterClass): string[] | undefined {
  if (element.negate || element.unicodeSets) return undefined;
  const chars: string[] = [];
  for (const item of element.elements) {
    if (item.type === 'Character') chars.push(String.fromCodePoint(item.value));
    else if (item.type === 'CharacterClassRange' && item.max.value - item.min.value < MAX_CLASS_CHARS) {
      for (let code = item.min.value; code <= item.max.value; code++) chars.push(String.fromCodePoint(code));
    } else if (item.type === 'CharacterSet' && item.kind === 'digit' && !item.negate) {
      for (let digit = 0; digit <= 9; digit++) chars.push(String(digit));
    } else return undefined;
    if (chars.length > MAX_CLASS_CHARS) return undefined;
  }
  return chars;
}

/** The strings of a class: its characters, each digit as DIGITS and each non-word one as SEPARATOR. */
function stringsOfClass(element: AST.CharacterClass): string[] | undefined {
  const chars = charsOfClass(element);
  return chars && [...new Set(chars.map((c) => (DIGIT.test(c) ? DIGITS : isWordChar(c) ? c : SEPARATOR)))];
}

/** The characters one of which the element always matches, when none is a letter or white space. */
function mandatoryCharsOf(element: Element): Scored | undefined {
  let chars: string[] | undefined;
  if (element.type === 'Quantifier') return element.min >= 1 ? mandatoryCharsOf(element.element as Element) : undefined;
  if (element.type === 'Character') chars = [String.fromCodePoint(element.value)];
  else if (element.type === 'CharacterClass') chars = charsOfClass(element);
  else if (element.type === 'CharacterSet' && element.kind === 'digit' && !element.negate) chars = [...'0123456789'];
  // A letter is part of a word, read as words are; white space splits them and names nothing.
  if (!chars || chars.some((c) => [LETTER, SPACE].includes(charKind(c, c.codePointAt(0) ?? 0)))) return undefined;
  const score = Math.min(...chars.map((c) => (DIGIT.test(c) ? 2 : COMMONEST_MARKS.has(c) ? COMMON_WORD_SCORE / 2 : COMMON_MARKS.has(c) ? 1 : 3)));
  return { anchors: { words: new Set(), prefixes: new Set(), chars: new Set(chars) }, score };
}

/** Whether every character the element can match is a non-word character, and it matches at least one unless optional. */
function matchesOnlySeparators(element: Element): boolean {
  switch (element.type) {
    case 'Character':
      return !isWordChar(String.fromCodePoint(element.value));
    case 'CharacterSet':
      return element.kind === 'space' && !element.negate;
    case 'CharacterClass':
      return !element.negate && !element.unicodeSets && element.elements.length > 0 && element.elements.every(isSeparatorInClass);
    case 'Quantifier':
      return element.max >= 1 && matchesOnlySeparators(element.element as Element);
    default:
      return false;
  }
}

/** Whether a non-word character (or the text's edge) is certain just before elements[at]. */
function separatorBefore(elements: readonly Element[], at: number, before: boolean): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const element = elements[i]!;
    if (element.type === 'Assertion') {
      if (isBoundary(element, 'before')) return true;
      continue; // zero width: look further back
    }
    // An optional element is either there, ending in a separator, or not there at all.
    if (element.type === 'Quantifier' && element.min === 0 && isSeparator(element.element as Element, 'last')) continue;
    return isSeparator(element, 'last');
  }
  return before;
}

/** Whether a non-word character (or the text's edge) is certain just after elements[at], when elements[at] ends in a word character. */
function separatorAfter(elements: readonly Element[], at: number, after: boolean): boolean {
  for (let i = at + 1; i < elements.length; i++) {
    const element = elements[i]!;
    if (element.type === 'Assertion') {
      if (isBoundary(element, 'after')) return true;
      continue;
    }
    if (element.type === 'Quantifier' && element.min === 0 && isSeparator(element.element as Element, 'first')) continue;
    return isSeparator(element, 'first');
  }
  return after;
}

/** Whether every match of the element is non-empty and its first (or last) character is a non-word character. */
function isSeparator(element: Element, end: 'first' | 'last'): boolean {
  switch (element.type) {
    case 'Character':
      return !isWordChar(String.fromCodePoint(element.value));
    case 'CharacterSet':
    case 'CharacterClass':
      return matchesOnlySeparators(element);
    case 'Quantifier':
      return element.min >= 1 && isSeparator(element.element as Element, end);
    case 'Group':
    case 'CapturingGroup':
      return element.alternatives.every((alternative) => {
        const consuming = alternative.elements.filter((e) => e.type !== 'Assertion');
        const edge = end === 'first' ? consuming[0] : consuming[consuming.length - 1];
        return edge !== undefined && isSeparator(edge, end);
      });
    default:
      return false;
  }
}

function isSeparatorInClass(item: AST.ClassRangesCharacterClassElement | AST.UnicodeSetsCharacterClassElement): boolean {
  if (item.type === 'Character') return !isWordChar(String.fromCodePoint(item.value));
  if (item.type === 'CharacterSet') return item.kind === 'space' && !item.negate;
  if (item.type === 'CharacterClassRange' && item.max.value - item.min.value < 256) {
    for (let code = item.min.value; code <= item.max.value; code++) if (isWordChar(String.fromCodePoint(code))) return false;
    return true;
  }
  return false;
}
