import { hasTag, type HistoryEntry } from './entry.js';
import type { HistoryStore } from './store.js';

/** Counts for the popup's "Your week" panel and its 14-day chart. */
export interface DayCount {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  posts: number;
  replies: number;
  messages: number;
}

export interface WeekStats {
  /** Sends in the last 7 days (the current day and the six before it). */
  posts: number;
  /** Replies and comments. */
  replies: number;
  messages: number;
  /** Share (0..1) of those sends that were promotional; 0 when there were none. */
  promotionalShare: number;
  /** Sends that copy-paste flagged as repeats when they were sent. */
  repeats: number;
  /** The last 14 days, oldest first, today last. */
  days: DayCount[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayKey(localMs: number): string {
  return new Date(localMs).toISOString().slice(0, 10);
}

/**
 * `utcOffsetMinutes` is the person's offset from UTC (minus Date#getTimezoneOffset()),
 * so days start at their midnight, not UTC's; the function stays pure.
 */
export function weekStats(store: HistoryStore, now: number, utcOffsetMinutes = 0): WeekStats {
  const offset = utcOffsetMinutes * 60_000;
  const todayStart = Math.floor((now + offset) / DAY_MS) * DAY_MS;
  const firstDay = todayStart - 13 * DAY_MS;
  const weekStart = todayStart - 6 * DAY_MS;
  const days: DayCount[] = Array.from({ length: 14 }, (_, i) => ({ day: dayKey(firstDay + i * DAY_MS), posts: 0, replies: 0, messages: 0 }));
  const week = { posts: 0, replies: 0, messages: 0, promotional: 0, repeats: 0 };
  for (const entry of store.entries) {
    const local = entry.at + offset;
    if (local < firstDay || local >= todayStart + DAY_MS) continue;
    const day = days[Math.floor((local - firstDay) / DAY_MS)]!;
    const kind = kindOf(entry);
    day[kind]++;
    if (local >= weekStart) {
      week[kind]++;
      if (hasTag(entry, 'promotional')) week.promotional++;
      if (hasTag(entry, 'repeat')) week.repeats++;
    }
  }
  const total = week.posts + week.replies + week.messages;
  return {
    posts: week.posts,
    replies: week.replies,
    messages: week.messages,
    promotionalShare: total ? week.promotional / total : 0,
    repeats: week.repeats,
    days,
  };
}

function kindOf(entry: HistoryEntry): 'posts' | 'replies' | 'messages' {
  if (entry.surface === 'message') return 'messages';
  if (entry.surface === 'post') return 'posts';
  return 'replies';
}
