import { z } from 'zod';

/**
 * The history's messages (issue 4), kept apart from protocol.ts so the history work adds
 * one line there per union. Popup and options ask; the background answers.
 */

const countSchema = z.number().int().min(0);

export const dayCountSchema = z.strictObject({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  posts: countSchema,
  replies: countSchema,
  messages: countSchema,
});

export const weekStatsSchema = z.strictObject({
  posts: countSchema,
  replies: countSchema,
  messages: countSchema,
  promotionalShare: z.number().min(0).max(1),
  repeats: countSchema,
  days: z.array(dayCountSchema).length(14),
});
export type WeekStatsWire = z.infer<typeof weekStatsSchema>;

export const historyRequestSchemas = [
  // popup and options: counts, storage used and the week's figures. The offset (minutes
  // east of UTC) puts day boundaries at the person's midnight.
  z.strictObject({ kind: z.literal('get-history'), utcOffsetMinutes: z.number().int().min(-840).max(840) }),
  // options
  z.strictObject({ kind: z.literal('clear-history') }),
  z.strictObject({ kind: z.literal('export-history') }),
  z.strictObject({ kind: z.literal('import-history'), json: z.string().max(50_000_000), mode: z.enum(['merge', 'replace']).default('merge') }),
] as const;

export const historyResponseSchemas = [
  z.strictObject({
    kind: z.literal('history'),
    entries: countSchema,
    /** Bytes the history takes in storage. */
    bytes: countSchema,
    /** Entries skipped when the stored history was read, and why (for the options page). */
    corrupted: countSchema,
    problems: z.array(z.string()),
    week: weekStatsSchema,
    /** Reviews before sending in the same 7 days (issue 9): shown, edited after, sent anyway. */
    reviews: z.strictObject({ shown: countSchema, edited: countSchema, sent: countSchema }).optional(),
  }),
  z.strictObject({ kind: z.literal('history-export'), json: z.string() }),
  z.strictObject({ kind: z.literal('history-imported'), added: countSchema, duplicates: countSchema, entries: countSchema }),
] as const;

/** Which response answers each history request (merged into messaging.ts's table). */
export const HISTORY_RESPONSE_KIND = {
  'get-history': 'history',
  'clear-history': 'history',
  'export-history': 'history-export',
  'import-history': 'history-imported',
} as const;
