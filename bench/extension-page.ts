/**
 * Instruments a fixture page from the page's own (main) world, so that every figure is
 * measured the same way with and without the extension: long tasks, keydown-to-paint
 * delays, and the moment the extension's marks for a finished draft are on screen.
 * Times are the page's performance.now(); the probe only reads the page.
 */
import type { Page } from 'playwright-core';

export interface LongTask {
  start: number;
  duration: number;
  /** The scenario phase (see markPhase) the task started in. */
  phase: string;
}

interface ProbeState {
  since: number;
  phases: { name: string; at: number }[];
  longTasks: { start: number; duration: number }[];
  /** Per keydown: time from the event's timeStamp to just after the next frame was painted. */
  delays: number[];
  keys: number;
  lastKeyAt: number;
  /** When the final draft's marks were first found in a frame (see watchFinalMark). */
  markAt: number | null;
}

declare global {
  interface Window {
    __sociableBench?: ProbeState;
  }
}

/**
 * Starts recording. Long tasks come from a buffered PerformanceObserver ('longtask', the
 * 50 ms threshold is the API's own), kept from now on. Input-to-paint: a capturing
 * keydown listener schedules a frame callback and, from it, a MessageChannel task, which
 * runs once that frame's rendering is done; the time from the event's timeStamp to that
 * task is the delay the person saw for this key.
 */
export async function installProbe(page: Page): Promise<void> {
  // tsx (esbuild, keepNames) wraps named inner functions in `__name(...)`, a helper that
  // exists in Node but not in the page the function is serialised into.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(() => {
    const probe: ProbeState = { since: performance.now(), phases: [], longTasks: [], delays: [], keys: 0, lastKeyAt: 0, markAt: null };
    window.__sociableBench = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= probe.since) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    const afterPaint: (() => void)[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => afterPaint.shift()?.();
    addEventListener(
      'keydown',
      (event) => {
        probe.keys += 1;
        probe.lastKeyAt = event.timeStamp;
        const pressedAt = event.timeStamp;
        requestAnimationFrame(() => {
          afterPaint.push(() => probe.delays.push(performance.now() - pressedAt));
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
}

/** Long tasks from here on belong to phase `name`. */
export async function markPhase(page: Page, name: string): Promise<void> {
  await page.evaluate((phase) => window.__sociableBench?.phases.push({ name: phase, at: performance.now() }), name);
}

export interface ProbeResult {
  longTasks: LongTask[];
  delays: number[];
  keys: number;
}

export async function readProbe(page: Page): Promise<ProbeResult> {
  const state = await page.evaluate(() => {
    const probe = window.__sociableBench;
    if (!probe) throw new Error('the bench probe is not installed in this page');
    return { phases: probe.phases, longTasks: probe.longTasks, delays: probe.delays, keys: probe.keys };
  });
  const phaseAt = (time: number): string => state.phases.filter((p) => p.at <= time).at(-1)?.name ?? 'setup';
  return { longTasks: state.longTasks.map((task) => ({ ...task, phase: phaseAt(task.start) })), delays: state.delays, keys: state.keys };
}

/**
 * Watches every frame for the marks of the finished draft: a badge showing a report for a
 * text of `finalLength` characters (so for the whole draft, not a lint that ran halfway
 * through the typing) while at least one `sociable-*` highlight holds a range inside the
 * editor. The first frame where both hold sets markAt.
 */
export async function watchFinalMark(page: Page, editorSelector: string, finalLength: number): Promise<void> {
  await page.evaluate(
    ({ selector, length }) => {
      const probe = window.__sociableBench;
      if (!probe) throw new Error('the bench probe is not installed in this page');
      probe.markAt = null;
      const editor = document.querySelector(selector);
      if (!editor) throw new Error(`no editor ${selector}`);
      const marked = (): boolean => {
        let found = false;
        CSS.highlights.forEach((highlight, name) => {
          if (found || !name.startsWith('sociable-')) return;
          for (const range of highlight) {
            if (range instanceof Range && !range.collapsed && editor.contains(range.commonAncestorContainer)) {
              found = true;
              break;
            }
          }
        });
        return found;
      };
      const check = (): void => {
        const badge = document.querySelector('sociable-ui')?.shadowRoot?.querySelector<HTMLElement>(`.badge[data-length="${length}"]`);
        if (badge && !badge.hidden && marked()) probe.markAt = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    { selector: editorSelector, length: finalLength },
  );
}

/** Milliseconds from the last keydown to the frame with the final marks, once that frame came. */
export async function waitForFinalMark(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const probe = window.__sociableBench;
      return probe && probe.markAt !== null ? probe.markAt - probe.lastKeyAt : null;
    },
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the extension shows a report for a draft of `length` characters in the box. */
export async function waitForReport(page: Page, length: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const badge = document.querySelector('sociable-ui')?.shadowRoot?.querySelector<HTMLElement>(`.badge[data-length="${n}"]`);
      return badge !== null && badge !== undefined;
    },
    length,
    { timeout: timeoutMs, polling: 50 },
  );
}

/**
 * Types `text` one key at a time, as a person would: keydown, the character, keyup,
 * then a pause of `gaps[i]` ms (cycled) before the next key.
 */
export async function typePerKey(page: Page, text: string, gaps: readonly number[]): Promise<void> {
  let i = 0;
  for (const char of text) {
    await page.keyboard.type(char);
    const gap = gaps[i++ % gaps.length] ?? 0;
    if (gap > 0) await page.waitForTimeout(gap);
  }
}

/**
 * Pastes `text` into the editor the way the browser does on Ctrl+V: a cancelable
 * ClipboardEvent carrying the text, which the editor (Lexical here) handles itself.
 */
export async function paste(page: Page, editorSelector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, value }) => {
      const editor = document.querySelector<HTMLElement>(selector);
      if (!editor) throw new Error(`no editor ${selector}`);
      editor.focus();
      const data = new DataTransfer();
      data.setData('text/plain', value);
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { selector: editorSelector, value: text },
  );
}
