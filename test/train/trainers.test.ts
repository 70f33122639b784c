import { afterAll, describe, expect, it } from 'vitest';
import { trainLogistic, type SparseRows, type TrainOptions } from '../../src/train/logistic.js';
import { Trainers } from '../../src/train/trainers.js';

/** A small random sparse problem, the same for the same seed. */
function problem(seed: number, rows = 300, features = 40): SparseRows {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const offsets = new Int32Array(rows + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const y = new Uint8Array(rows);
  const weight = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let z = 0;
    for (let j = 0; j < features; j++) {
      if (random() > 0.15) continue;
      const value = 1 + Math.floor(random() * 3);
      indices.push(j);
      values.push(value);
      z += (j % 2 ? 1 : -1) * value;
    }
    offsets[i + 1] = indices.length;
    y[i] = z + random() > 0.5 ? 1 : 0;
    weight[i] = 0.5 + random();
  }
  return { offsets, indices: Int32Array.from(indices), values: Float64Array.from(values), y, weight };
}

const options: TrainOptions = { features: 40, l2: 3e-4, steps: 60, learningRate: 0.05 };

describe('training threads', () => {
  const trainers = new Trainers(2);
  afterAll(() => trainers.close());

  it('give the weights of a training on this thread, bit for bit, several fits at once', async () => {
    const seeds = [1, 2, 3, 4, 5];
    const here = seeds.map((seed) => trainLogistic(problem(seed), options));
    const there = await Promise.all(seeds.map((seed) => trainers.train(problem(seed), options)));
    there.forEach((model, i) => {
      expect(model.bias).toBe(here[i]!.bias);
      expect([...model.weights]).toEqual([...here[i]!.weights]);
    });
    // The problems differ, so equal answers are not one answer repeated.
    expect(here[0]!.bias).not.toBe(here[1]!.bias);
  });

  it('train on this thread when given one', async () => {
    const one = new Trainers(1);
    const model = await one.train(problem(7), options);
    expect([...model.weights]).toEqual([...trainLogistic(problem(7), options).weights]);
    await one.close();
  });
});
