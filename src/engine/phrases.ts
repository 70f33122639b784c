import { z } from 'zod';
import { findAll } from './analysis/entities.js';
import type { Span } from './analysis/types.js';

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

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
// A backreference or named group in a pattern would be renumbered or clash with the
// `phrase` group added below; such lists keep the plain form.
const NEEDS_PLAIN_FORM = /\\[1-9]|\\k<|\(\?<(?![=!])/;

/**
 * One regex for a list of phrases, matched on whole words: the same matches as
 * `(?<![\p{L}\p{N}_])(?:a|b|...)(?![\p{L}\p{N}_])`, flags `giu`.
 *
 * With the lookbehind first, V8 evaluates it at every position of the text before it
 * can try a phrase, which made phrase lists the costliest part of a re-lint. Here the
 * phrase is matched first and the lookbehind, pinned to the phrase's own text by a
 * backreference, then checks that no letter precedes it. Whether a letter precedes
 * the start does not depend on which alternative matched, so the accepted matches,
 * their order and their preference are the same; the only visible difference is the
 * named group `phrase` (group 1), which holds the whole match.
 */
export function compilePhrases(patterns: readonly string[]): RegExp {
  // Longest first, so "sign up now" wins over "sign up" at the same place.
  const body = [...patterns]
    .sort((a, b) => b.length - a.length)
    .map((p) => `(?:${p})`)
    .join('|');
  if (NEEDS_PLAIN_FORM.test(body)) return compilePhrasesPlain(patterns);
  return new RegExp(`(?<phrase>${body})(?<=(?<!${WORD_CHAR})\\k<phrase>)(?!${WORD_CHAR})`, 'giu');
}

/** The straightforward form of compilePhrases: same matches, slower on long texts. */
export function compilePhrasesPlain(patterns: readonly string[]): RegExp {
  const alternatives = [...patterns].sort((a, b) => b.length - a.length).map((p) => `(?:${p})`);
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'giu');
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

export function matchPhrases(text: string, phrases: RegExp): Span[] {
  return findAll(phrases, text);
}
