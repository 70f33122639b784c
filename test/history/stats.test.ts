import { describe, expect, it } from 'vitest';
import { fingerprintFields, type HistoryEntry } from '../../src/history/entry.js';
import { fingerprint } from '../../src/history/fingerprint.js';
import { weekStats } from '../../src/history/stats.js';
import { HISTORY_VERSION, type HistoryStore } from '../../src/history/store.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
// Sunday 15 March 2026, 10:00 UTC.
const NOW = Date.UTC(2026, 2, 15, 10);
const fp = fingerprintFields(fingerprint('some words of a post'));

function sent(msAgo: number, surface: HistoryEntry['surface'], tags = ''): HistoryEntry {
  return { at: NOW - msAgo, platform: 'x', surface, tags, ...fp };
}

describe('weekStats', () => {
  const store: HistoryStore = {
    version: HISTORY_VERSION,
    entries: [
      sent(20 * DAY, 'post', 'p'), // before the chart
      sent(10 * DAY, 'post', 'pl'), // in the chart, not the week
      sent(6 * DAY, 'post', 'pl'),
      sent(3 * DAY, 'reply', 'c'),
      sent(2 * DAY, 'comment', 'mc'),
      sent(2 * DAY + HOUR, 'message', 'pr'),
      sent(HOUR, 'post', 'plr'),
    ].sort((a, b) => a.at - b.at),
  };

  it('counts posts, replies and messages of the last 7 days, the promotional share and repeats', () => {
    const s = weekStats(store, NOW);
    expect(s).toMatchObject({ posts: 2, replies: 2, messages: 1, repeats: 2 });
    expect(s.promotionalShare).toBeCloseTo(3 / 5, 10);
  });

  it('has 14 days, oldest first, today last', () => {
    const { days } = weekStats(store, NOW);
    expect(days).toHaveLength(14);
    expect(days[0]?.day).toBe('2026-03-02');
    expect(days[13]?.day).toBe('2026-03-15');
    expect(days.find((d) => d.day === '2026-03-05')).toEqual({ day: '2026-03-05', posts: 1, replies: 0, messages: 0 });
    expect(days[13]).toEqual({ day: '2026-03-15', posts: 1, replies: 0, messages: 0 });
    expect(days.reduce((n, d) => n + d.posts + d.replies + d.messages, 0)).toBe(6);
  });

  it('starts days at the local midnight', () => {
    // 10:00 UTC is already midnight of the 16th at UTC+14, so the send an hour earlier falls on the day before.
    const lateStore: HistoryStore = { version: HISTORY_VERSION, entries: [sent(HOUR, 'post')] };
    const east = weekStats(lateStore, NOW, 14 * 60).days;
    expect(east[13]).toEqual({ day: '2026-03-16', posts: 0, replies: 0, messages: 0 });
    expect(east[12]).toEqual({ day: '2026-03-15', posts: 1, replies: 0, messages: 0 });
    expect(weekStats(lateStore, NOW, 0).days[13]?.posts).toBe(1);
  });

  it('an empty history is all zeros', () => {
    const s = weekStats({ version: HISTORY_VERSION, entries: [] } satisfies HistoryStore, NOW);
    expect(s).toMatchObject({ posts: 0, replies: 0, messages: 0, promotionalShare: 0, repeats: 0 });
    expect(s.days.every((d) => d.posts + d.replies + d.messages === 0)).toBe(true);
  });
});
