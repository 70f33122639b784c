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
 * performance.now() by markers: a named function run for a few milliseconds at a known
 * performance.now() when profiling starts and again before it stops, found among the samples.
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
const CLOCK_MS = 15;
const EXTENSION = 'extension';
const OTHER = 'other';

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

/** Runs the named marker in the page for CLOCK_MS and returns its start, in performance.now() time. */
async function runClock(page: Page, name: string): Promise<number> {
  // A string, not a function: its name must reach the page as written.
  return (await page.evaluate(
    `(() => { function ${name}() { const t = performance.now(); while (performance.now() - t < ${CLOCK_MS}) {} return t; } return ${name}(); })()`,
  )) as number;
}

export class ScriptProfiler {
  private readonly clocks = new Map<string, number>();

  private constructor(
    private readonly page: Page,
    private readonly session: CDPSession,
  ) {}

  static async start(page: Page): Promise<ScriptProfiler> {
    const session = await page.context().newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await session.send('Profiler.start');
    const profiler = new ScriptProfiler(page, session);
    profiler.clocks.set(`${CLOCK_FUNCTION}Start`, await runClock(page, `${CLOCK_FUNCTION}Start`));
    return profiler;
  }

  async stop(): Promise<ExtensionTimeline> {
    // A second marker at the end: on a busy machine the sampler may miss one of them.
    this.clocks.set(`${CLOCK_FUNCTION}End`, await runClock(this.page, `${CLOCK_FUNCTION}End`));
    const { profile } = (await this.session.send('Profiler.stop')) as { profile: Profile };
    await this.session.detach().catch(() => undefined);
    return timeline(profile, this.clocks);
  }
}

/** For each node: the clock marker it is in, else whether its stack (itself or a caller) runs the extension's code. */
function classify(profile: Profile): Map<number, string> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const kinds = new Map<number, string>();
  const kindOf = (id: number): string => {
    const known = kinds.get(id);
    if (known) return known;
    const frame = byId.get(id)?.callFrame;
    let kind: string;
    if (frame?.url.startsWith('chrome-extension://')) kind = EXTENSION;
    else if (frame?.functionName.startsWith(CLOCK_FUNCTION)) kind = frame.functionName;
    else {
      const parent = parentOf.get(id);
      kind = parent === undefined ? OTHER : kindOf(parent);
    }
    kinds.set(id, kind);
    return kind;
  };
  for (const node of profile.nodes) kindOf(node.id);
  return kinds;
}

function timeline(profile: Profile, clocks: ReadonlyMap<string, number>): ExtensionTimeline {
  const kinds = classify(profile);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample stands for the time since the one before it (µs, profile clock).
  const extension: { at: number; us: number }[] = [];
  const clockSamples = new Map<string, number[]>();
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    const delta = deltas[i] ?? 0;
    at += delta;
    const kind = kinds.get(samples[i]!) ?? OTHER;
    if (kind === EXTENSION) extension.push({ at, us: Math.min(delta, MAX_SAMPLE_US) });
    else if (clocks.has(kind)) {
      const times = clockSamples.get(kind) ?? [];
      times.push(at);
      clockSamples.set(kind, times);
    }
  }
  // A marker ran from its start for CLOCK_MS; its samples' middle is the middle of that span.
  const offsets = [...clockSamples].map(([name, times]) => times.reduce((sum, t) => sum + t, 0) / times.length / 1000 - (clocks.get(name)! + CLOCK_MS / 2));
  if (offsets.length === 0) {
    if (extension.length === 0) return { extensionMsBetween: () => 0, totalMs: 0 };
    throw new Error('the profiler took no sample in either clock marker; the machine may be too busy to attribute long tasks');
  }
  const offsetMs = offsets.reduce((sum, o) => sum + o, 0) / offsets.length;
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
