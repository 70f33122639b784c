import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidRange, safeRange, splitsSurrogatePair, trimmedRange } from '../../src/engine/ranges.js';

const EMOJI = '😀'; // two code units

describe('ranges', () => {
  it('knows which offsets split a surrogate pair', () => {
    const text = `a${EMOJI}b`;
    expect([0, 1, 2, 3, 4].map((i) => splitsSurrogatePair(text, i))).toEqual([false, false, true, false, false]);
    // Lone surrogates are not pairs: any offset next to them is fine.
    expect(splitsSurrogatePair('\ud83d', 1)).toBe(false);
    expect(splitsSurrogatePair('\ude00\ud83d', 1)).toBe(false);
  });

  it('widens a range that would split a pair instead of cutting it', () => {
    const text = `a${EMOJI}b`;
    expect(safeRange(text, 2, 4)).toEqual([1, 4]);
    expect(safeRange(text, 0, 2)).toEqual([0, 3]);
    // An empty range inside a pair grows to cover the whole character.
    expect(safeRange(text, 2, 2)).toEqual([1, 3]);
  });

  it('clamps, orders and rounds what rules hand it', () => {
    expect(safeRange('abc', -5, 99)).toEqual([0, 3]);
    expect(safeRange('abc', 2, 1)).toEqual([1, 2]);
    expect(safeRange('abc', 1.7, 2.2)).toEqual([1, 2]);
    expect(safeRange('abc', Number.NaN, Number.POSITIVE_INFINITY)).toEqual([0, 3]);
    expect(safeRange('', 3, 4)).toEqual([0, 0]);
  });

  it('validates ranges', () => {
    const text = `a${EMOJI}b`;
    expect(isValidRange(text, [0, 4])).toBe(true);
    expect(isValidRange(text, [1, 3])).toBe(true);
    expect(isValidRange(text, [4, 4])).toBe(true);
    expect(isValidRange(text, [2, 3])).toBe(false);
    expect(isValidRange(text, [1, 2])).toBe(false);
    expect(isValidRange(text, [3, 1])).toBe(false);
    expect(isValidRange(text, [-1, 1])).toBe(false);
    expect(isValidRange(text, [0, 5])).toBe(false);
    expect(isValidRange(text, [0.5, 1])).toBe(false);
  });

  it('trims white space from a draft-level range without splitting pairs', () => {
    expect(trimmedRange('  hi there \n')).toEqual([2, 10]);
    expect(trimmedRange('   ')).toEqual([3, 3]);
    expect(trimmedRange(` ${EMOJI} `)).toEqual([1, 3]);
  });

  it('always returns a valid range, for any text and any numbers (property)', () => {
    const anyNumber = fc.oneof(fc.integer({ min: -10, max: 100 }), fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), anyNumber, anyNumber, (text, s, e) => {
        const range = safeRange(text, s, e);
        expect(isValidRange(text, range)).toBe(true);
        // Never splits a pair: slicing keeps every pair whole.
        const piece = text.slice(range[0], range[1]);
        expect(splitsSurrogatePair(text, range[0]) || splitsSurrogatePair(text, range[1])).toBe(false);
        expect(piece.length).toBe(range[1] - range[0]);
      }),
      { numRuns: 1000 },
    );
  });

  it('never narrows a valid range (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(40), fc.nat(40), (text, a, b) => {
        const s = Math.min(a, b, text.length);
        const e = Math.min(Math.max(a, b), text.length);
        const [rs, re] = safeRange(text, s, e);
        expect(rs).toBeLessThanOrEqual(s);
        expect(re).toBeGreaterThanOrEqual(e);
        if (isValidRange(text, [s, e])) expect([rs, re]).toEqual([s, e]);
      }),
      { numRuns: 1000 },
    );
  });
});
