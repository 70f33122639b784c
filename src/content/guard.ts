/**
 * Every callback the page can trigger (events, observers, timers) goes through `guard`:
 * an error inside the extension is kept inside it, never thrown into the site's code.
 */
export function guard<Args extends unknown[]>(fn: (...args: Args) => void): (...args: Args) => void {
  return (...args: Args) => {
    try {
      fn(...args);
    } catch (error) {
      report(error);
    }
  };
}

/** Like `guard` for async work: a rejection is caught and reported quietly. */
export function guardAsync<Args extends unknown[]>(fn: (...args: Args) => Promise<void>): (...args: Args) => void {
  return (...args: Args) => {
    try {
      fn(...args).catch(report);
    } catch (error) {
      report(error);
    }
  };
}

function report(error: unknown): void {
  // debug, not error: a site's console (and its error reporting) is not ours to fill.
  console.debug('[sociable]', error);
}
