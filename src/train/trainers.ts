import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { trainLogistic, type LinearModel, type SparseRows, type TrainOptions } from './logistic.js';
import type { TrainReply, TrainRequest } from './trainer-worker.js';

/**
 * Trains logistic regressions on worker threads, one per core, so the dozens of fits of a
 * validation run (a model per source left out, each with its calibration folds) run side by
 * side. Each fit is the same deterministic computation wherever it runs: the weights are
 * bit for bit those of trainLogistic on this thread. With one core it trains here.
 */
interface Waiting {
  resolve: (model: LinearModel) => void;
  reject: (error: Error) => void;
}

export class Trainers {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: (Waiting & { request: TrainRequest })[] = [];
  private readonly pending = new Map<number, Waiting & { worker: Worker }>();
  private nextId = 0;
  private broken: Error | undefined;

  constructor(private readonly threads = Math.max(1, Math.min(availableParallelism(), 8))) {
    if (threads < 2) return;
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./trainer-thread.mjs', import.meta.url));
      worker.on('message', (reply: TrainReply) => this.done(worker, reply));
      worker.on('error', (error) => this.failed(worker, error));
      worker.unref();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** The rows' arrays are handed to the thread that trains (transferred): do not use them afterwards. */
  train(rows: SparseRows, options: TrainOptions): Promise<LinearModel> {
    if (this.threads < 2) return Promise.resolve(trainLogistic(rows, options));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, rows, options }, resolve, reject });
      this.next();
    });
  }

  /** Ends the threads, busy or not; a pool is not used after this. */
  async close(): Promise<void> {
    this.idle.length = 0;
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }

  private next(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const { request, resolve, reject } = this.queue.shift()!;
      this.pending.set(request.id, { worker, resolve, reject });
      // A busy thread keeps the process alive until its answer comes; an idle one does not.
      worker.ref();
      const { offsets, indices, values, y, weight } = request.rows;
      worker.postMessage(request, [offsets, indices, values, y, weight].map((a) => a.buffer as ArrayBuffer));
    }
  }

  private done(worker: Worker, reply: TrainReply): void {
    const job = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    worker.unref();
    this.idle.push(worker);
    job?.resolve({ bias: reply.bias, weights: reply.weights });
    this.next();
  }

  /** A thread that fails ends the pool: every fit waiting on it or queued is refused with the error. */
  private failed(worker: Worker, error: Error): void {
    this.broken = error;
    for (const job of [...this.pending.values(), ...this.queue.splice(0)]) job.reject(error);
    this.pending.clear();
    void worker.terminate();
  }
}
