import { z } from 'zod';
import { findAll } from './analysis/entities.js';
import { GenerationCache, LONGEST_CACHED_TEXT } from './analysis/lru.js';
import { oneByteForm } from './analysis/one-byte.js';
import { mayMatch, type IndexedText } from './anchor-index.js';
import type { Span } from './analysis/types.js';
import { PHRASE_END, PHRASE_START } from './word-chars.js';

/**
 * Phrase lists are data (as in Vale): each entry is a regular-expression source
 * matched case-insensitively on whole words. Entries are checked when loaded, so a
 * bad list fails at start-up with its name and entry, not silently at lint time.
 */
const patternSchema = z
  .string()
  .min(1)
  .refine(
    (source) => {
      try {
        new RegExp(source, 'iu');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

export const lexiconSchema = z.strictObject({
  description: z.string().min(1),
  groups: z.record(z.string().min(1), z.array(patternSchema).min(1)),
});

export type LexiconData = z.infer<typeof lexiconSchema>;

export interface Lexicon {
  description: string;
  groups: Readonly<Record<string, RegExp>>;
}

/**
 * One regex for a list of phrases, matched case-insensitively on whole words:
 * `(?<![\p{L}\p{N}_])(?:a|b|...)(?!(?<=[\p{L}\p{N}_])[\p{L}\p{N}_])`, flags `giu`.
 * The end asks for a boundary only where the phrase ends in a letter or digit, as `\b`
 * would: a phrase that ends in "+", "@" or ":" ("WhatsApp +", "contact @") is whole
 * before the number or handle that follows it.
 */
export function compilePhrases(patterns: readonly string[]): RegExp {
  // Longest first, so "sign up now" wins over "sign up" at the same place.
  const body = [...patterns]
    .sort((a, b) => b.length - a.length)
    .map((p) => `(?:${p})`)
    .join('|');
  return new RegExp(`${PHRASE_START}(?:${body})${PHRASE_END}`, 'giu');
}

/**
 * A case-insensitive regex's form without the `i` flag, for text already in lower case.
 * Case-insensitive matching makes V8 fold the case of every character it tries against
 * every phrase, and on a sentence (what a re-lint matches) that was most of a list's
 * cost: lower-casing the sentence once and matching case-sensitively found the same
 * phrases in well under half the time. Made on first use, for phrase lists and for any
 * other regex with the `i` flag that rules match sentence by sentence. A source that names
 * a case the rewrite cannot carry over (`\P{..}`, a cased category such as `\p{Lu}`, a `\u`
 * escape of a capital) keeps only its `i` form, and a regex without the flag its own (null here).
 */
const lowerForms = new WeakMap<RegExp, RegExp | null>();

function lowerFormOf(regex: RegExp): RegExp | undefined {
  let lower = lowerForms.get(regex);
  if (lower === undefined) {
    const source = regex.ignoreCase ? lowerCaseSource(regex.source) : undefined;
    lower = source === undefined ? null : new RegExp(source, regex.flags.replace('i', ''));
    lowerForms.set(regex, lower);
  }
  return lower ?? undefined;
}

// An escape (kept as written) or a capital letter (lower-cased).
const ESCAPE_OR_CAPITAL = /\\[pP]\{[^}]*\}|\\u(?:\{[\da-fA-F]+\}|[\da-fA-F]{4})|\\x[\da-fA-F]{2}|\\c[a-zA-Z]|\\.|\p{Lu}/gu;

function lowerCaseSource(source: string): string | undefined {
  let ok = true;
  const lower = source.replace(ESCAPE_OR_CAPITAL, (token) => {
    // Under the `i` flag a cased category (\p{Lu}) matches a letter when its case folding
    // meets the category's, which no category matches on lower-cased text: "𑅄" has no
    // case and is no \p{Lu}, though it is a \p{L}. Such lists keep only the `i` forms.
    if (token.startsWith('\\P') || token === '\\p{Lu}' || token === '\\p{Ll}' || token === '\\p{Lt}') ok = false;
    if (token.startsWith('\\u') || token.startsWith('\\x')) {
      const char = String.fromCodePoint(Number.parseInt(token.slice(2).replace(/[{}]/g, ''), 16));
      if (char.toLowerCase() !== char) ok = false;
      return token;
    }
    // A control escape (\cJ) names no letter; any other escape keeps its meaning as written.
    return token.startsWith('\\') ? token : token.toLowerCase();
  });
  return ok ? lower : undefined;
}

/** The lower-case form matchPhrases uses for a regex, if it has one (for tests). */
export function phraseLowerForm(phrases: RegExp): RegExp | undefined {
  return lowerFormOf(phrases);
}

export function loadLexicon(name: string, data: unknown): Lexicon {
  const parsed = lexiconSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.join('.') : '';
    throw new Error(`lexicon ${name}: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`);
  }
  const groups: Record<string, RegExp> = {};
  for (const [group, patterns] of Object.entries(parsed.data.groups)) groups[group] = compilePhrases(patterns);
  return { description: parsed.data.description, groups };
}

// Phones and many editors type the apostrophe as U+2019 ("don’t", "I’m"); the lists are
// written with the straight one. One character for one, so every offset stays the same.
const CURLY_APOSTROPHE = /\u2019/g;

/** The text with each curly apostrophe (U+2019) straight, as the phrase lists are written. */
export function straightApostrophes(text: string): string {
  return text.includes('\u2019') ? text.replace(CURLY_APOSTROPHE, "'") : text;
}

/**
 * Every match of a phrase list (or any global regex) in the text, left to right, without
 * overlaps, read with straight apostrophes (straightApostrophes); each match's text is the
 * draft's own.
 */
export function matchPhrases(text: string, phrases: RegExp): Span[] {
  const lower = lowerFormOf(phrases);
  const lowered = lower && lowerCased(text);
  // A few characters change length in lower case ("İ"); such a text keeps the `i` form.
  if (!lower || lowered === undefined) return spansOf(text, findAll(phrases, straightApostrophes(text)));
  return mayMatch(lower, lowered) ? spansOf(text, findAll(lower, lowered.text)) : [];
}

function spansOf(text: string, found: readonly Span[]): Span[] {
  return found.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
}

/** Whether a regex (not global) matches the text: `regex.test(text)` with straight apostrophes, through the lower-case form when it has one. */
export function testPhrase(text: string, regex: RegExp): boolean {
  const lower = lowerFormOf(regex);
  const lowered = lower && lowerCased(text);
  if (!lower || lowered === undefined) return regex.test(straightApostrophes(text));
  return mayMatch(lower, lowered) && lower.test(lowered.text);
}

// Characters whose lower case is not what the `i` flag compares them as (Unicode simple
// case folding): the long s folds to "s", final sigma to sigma, and a few more in Greek,
// Cherokee and old Cyrillic. A text with one keeps the `i` form, so the matches stay the same.
const FOLDS_APART = /[\u00b5\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u13f8-\u13fd\u1c80-\u1c88\u1e9b\u1fbe\uab70-\uabbf]/u;

// Rules match many lists against the same sentences, list after list, so each sentence's
// lower case is kept rather than worked out again for every list.
const lowered = new GenerationCache<string, IndexedText | null>(4000);

export function clearLowerCaseCache(): void {
  lowered.clear();
}

/**
 * `text` in lower case with straight apostrophes, when matching it without the `i` flag
 * finds what matching the text (with straight apostrophes) with it finds, else undefined:
 * a few characters change length in lower case ("İ"), a few fold apart (FOLDS_APART).
 * Stored one byte per character where it can be (oneByteForm), since every list of every
 * rule is matched on it; with which lists it may match, once asked (anchor-index.ts).
 */
function lowerCased(text: string): IndexedText | undefined {
  let lower = lowered.get(text);
  if (lower === undefined) {
    const candidate = text.toLowerCase();
    lower = candidate.length === text.length && !FOLDS_APART.test(text) ? { text: oneByteForm(straightApostrophes(candidate)) } : null;
    if (text.length <= LONGEST_CACHED_TEXT) lowered.set(text, lower);
  }
  return lower ?? undefined;
}
