import { describe, expect, it } from 'vitest';
import { applySuggestion, FixError, isFix } from '../../src/engine/suggestions.js';
import type { Edit } from '../../src/engine/types.js';

const edit = (start: number, end: number, text: string): Edit => ({ range: [start, end], text });

describe('applySuggestion', () => {
  it('applies one edit', () => {
    expect(applySuggestion('Hello NAME!', { edits: [edit(6, 10, 'Sam')] })).toBe('Hello Sam!');
  });

  it('applies several edits against the original offsets, in any order', () => {
    const text = 'HELLO THERE #a #b #c';
    const edits = [edit(0, 5, 'Hello'), edit(12, 15, ''), edit(6, 11, 'there'), edit(15, 18, '')];
    expect(applySuggestion(text, { edits })).toBe('Hello there #c');
    expect(applySuggestion(text, { edits: [...edits].reverse() })).toBe('Hello there #c');
  });

  it('inserts with empty ranges, including at both ends and next to a replaced span', () => {
    expect(applySuggestion('middle', { edits: [edit(0, 0, '<'), edit(6, 6, '>')] })).toBe('<middle>');
    expect(applySuggestion('abc', { edits: [edit(1, 1, 'X'), edit(1, 2, 'Y')] })).toBe('aXYc');
  });

  it('leaves the text alone when there are no edits', () => {
    expect(applySuggestion('unchanged', {})).toBe('unchanged');
    expect(applySuggestion('unchanged', { edits: [] })).toBe('unchanged');
  });

  it('does not mutate the suggestion', () => {
    const edits = [edit(4, 5, 'B'), edit(0, 1, 'A')];
    const copy = JSON.parse(JSON.stringify(edits));
    applySuggestion('a b c', { edits });
    expect(edits).toEqual(copy);
  });

  it('throws FixError for overlapping edits', () => {
    expect(() => applySuggestion('abcdef', { edits: [edit(0, 3, 'x'), edit(2, 5, 'y')] })).toThrow(FixError);
    expect(() => applySuggestion('abcdef', { edits: [edit(1, 4, 'x'), edit(2, 3, 'y')] })).toThrow(/overlap/);
    expect(() => applySuggestion('abcdef', { edits: [edit(2, 4, 'x'), edit(2, 4, 'y')] })).toThrow(FixError);
  });

  it('throws FixError for ranges that do not fit the text', () => {
    const bad: [number, number][] = [
      [-1, 2],
      [2, 1],
      [0, 7],
      [7, 7],
      [0.5, 2],
      [Number.NaN, 1],
    ];
    for (const [s, e] of bad) expect(() => applySuggestion('abcdef', { edits: [edit(s, e, 'x')] }), `[${s}, ${e})`).toThrow(FixError);
  });

  it('throws FixError for a range that splits a surrogate pair', () => {
    const text = 'a😀b';
    expect(() => applySuggestion(text, { edits: [edit(2, 3, '')] })).toThrow(FixError);
    expect(() => applySuggestion(text, { edits: [edit(0, 2, '')] })).toThrow(FixError);
    expect(applySuggestion(text, { edits: [edit(1, 3, '🙂')] })).toBe('a🙂b');
  });

  it('tells a fix from advice', () => {
    expect(isFix({ messageId: 'm', message: 'm', edits: [edit(0, 0, 'x')] })).toBe(true);
    expect(isFix({ messageId: 'm', message: 'm', edits: [] })).toBe(false);
    expect(isFix({ messageId: 'm', message: 'm' })).toBe(false);
  });
});
