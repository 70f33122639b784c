import type { HistoryView } from '../engine/history-view.js';
import { historyFromPosts, parsePastPosts, PastPostsError } from '../history/past-posts.js';
import { UsageError } from './args.js';
import { readInput } from './io.js';

/**
 * `--history FILE.jsonl`: past posts (`{text, platform?, surface?, at?}` a line) become
 * the history the history rules read, as if each had been sent through Sociable. A bad
 * line is a usage error naming it (exit 2).
 */
export async function historyOption(value: string | true | undefined, now = Date.now()): Promise<HistoryView | undefined> {
  if (value === undefined) return undefined;
  if (value === true) throw new UsageError('option --history needs a value');
  const source = await readInput(value);
  try {
    return historyFromPosts(parsePastPosts(source, now, value)).view(now);
  } catch (error) {
    if (error instanceof PastPostsError) throw new UsageError(error.message);
    throw error;
  }
}
