import { isValidRange } from './ranges.js';
import type { Edit, Suggestion } from './types.js';

export class FixError extends Error {
  override name = 'FixError';
}

/** Apply a suggestion's edits to the text it was made for. Pure; throws FixError when the edits do not fit the text. */
export function applySuggestion(text: string, suggestion: Pick<Suggestion, 'edits'>): string {
  const edits = [...(suggestion.edits ?? [])].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let out = text;
  let limit = text.length;
  for (const edit of edits) {
    if (!isValidRange(text, edit.range)) throw new FixError(`edit range [${edit.range.join(', ')}) does not fit a text of length ${text.length}`);
    if (edit.range[1] > limit) throw new FixError('edits overlap');
    out = out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1]);
    limit = edit.range[0];
  }
  return out;
}

export function isFix(suggestion: Suggestion): suggestion is Suggestion & { edits: Edit[] } {
  return (suggestion.edits?.length ?? 0) > 0;
}
