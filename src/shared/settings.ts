import { z } from 'zod';
import { ruleSettingSchema } from '../engine/settings.js';

/**
 * Everything the person can set, as stored under `settings` in storage.local.
 * Versioned: a stored value with an older version goes through `migrations.ts`;
 * one that fails to parse falls back to these defaults (and the options page says so).
 */
export const SETTINGS_VERSION = 3;

export const SITES = ['x', 'linkedin', 'facebook'] as const;
export type Site = (typeof SITES)[number];

export const siteSettingsSchema = z.strictObject({
  x: z.boolean().default(true),
  linkedin: z.boolean().default(true),
  facebook: z.boolean().default(true),
});

export const historySettingsSchema = z.strictObject({
  /** Sends older than this are forgotten. */
  retentionDays: z.number().int().min(1).max(365).default(30),
  /** At most this many sends are kept; the oldest go first. */
  maxEntries: z.number().int().min(10).max(20000).default(5000),
  /** Keep the raw text of sends (to show what a repeat matched). Off by default. */
  keepRawText: z.boolean().default(false),
  /** How long raw text is kept when `keepRawText` is on. */
  rawTextDays: z.number().int().min(1).max(90).default(7),
});

/** The bands that can make Sociable hold a send for a review (issue 9). */
export const REVIEW_BANDS = ['broadcast', 'mixed'] as const;

/**
 * The review before sending: on a draft in `band` or below (or with an error or a
 * copy-paste finding), the send is held once and a card asks "Edit" or "Post anyway".
 */
export const reviewSettingsSchema = z.strictObject({
  enabled: z.boolean().default(true),
  /** 'broadcast': only broadcast drafts; 'mixed': mixed and broadcast ones. */
  band: z.enum(REVIEW_BANDS).default('broadcast'),
  sites: siteSettingsSchema.default({ x: true, linkedin: true, facebook: true }),
});
export type ReviewSettings = z.output<typeof reviewSettingsSchema>;

export const settingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  rules: z.record(z.string(), ruleSettingSchema).default({}),
  sites: siteSettingsSchema.default({ x: true, linkedin: true, facebook: true }),
  history: historySettingsSchema.default({ retentionDays: 30, maxEntries: 5000, keepRawText: false, rawTextDays: 7 }),
  review: reviewSettingsSchema.default({ enabled: true, band: 'broadcast', sites: { x: true, linkedin: true, facebook: true } }),
});

export type Settings = z.output<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
