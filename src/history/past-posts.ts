import { z } from 'zod';
import { lint } from '../engine/lint.js';
import type { RuleModule } from '../engine/rule.js';
import type { EngineSettings } from '../engine/settings.js';
import { PLATFORMS, SURFACES, type Draft } from '../engine/types.js';
import { entryForSend } from './record.js';
import { HistorySearch } from './search.js';

/**
 * Past posts given as text, one JSON object a line: `{text, platform?, surface?, at?}`.
 * The CLI (`sociable lint --history`) and the rule docs' ```history examples use them to
 * run the history rules offline. `at` is epoch ms, an ISO date, or relative to now
 * ("3 days ago", "-2h", "90m"); without it a post counts as sent one hour ago.
 */

const MINUTE = 60_000;
const UNIT_MS: Record<string, number> = { m: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE, w: 7 * 24 * 60 * MINUTE };
const RELATIVE = /^-?\s*(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?)(?:\s+ago)?$/i;

export const pastPostSchema = z.object({
  text: z.string().min(1, 'text is empty'),
  platform: z.enum(PLATFORMS).default('generic'),
  surface: z.enum(SURFACES).default('post'),
  at: z.union([z.number().int().min(0), z.string().min(1)]).optional(),
});
export type PastPost = z.output<typeof pastPostSchema>;

export class PastPostsError extends Error {
  override name = 'PastPostsError';
}

/** Epoch ms of an `at` value, or an error message. */
export function resolveTime(at: number | string | undefined, now: number): number | string {
  if (at === undefined) return now - 60 * MINUTE;
  if (typeof at === 'number') return at;
  const relative = RELATIVE.exec(at.trim());
  if (relative) return Math.round(now - Number(relative[1]) * UNIT_MS[relative[2]!.charAt(0).toLowerCase()]!);
  const parsed = Date.parse(at);
  return Number.isNaN(parsed) ? `"at" is not a time: ${JSON.stringify(at)} (use epoch ms, an ISO date or "3 days ago")` : parsed;
}

export interface TimedPost {
  draft: Draft;
  at: number;
  text: string;
}

/** Parses JSONL past posts; throws PastPostsError naming the first bad line (1-based). */
export function parsePastPosts(source: string, now: number, label = 'history'): TimedPost[] {
  const posts: TimedPost[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${label} line ${i + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw new PastPostsError(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = pastPostSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PastPostsError(`${where}: ${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'invalid'}`);
    }
    const at = resolveTime(parsed.data.at, now);
    if (typeof at === 'string') throw new PastPostsError(`${where}: ${at}`);
    const { text, platform, surface } = parsed.data;
    posts.push({ text, at, draft: { text, platform, surface } });
  });
  return posts;
}

export interface BuildOptions {
  settings?: EngineSettings;
  rules?: readonly RuleModule[];
  keepRawText?: boolean;
}

/**
 * A history of past posts as if each had been sent through Sociable in time order: each
 * is linted against the history before it (so repeats are tagged) and recorded.
 */
export function historyFromPosts(posts: readonly TimedPost[], options: BuildOptions = {}): HistorySearch {
  const search = new HistorySearch();
  const ordered = [...posts].sort((a, b) => a.at - b.at);
  for (const post of ordered) {
    const report = lint(post.draft, {
      history: search.view(post.at),
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
    });
    search.add(entryForSend(post.draft, report, { at: post.at, keepRawText: options.keepRawText ?? true }));
  }
  return search;
}
