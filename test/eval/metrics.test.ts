import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confusion, f1, mcc, precision, recall, rocAuc, type Scored } from '../../src/eval/metrics.js';

describe('confusion counts and rates', () => {
  const c = confusion([
    { actual: true, predicted: true },
    { actual: true, predicted: true },
    { actual: true, predicted: false },
    { actual: false, predicted: true },
    { actual: false, predicted: false },
    { actual: false, predicted: false },
    { actual: false, predicted: false },
  ]);

  it('counts each cell', () => {
    expect(c).toEqual({ tp: 2, fp: 1, tn: 3, fn: 1 });
  });

  it('computes precision, recall, F1 and MCC', () => {
    expect(precision(c)).toBeCloseTo(2 / 3, 12);
    expect(recall(c)).toBeCloseTo(2 / 3, 12);
    expect(f1(c)).toBeCloseTo(2 / 3, 12);
    // (2*3 - 1*1) / sqrt(3*3*4*4) = 5/12
    expect(mcc(c)).toBeCloseTo(5 / 12, 12);
  });

  it('reports 0 instead of NaN for empty denominators', () => {
    const none = { tp: 0, fp: 0, tn: 5, fn: 3 };
    expect(precision(none)).toBe(0);
    expect(f1(none)).toBe(0);
    expect(mcc(none)).toBe(0);
    expect(recall({ tp: 0, fp: 2, tn: 1, fn: 0 })).toBe(0);
  });

  it('MCC is 1 for a perfect split and -1 for a perfectly wrong one', () => {
    expect(mcc({ tp: 4, fp: 0, tn: 6, fn: 0 })).toBe(1);
    expect(mcc({ tp: 0, fp: 6, tn: 0, fn: 4 })).toBe(-1);
  });
});

/** The definition: pairs (positive, negative), a win counts 1, a tie 1/2. */
function aucByPairs(items: readonly Scored[]): number {
  const pos = items.filter((i) => i.actual);
  const neg = items.filter((i) => !i.actual);
  if (!pos.length || !neg.length) return 0.5;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

describe('ROC AUC', () => {
  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(rocAuc([{ actual: true, score: 3 }, { actual: false, score: 1 }, { actual: true, score: 2 }])).toBe(1);
    expect(rocAuc([{ actual: true, score: 1 }, { actual: false, score: 3 }])).toBe(0);
  });

  it('counts ties as one half', () => {
    expect(rocAuc([{ actual: true, score: 5 }, { actual: false, score: 5 }])).toBe(0.5);
    // pos {2, 1}, neg {1, 0}: pairs (2,1)=1 (2,0)=1 (1,1)=.5 (1,0)=1 -> 3.5/4
    expect(
      rocAuc([
        { actual: true, score: 2 },
        { actual: true, score: 1 },
        { actual: false, score: 1 },
        { actual: false, score: 0 },
      ]),
    ).toBe(0.875);
  });

  it('is 0.5 when a class is missing', () => {
    expect(rocAuc([{ actual: true, score: 1 }])).toBe(0.5);
    expect(rocAuc([])).toBe(0.5);
  });

  it('equals the pairwise definition on arbitrary data with many ties', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ actual: fc.boolean(), score: fc.integer({ min: 0, max: 4 }) }), { maxLength: 60 }), (items) => {
        expect(rocAuc(items)).toBeCloseTo(aucByPairs(items), 12);
      }),
    );
  });
});
