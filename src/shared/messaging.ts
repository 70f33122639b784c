import { HISTORY_RESPONSE_KIND } from './history-protocol.js';
import { pageEventSchema, responseSchema, type PageEvent, type Request, type RequestKind, type Response } from './protocol.js';

/** Which response kind answers each request kind (an `error` can answer any). */
export const RESPONSE_KIND = {
  lint: 'report',
  'draft-cleared': 'ok',
  sent: 'ok',
  review: 'ok',
  'get-tab-report': 'tab-report',
  'apply-fix': 'ok',
  'get-settings': 'settings',
  'set-settings': 'settings',
  'reset-settings': 'settings',
  'get-rules': 'rules',
  'ack-notice': 'ok',
  ...HISTORY_RESPONSE_KIND,
} as const satisfies Record<RequestKind, Response['kind']>;

export type ResponseFor<K extends RequestKind> = Extract<Response, { kind: (typeof RESPONSE_KIND)[K] }>;

/** The background said no (its message says why), or answered something the protocol does not allow. */
export class RequestError extends Error {
  override name = 'RequestError';
}

export type Send = (message: Request) => Promise<unknown>;

/**
 * Send a request to the background and get its typed answer. The answer is checked
 * against the protocol: an `error` answer or a wrong kind throws RequestError.
 * `send` is `browser.runtime.sendMessage` in the extension; tests pass their own.
 */
export async function request<R extends Request>(send: Send, message: R): Promise<ResponseFor<R['kind']>> {
  const raw = await send(message);
  const parsed = responseSchema.safeParse(raw);
  if (!parsed.success) throw new RequestError(`unexpected answer to "${message.kind}"`);
  const response = parsed.data;
  if (response.kind === 'error') throw new RequestError(response.message);
  if (response.kind !== RESPONSE_KIND[message.kind]) throw new RequestError(`"${message.kind}" was answered with "${response.kind}"`);
  return response as ResponseFor<R['kind']>;
}

/** A page event from the background, or undefined for any other runtime message (they are not for pages). */
export function asPageEvent(message: unknown): PageEvent | undefined {
  const parsed = pageEventSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}
