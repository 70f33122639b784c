/**
 * Which long tasks the extension caused. The Long Tasks API reports a task's time but not
 * whose code ran in it, and Long Animation Frames leave content scripts (an isolated
 * world) out of their script list. The page's V8 sampling profiler does see them: every
 * sample carries its JavaScript stack, and content-script frames have the extension's
 * chrome-extension:// URL (forced style and layout a script triggers is sampled under
 * the script that asked for it). So the profiler runs during the scenario, with the
 * extension and without it alike, and each long task gets the extension's share of it.
 *
 * The profile's clock (microseconds, the browser's monotonic clock) is tied to the page's
 * performance.now() by a marker: a named function the probe runs for a few milliseconds
 * at a known performance.now(), found again among the samples.
 */
import type { CDPSession, Page } from 'playwright-core';

/** Sampling period, µs: fine enough to split a 50 ms task, cheap enough not to change it. */
const SAMPLING_US = 500;
/**
 * A sample stands for at most this long. On a loaded machine the sampler or the page's
 * thread is sometimes descheduled for many milliseconds; that gap is time nobody's code
 * ran in, so it is not charged to whatever stack the next sample happens to catch.
 */
const MAX_SAMPLE_US = 4 * SAMPLING_US;
const CLOCK_FUNCTION = '__sociableBenchClock';
const CLOCK_MS = 12;

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** The extension's JavaScript time, in page milliseconds (performance.now()). */
export interface ExtensionTimeline {
  /** Milliseconds of extension script sampled within [start, end). */
  extensionMsBetween(start: number, end: number): number;
  /** All extension script time sampled. */
  totalMs: number;
}

export class ScriptProfiler {
  private constructor(
    private readonly session: CDPSession,
    private readonly clockAt: number,
  ) {}

  static async start(page: Page): Promise<ScriptProfiler> {
    const session = await page.context().newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await session.send('Profiler.start');
    // A string, not a function: its name must reach the page as written.
    const clockAt = (await page.evaluate(
      `(() => { function ${CLOCK_FUNCTION}() { const t = performance.now(); while (performance.now() - t < ${CLOCK_MS}) {} return t; } return ${CLOCK_FUNCTION}(); })()`,
    )) as number;
    return new ScriptProfiler(session, clockAt);
  }

  async stop(): Promise<ExtensionTimeline> {
    const { profile } = (await this.session.send('Profiler.stop')) as { profile: Profile };
    await this.session.detach().catch(() => undefined);
    return timeline(profile, this.clockAt);
  }
}

/** For each node: does its stack (itself or a caller) run the extension's code, or the clock marker? */
function classify(profile: Profile): Map<number, 'extension' | 'clock' | 'other'> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const kinds = new Map<number, 'extension' | 'clock' | 'other'>();
  const kindOf = (id: number): 'extension' | 'clock' | 'other' => {
    const known = kinds.get(id);
    if (known) return known;
    const frame = byId.get(id)?.callFrame;
    let kind: 'extension' | 'clock' | 'other';
    if (frame?.url.startsWith('chrome-extension://')) kind = 'extension';
    else if (frame?.functionName === CLOCK_FUNCTION) kind = 'clock';
    else {
      const parent = parentOf.get(id);
      kind = parent === undefined ? 'other' : kindOf(parent);
    }
    kinds.set(id, kind);
    return kind;
  };
  for (const node of profile.nodes) kindOf(node.id);
  return kinds;
}

function timeline(profile: Profile, clockAt: number): ExtensionTimeline {
  const kinds = classify(profile);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample stands for the time since the one before it (µs, profile clock).
  const extension: { at: number; us: number }[] = [];
  const clock: number[] = [];
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    const delta = deltas[i] ?? 0;
    at += delta;
    const kind = kinds.get(samples[i]!);
    if (kind === 'extension') extension.push({ at, us: Math.min(delta, MAX_SAMPLE_US) });
    else if (kind === 'clock') clock.push(at);
  }
  if (clock.length === 0) throw new Error('the profiler took no sample in the clock marker; the machine may be too busy to attribute long tasks');
  // The marker ran from clockAt for CLOCK_MS; its samples' middle is the middle of that span.
  const clockMid = clock.reduce((sum, t) => sum + t, 0) / clock.length / 1000;
  const offsetMs = clockMid - (clockAt + CLOCK_MS / 2);
  const pageMs = extension.map((s) => ({ at: s.at / 1000 - offsetMs, ms: s.us / 1000 }));
  return {
    extensionMsBetween(start, end) {
      let sum = 0;
      for (const sample of pageMs) if (sample.at >= start && sample.at < end) sum += sample.ms;
      return sum;
    },
    totalMs: pageMs.reduce((sum, s) => sum + s.ms, 0),
  };
}
