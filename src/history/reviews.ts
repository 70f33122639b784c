/**
 * The reviews before sending (issue 9), counted for the popup's "Your week": each review
 * shown, each draft edited after one, each post sent anyway, as a time and an outcome,
 * never any text. Kept in storage.local beside the history (key `reviews`), pruned to
 * REVIEW_DAYS and REVIEW_MAX events, cleared with it. Pure: the caller stores the result.
 */
export const REVIEW_OUTCOMES = ['shown', 'edited', 'sent'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export interface ReviewEvent {
  at: number;
  outcome: ReviewOutcome;
}
export interface ReviewLog {
  version: 1;
  events: ReviewEvent[];
}
export type ReviewWeek = Record<ReviewOutcome, number>;

export const REVIEWS_KEY = 'reviews';
export const REVIEW_DAYS = 30;
export const REVIEW_MAX = 5000;
const DAY_MS = 24 * 60 * 60 * 1000;

function isEvent(value: unknown): value is ReviewEvent {
  const e = value as Partial<ReviewEvent> | null;
  return typeof e === 'object' && e !== null && Number.isFinite(e.at) && REVIEW_OUTCOMES.includes(e.outcome as ReviewOutcome);
}

/** The stored log, with anything unreadable in it skipped (a corrupt value reads as empty). */
export function readReviews(raw: unknown): ReviewLog {
  const events = (raw as { events?: unknown } | null)?.events;
  return { version: 1, events: Array.isArray(events) ? events.filter(isEvent).map((e) => ({ at: e.at, outcome: e.outcome })) : [] };
}

/** The log with one more event, older ones beyond REVIEW_DAYS or REVIEW_MAX dropped. */
export function addReview(raw: unknown, outcome: ReviewOutcome, now: number): ReviewLog {
  const since = now - REVIEW_DAYS * DAY_MS;
  const events = [...readReviews(raw).events.filter((e) => e.at >= since), { at: now, outcome }];
  return { version: 1, events: events.slice(-REVIEW_MAX) };
}

/** Counts of the last 7 local days (today and the six before), as weekStats counts sends. */
export function reviewWeek(raw: unknown, now: number, utcOffsetMinutes = 0): ReviewWeek {
  const offset = utcOffsetMinutes * 60_000;
  const weekStart = Math.floor((now + offset) / DAY_MS) * DAY_MS - 6 * DAY_MS;
  const week: ReviewWeek = { shown: 0, edited: 0, sent: 0 };
  for (const e of readReviews(raw).events) if (e.at + offset >= weekStart && e.at <= now) week[e.outcome]++;
  return week;
}
