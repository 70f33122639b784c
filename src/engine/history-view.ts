import type { Platform, Surface } from './types.js';

/**
 * What the history rules may read of past sends. The engine only knows this
 * read-only shape; src/history builds it from stored fingerprints, so the engine
 * never sees storage and never sees raw text unless the person opted in.
 */
export interface HistoryMatch {
  platform: Platform;
  surface: Surface;
  /** Epoch milliseconds of the earlier send. */
  at: number;
  /** 0..1, how alike the draft and the earlier send are. */
  similarity: number;
  /** The earlier text, only when the person opted in to keeping it. */
  text?: string;
}

export interface HistoryPost {
  platform: Platform;
  surface: Surface;
  at: number;
  promotional: boolean;
  personal: boolean;
  conversational: boolean;
  link: boolean;
}

export interface HistoryView {
  /** "Now" for the rules, so tests and the CLI can pin time. */
  now: number;
  /** Earlier sends that the draft nearly repeats, most alike first. */
  similar(text: string): readonly HistoryMatch[];
  /** Sends at or after `since` (epoch ms), newest first; at most `limit` when given. */
  recent(since: number, limit?: number): readonly HistoryPost[];
}

export const EMPTY_HISTORY: HistoryView = {
  now: 0,
  similar: () => [],
  recent: () => [],
};
