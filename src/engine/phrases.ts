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

export function compilePhrases(patterns: readonly string[]): RegExp {
  // Longest first, so "sign up now" wins over "sign up" at the same place.
  const alternatives = [...patterns].sort((a, b) => b.length - a.length).map((p) => `(?:${p})`);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
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
