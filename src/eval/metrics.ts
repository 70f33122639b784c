/**
 * Binary classification metrics for the `promotional` verdict. Pure functions over
 * counts and scores; the positive class is `promotional`.
 */

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface Prediction {
  actual: boolean;
  predicted: boolean;
}

export function confusion(predictions: Iterable<Prediction>): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const { actual, predicted } of predictions) {
    if (predicted) actual ? c.tp++ : c.fp++;
    else actual ? c.fn++ : c.tn++;
  }
  return c;
}

// A ratio with an empty denominator is reported as 0 (as scikit-learn's
// zero_division=0 does), so the output stays plain JSON numbers.
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function precision(c: Confusion): number {
  return ratio(c.tp, c.tp + c.fp);
}

export function recall(c: Confusion): number {
  return ratio(c.tp, c.tp + c.fn);
}

export function f1(c: Confusion): number {
  return ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}

/** Matthews correlation coefficient, in [-1, 1]; 0 when any margin is empty. */
export function mcc(c: Confusion): number {
  const { tp, fp, tn, fn } = c;
  const denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return denominator === 0 ? 0 : (tp * tn - fp * fn) / denominator;
}

export interface Scored {
  actual: boolean;
  /** Higher = more likely positive. */
  score: number;
}

/**
 * ROC AUC as the Mann-Whitney statistic: the chance that a random positive scores
 * above a random negative, a tie counting one half. Computed from mid-ranks, so
 * tied scores (common: many drafts score exactly 100) are handled exactly.
 * Returns 0.5 when either class is empty (no ranking to judge).
 */
export function rocAuc(items: readonly Scored[]): number {
  const sorted = [...items].sort((a, b) => a.score - b.score);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    // Ranks i+1 .. j share the mid-rank.
    const midRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (sorted[k]!.actual) {
        positives++;
        rankSum += midRank;
      }
    }
    i = j;
  }
  const negatives = sorted.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
