import { findPhraseGroups } from '../../src/engine/analysis/phrase-cache.js';
import type { Analysis, Span } from '../../src/engine/analysis/types.js';
import { loadLexicon } from '../../src/engine/phrases.js';
import shapeData from '../lexicons/testimonial-shape.json' with { type: 'json' };

/**
 * Paid testimonials come in endless wordings ("@x turned my 0.5 BTC into 1.8", "Mrs Carter
 * is a genius, I just got my third payout", "she's the best, I'll leave her contact below"),
 * so a phrase list meets each new one too late. Their shape is steadier: someone else, what
 * they did for the writer, praise, and a way to reach them. Someone else and two of the
 * other three make the shape; on the labelled corpora no genuine row has it
 * (docs/model-log.md, "Blind batch").
 */
const shape = loadLexicon('testimonial-shape', shapeData);
const PARTS = ['someoneElse', 'didForMe', 'praise', 'reach'] as const;
const PATTERNS: readonly RegExp[] = PARTS.map((part) => {
  const pattern = shape.groups[part];
  if (!pattern) throw new Error(`lexicon testimonial-shape: missing group "${part}"`);
  return pattern;
});
const OTHER_PARTS_NEEDED = 2;

/** The spans that make up a testimonial's shape in the draft, or none when it lacks it. */
export function testimonialShape(analysis: Analysis): Span[] {
  const [someoneElse, ...others] = findPhraseGroups(analysis, PATTERNS);
  if (!someoneElse?.length) return [];
  const present = others.filter((spans) => spans.length > 0);
  if (present.length < OTHER_PARTS_NEEDED) return [];
  return [someoneElse, ...present].map((spans) => spans[0]!);
}
