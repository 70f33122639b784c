/**
 * Weighted, L2-regularised logistic regression over sparse rows, trained by full-batch
 * gradient descent with Adam step sizes. Full batch and a fixed number of steps make it
 * deterministic: the same rows in the same order give the same weights, bit for bit,
 * so a rebuilt model file equals the committed one.
 */
/**
 * Rows as one compressed sparse matrix: row i's features are indices[offsets[i]..offsets[i+1]),
 * ascending, no repeats. One flat array per field keeps the training loop on contiguous memory,
 * which makes it several times faster than an object per row; the arithmetic is the same.
 */
export interface SparseRows {
  offsets: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** 1 for promotional, 0 for genuine. */
  y: Uint8Array;
  /** How much each row counts in the loss. */
  weight: Float64Array;
}

export interface TrainOptions {
  features: number;
  /** L2 penalty per unit of row weight. */
  l2: number;
  steps: number;
  learningRate: number;
}

export interface LinearModel {
  bias: number;
  weights: Float64Array;
}

// The regularisation is the fit's to choose (DEFAULT_FIT in pipeline.ts); these are the optimiser's.
export const DEFAULT_TRAIN: Omit<TrainOptions, 'features' | 'l2'> = { steps: 300, learningRate: 0.05 };

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

export function trainLogistic(rows: SparseRows, options: TrainOptions): LinearModel {
  const n = options.features;
  const { offsets, indices, values, y, weight } = rows;
  const count = y.length;
  const weights = new Float64Array(n);
  let bias = 0;
  const grad = new Float64Array(n);
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  let totalWeight = 0;
  for (let i = 0; i < count; i++) totalWeight += weight[i]!;
  for (let step = 1; step <= options.steps; step++) {
    grad.fill(0);
    let gradBias = 0;
    for (let i = 0; i < count; i++) {
      const from = offsets[i]!;
      const to = offsets[i + 1]!;
      let z = bias;
      for (let k = from; k < to; k++) z += weights[indices[k]!]! * values[k]!;
      const g = (sigmoid(z) - y[i]!) * weight[i]!;
      gradBias += g;
      for (let k = from; k < to; k++) grad[indices[k]!]! += g * values[k]!;
    }
    const c1 = 1 - beta1 ** step;
    const c2 = 1 - beta2 ** step;
    for (let j = 0; j <= n; j++) {
      const g = j === n ? gradBias / totalWeight : grad[j]! / totalWeight + options.l2 * weights[j]!;
      m[j] = beta1 * m[j]! + (1 - beta1) * g;
      v[j] = beta2 * v[j]! + (1 - beta2) * g * g;
      const delta = (options.learningRate * (m[j]! / c1)) / (Math.sqrt(v[j]! / c2) + eps);
      if (j === n) bias -= delta;
      else weights[j] = weights[j]! - delta;
    }
  }
  return { bias, weights };
}

/**
 * Platt scaling: p = sigmoid(a * raw + b), fitted by weighted Newton steps on scores
 * the model gave rows it was not trained on.
 */
export function fitPlatt(scores: readonly { raw: number; y: 0 | 1; weight: number }[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const s of scores) {
      const p = sigmoid(a * s.raw + b);
      const d = (p - s.y) * s.weight;
      const h = p * (1 - p) * s.weight + 1e-9;
      ga += d * s.raw;
      gb += d;
      haa += h * s.raw * s.raw;
      hab += h * s.raw;
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { a: Math.max(a, 1e-3), b };
}

export { sigmoid };
