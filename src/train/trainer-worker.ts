// Runs trainLogistic for src/train/trainers.ts on a thread of its own, so the fits of a
// validation run share the machine's cores. It only trains: no rule, lint or file work here.
import { parentPort } from 'node:worker_threads';
import { trainLogistic, type SparseRows, type TrainOptions } from './logistic.js';

export interface TrainRequest {
  id: number;
  rows: SparseRows;
  options: TrainOptions;
}

export interface TrainReply {
  id: number;
  bias: number;
  weights: Float64Array;
}

parentPort?.on('message', ({ id, rows, options }: TrainRequest) => {
  const { bias, weights } = trainLogistic(rows, options);
  const reply: TrainReply = { id, bias, weights };
  parentPort?.postMessage(reply, [weights.buffer as ArrayBuffer]);
});
