import { z } from 'zod';
import { ruleSettingSchema } from '../engine/settings.js';

/**
 * Everything the person can set, as stored under `settings` in storage.local.
 * Versioned: a stored value with an older version goes through `migrations.ts`;
 * one that fails to parse falls back to these defaults (and the options page says so).
 */
export const SETTINGS_VERSION = 2;

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

export const settingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  rules: z.record(z.string(), ruleSettingSchema).default({}),
  sites: siteSettingsSchema.default({ x: true, linkedin: true, facebook: true }),
  history: historySettingsSchema.default({ retentionDays: 30, maxEntries: 5000, keepRawText: false, rawTextDays: 7 }),
});

export type Settings = z.output<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
