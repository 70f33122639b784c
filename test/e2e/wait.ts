/** Waiting in end-to-end tests: for a page, a popup or the extension to reach a state. */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads until `ok` holds and returns that value; after `timeout` ms it throws, naming `what`
 * and the last value read, so a failure says what never happened.
 */
export async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    await sleep(100);
    value = await read();
  }
  return value;
}
