import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, changeBetween, editsFit, minimalEdit, shiftRange } from '../../src/content/edits.js';

/** The page-side text helpers: keeping marks on their words while typing, and trimming fixes. */

describe('changeBetween', () => {
  it('finds the one span that differs', () => {
    expect(changeBetween('Buy now, friends', 'Buy it now, friends')).toEqual({ start: 4, oldEnd: 4, newEnd: 7 });
    expect(changeBetween('same', 'same')).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const change = changeBetween('hi 😀 there', 'hi 😁 there')!;
    expect(change.start).toBe(3);
    expect(change.oldEnd).toBe(5);
  });

  it('describes any edit: replaying it gives the new text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const change = changeBetween(before, after);
        if (!change) return before === after;
        return before.slice(0, change.start) + after.slice(change.start, change.newEnd) + before.slice(change.oldEnd) === after;
      }),
    );
  });
});

describe('shiftRange', () => {
  const text = 'Hello there. Buy now!';
  const buy: [number, number] = [13, 20];

  it('moves a mark after the edit by the edit’s length', () => {
    const change = changeBetween(text, `Oh. ${text}`)!;
    const moved = shiftRange(buy, change)!;
    expect(`Oh. ${text}`.slice(moved[0], moved[1])).toBe('Buy now');
  });

  it('keeps a mark before the edit and drops one the edit touched', () => {
    expect(shiftRange([0, 5], changeBetween(text, `${text} Today.`)!)).toEqual([0, 5]);
    expect(shiftRange(buy, changeBetween(text, text.replace('Buy', 'Get'))!)).toBeNull();
  });
});

describe('fixes', () => {
  const text = 'So proud!!! #a #b #c';

  it('applies edits from the last to the first', () => {
    const edits = [
      { range: [8, 11] as const, text: '!' },
      { range: [14, 20] as const, text: '' },
    ];
    expect(editsFit(text, edits)).toBe(true);
    expect(applyEdits(text, edits)).toBe('So proud! #a');
  });

  it('refuses edits that overlap or do not fit', () => {
    expect(editsFit(text, [{ range: [0, 5], text: '' }, { range: [3, 6], text: '' }])).toBe(false);
    expect(editsFit(text, [{ range: [0, 99], text: '' }])).toBe(false);
  });

  it('trims an edit to what really changes', () => {
    expect(minimalEdit('SHOUTING here', { range: [0, 8], text: 'Shouting' })).toEqual({ range: [1, 8], text: 'houting' });
  });
});
