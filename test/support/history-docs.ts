import type { HistoryView } from '../../src/engine/history-view.js';
import { historyFromPosts, parsePastPosts } from '../../src/history/past-posts.js';

/** "Now" for doc examples and rule tests: fixed, so relative times ("3 days ago") are stable. */
export const DOC_NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

/** The history view for a doc example's ```history block (JSONL past posts), as of DOC_NOW. */
export function docHistory(jsonl: string, now = DOC_NOW): HistoryView {
  return historyFromPosts(parsePastPosts(jsonl, now, 'doc history')).view(now);
}
