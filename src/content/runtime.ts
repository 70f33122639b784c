import type { Push, Request, Response } from '../shared/protocol.js';

/**
 * The one door to the extension from the page. Uses the browser's own `browser` /
 * `chrome` objects (promise-returning in MV3 on Chrome and Firefox), so no polyfill is
 * bundled into the page. When the extension is reloaded or updated under an open page,
 * this script's context is invalidated: every call then resolves to null and the
 * `onInvalidated` callbacks run once, so the caller can remove its UI quietly.
 */

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined;

interface ExtensionRuntime {
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

function extensionRuntime(): ExtensionRuntime | undefined {
  try {
    const scope = globalThis as { browser?: { runtime?: ExtensionRuntime }; chrome?: { runtime?: ExtensionRuntime } };
    return scope.browser?.runtime ?? scope.chrome?.runtime;
  } catch {
    return undefined;
  }
}

const invalidatedCallbacks: (() => void)[] = [];
let invalidated = false;
let pushListener: Listener | null = null;

/** True while this content script can still talk to its extension. */
export function isAlive(): boolean {
  if (invalidated) return false;
  try {
    return Boolean(extensionRuntime()?.id);
  } catch {
    return false;
  }
}

/** Runs `callback` once when the extension context goes away. */
export function onInvalidated(callback: () => void): void {
  invalidatedCallbacks.push(callback);
}

/** Checks liveness and, the first time it is found gone, runs the invalidation callbacks. */
export function checkAlive(): boolean {
  if (isAlive()) return true;
  if (!invalidated) {
    invalidated = true;
    stopListening();
    for (const callback of invalidatedCallbacks.splice(0)) {
      try {
        callback();
      } catch {
        // Tearing down must never throw into the page.
      }
    }
  }
  return false;
}

function isResponse(value: unknown): value is Response {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

/**
 * Sends one request to the background. Resolves to its response, or null when the
 * extension is gone or the background did not answer (it never rejects).
 */
export async function send(request: Request): Promise<Response | null> {
  if (!checkAlive()) return null;
  const runtime = extensionRuntime();
  if (!runtime) return null;
  try {
    const response = await runtime.sendMessage(request);
    return isResponse(response) ? response : null;
  } catch {
    // "Extension context invalidated" (reloaded) or "Receiving end does not exist" (worker
    // restarting): in both cases there is nothing to show; checkAlive tells them apart.
    checkAlive();
    return null;
  }
}

function isPush(value: unknown): value is Push {
  const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
  return kind === 'settings-changed' || kind === 'apply-edits';
}

/** Listens for background pushes; the handler's result (if any) is sent back as the reply. */
export function listen(handler: (push: Push) => Promise<Response | undefined> | Response | undefined): void {
  const runtime = extensionRuntime();
  if (!runtime || pushListener) return;
  pushListener = (message, _sender, sendResponse) => {
    if (!isPush(message)) return undefined;
    Promise.resolve()
      .then(() => handler(message))
      .then(
        (response) => sendResponse(response ?? { kind: 'ok' }),
        (error: unknown) => sendResponse({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
      )
      .catch(() => undefined);
    return true;
  };
  try {
    runtime.onMessage.addListener(pushListener);
  } catch {
    pushListener = null;
  }
}

function stopListening(): void {
  if (!pushListener) return;
  try {
    extensionRuntime()?.onMessage.removeListener(pushListener);
  } catch {
    // The context is gone; so is the listener.
  }
  pushListener = null;
}
