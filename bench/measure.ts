/** Timing helpers shared by the bench modules. Times are wall-clock milliseconds. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` runs node without --expose-gc; this is the documented way to get
// the collector anyway, so every timed step can start with an empty young generation
// instead of paying for the garbage the step before it left. Only a minor collection:
// a full one also throws away optimised code (V8 deoptimises code whose embedded
// objects it collected), which made the step after it slower, not fairer.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as ((options?: { type: 'minor' | 'major' }) => void) | undefined;

/** Collect young garbage now, when the runtime allows it, so it is not charged to the next timed step. */
export function settle(): void {
  collect?.({ type: 'minor' });
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How long `fn` takes once, in milliseconds. */
export function timeOnce(fn: () => void): number {
  settle();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export interface Timing {
  /** Wall-clock milliseconds. */
  wall: number;
  /**
   * Milliseconds of CPU the process used (all its threads, so a garbage collection
   * running beside the step counts too). Unlike wall time it does not grow while
   * other programs hold the CPU, which on a busy shared machine is most of the noise.
   */
  cpu: number;
}

/** Wall and CPU time of one call of `fn`, from a clean heap. */
export function measureOnce(fn: () => void): Timing {
  settle();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** Rounded for display and JSON: three significant decimals is all a shared machine can tell apart. */
export function round(value: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
