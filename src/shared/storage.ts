import type { z } from 'zod';
import type { RuleModule } from '../engine/rule.js';
import { resolveSettings, SettingsError } from '../engine/settings.js';
import { migrateSettings } from './migrations.js';
import { defaultSettings, settingsSchema, type Settings } from './settings.js';

/**
 * The settings as kept in storage.local. Only the keys below are ever written here;
 * other keys (history) belong to their own modules and are never read or replaced, so a
 * broken settings value can never cost the person their history.
 */
export const SETTINGS_KEY = 'settings';
/** A copy of a stored value that could not be read, kept so nothing is lost. */
export const SETTINGS_BACKUP_KEY = 'settingsUnreadable';
/** Set when settings fell back to defaults; the options page shows it once, then clears it. */
export const SETTINGS_NOTICE_KEY = 'settingsNotice';

/** The part of storage.local (or any StorageArea) this module needs; tests pass a Map-backed fake. */
export interface KeyValueArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type SettingsParse = { ok: true; settings: Settings; migrated: boolean } | { ok: false; path: string; message: string };

function zodProblem(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  return { path: issue ? issue.path.map(String).join('.') : '', message: issue?.message ?? 'invalid' };
}

/** "rules.bare-link.options.minOwnWords: Too small: expected number to be >=0" */
export function describeProblem(problem: { path: string; message: string }): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/**
 * Migrate, check the shape, then check every rule's options against the rule's own
 * schema (so an imported file with a bad threshold is refused before it is saved).
 */
export function parseSettings(raw: unknown, rules: readonly RuleModule[]): SettingsParse {
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return { ok: false, path: migrated.path, message: migrated.reason };
  const parsed = settingsSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, ...zodProblem(parsed.error) };
  try {
    resolveSettings({ rules: parsed.data.rules }, rules);
  } catch (error) {
    if (error instanceof SettingsError) return { ok: false, path: error.path, message: error.reason };
    throw error;
  }
  return { ok: true, settings: parsed.data, migrated: migrated.migrated };
}

export interface LoadedSettings {
  settings: Settings;
  /** Why the stored value was not used, when it fell back to defaults. */
  fellBack?: string;
}

/**
 * Read the settings. Absent: defaults. Older version: migrated and written back.
 * Unreadable: defaults are written, the old value is kept under SETTINGS_BACKUP_KEY and
 * a notice is left for the options page. Other keys are never touched.
 */
export async function loadSettings(area: KeyValueArea, rules: readonly RuleModule[]): Promise<LoadedSettings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return { settings: defaultSettings() };
  const parsed = parseSettings(stored, rules);
  if (parsed.ok) {
    if (parsed.migrated) await area.set({ [SETTINGS_KEY]: parsed.settings });
    return { settings: parsed.settings };
  }
  const reason = describeProblem(parsed);
  const settings = defaultSettings();
  const notice = `Your saved settings could not be read (${reason}), so Sociable went back to its defaults. The old value is kept under "${SETTINGS_BACKUP_KEY}" in the extension's storage.`;
  await area.set({ [SETTINGS_KEY]: settings, [SETTINGS_BACKUP_KEY]: stored, [SETTINGS_NOTICE_KEY]: notice });
  return { settings, fellBack: reason };
}

export async function saveSettings(area: KeyValueArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: settings });
}

export async function readNotice(area: KeyValueArea): Promise<string | undefined> {
  const value = (await area.get(SETTINGS_NOTICE_KEY))[SETTINGS_NOTICE_KEY];
  return typeof value === 'string' ? value : undefined;
}

export async function clearNotice(area: KeyValueArea): Promise<void> {
  await area.remove(SETTINGS_NOTICE_KEY);
}
