import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../src/background/history-service.js';
import { createRouter } from '../../src/background/router.js';
import { addReview, readReviews, REVIEW_DAYS, REVIEW_MAX, REVIEWS_KEY, reviewWeek } from '../../src/history/reviews.js';
import { defaultSettings } from '../../src/shared/settings.js';
import { MemoryArea } from '../background/fakes.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 10, 12);

describe('review counters (issue 9)', () => {
  it('counts reviews shown, drafts edited after one and posts sent anyway over the last 7 days', () => {
    let log = addReview(undefined, 'shown', NOW - 8 * DAY);
    for (const [outcome, ago] of [['shown', 2], ['edited', 2], ['shown', 1], ['sent', 1], ['shown', 0]] as const) log = addReview(log, outcome, NOW - ago * DAY);
    expect(reviewWeek(log, NOW)).toEqual({ shown: 3, edited: 1, sent: 1 });
    // Only a time and an outcome are stored.
    expect(Object.keys(log.events[0]!).sort()).toEqual(['at', 'outcome']);
  });

  it('puts the week start at the local midnight', () => {
    // In the week for UTC (it starts 6 days before today's 00:00), not for UTC+14, whose week starts later.
    const log = addReview(undefined, 'sent', Date.UTC(2026, 2, 4, 0, 30));
    expect(reviewWeek(log, NOW, 0).sent).toBe(1);
    expect(reviewWeek(log, NOW, 14 * 60).sent).toBe(0);
  });

  it('drops events older than the retention and beyond the cap, and reads a corrupt value as empty', () => {
    const old = addReview(undefined, 'shown', NOW - (REVIEW_DAYS + 1) * DAY);
    expect(addReview(old, 'sent', NOW).events).toEqual([{ at: NOW, outcome: 'sent' }]);
    let log = readReviews(null);
    for (let i = 0; i < REVIEW_MAX + 5; i++) log = addReview(log, 'shown', NOW + i);
    expect(log.events).toHaveLength(REVIEW_MAX);
    expect(readReviews('garbage').events).toEqual([]);
    expect(readReviews({ events: [{ at: 1, outcome: 'posted' }, { at: 'x', outcome: 'sent' }, { at: 2, outcome: 'edited' }] }).events).toEqual([{ at: 2, outcome: 'edited' }]);
  });

  it('is counted through the router into storage beside the history, shown by get-history, and cleared with it', async () => {
    const area = new MemoryArea();
    const history = new HistoryService(area, async () => defaultSettings().history, () => undefined, () => NOW);
    const route = createRouter({
      rules: [],
      settings: {} as never,
      tabs: {} as never,
      lint: () => {
        throw new Error('not used');
      },
      countReview: (outcome: 'shown' | 'edited' | 'sent') => history.countReview(outcome),
      history,
      showBadge: async () => undefined,
      pushToTab: async () => undefined,
      broadcast: async () => undefined,
      notifyPages: () => undefined,
      log: () => undefined,
    } as never);
    for (const outcome of ['shown', 'shown', 'edited', 'sent'] as const) expect(await route({ kind: 'review', outcome }, { tab: { id: 1 } })).toEqual({ kind: 'ok' });
    expect(await route({ kind: 'review', outcome: 'posted' }, { tab: { id: 1 } })).toMatchObject({ kind: 'error' });
    expect(readReviews(area.data.get(REVIEWS_KEY)).events).toHaveLength(4);
    expect(await history.handle({ kind: 'get-history', utcOffsetMinutes: 0 })).toMatchObject({ kind: 'history', reviews: { shown: 2, edited: 1, sent: 1 } });
    expect(await history.handle({ kind: 'clear-history' })).toMatchObject({ kind: 'history', reviews: { shown: 0, edited: 0, sent: 0 } });
  });
});
