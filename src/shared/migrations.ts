import { SETTINGS_VERSION } from './settings.js';

/**
 * Upgrades of the stored settings, one step per version: `SETTINGS_MIGRATIONS[n]` turns a
 * value written at version n into version n + 1. A value without `version` predates
 * versioning and counts as version 0. Each step is pure and never drops keys it does not
 * know, so a later schema check can name anything left wrong.
 */
export type Migration = (value: Readonly<Record<string, unknown>>) => Record<string, unknown>;

export const SETTINGS_MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 0 had the same shape, without the version stamp.
  0: (value) => ({ ...value, version: 1 }),
  // Version 2: the learned model decides when a pitch is a warning, so sales-pitch's
  // hand-set evidence thresholds went; a stored value for them is dropped, the rest kept.
  1: (value) => ({ ...value, rules: withoutOptions(value.rules, 'sales-pitch', ['threshold', 'publicThreshold', 'infoThreshold']), version: 2 }),
  // Version 3: the review before sending (issue 9), on by default for broadcast drafts on
  // every site; a value that somehow has one already keeps it.
  2: (value) => ({ ...value, review: value.review ?? { enabled: true, band: 'broadcast', sites: { x: true, linkedin: true, facebook: true } }, version: 3 }),
};

function withoutOptions(rules: unknown, ruleId: string, names: readonly string[]): unknown {
  if (!isRecord(rules) || !isRecord(rules[ruleId]) || !isRecord(rules[ruleId].options)) return rules;
  const options = Object.fromEntries(Object.entries(rules[ruleId].options).filter(([name]) => !names.includes(name)));
  return { ...rules, [ruleId]: { ...rules[ruleId], options } };
}

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; from: number; migrated: boolean }
  | { ok: false; path: string; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Bring a stored value up to SETTINGS_VERSION, or say why it cannot be. */
export function migrateSettings(raw: unknown, migrations: Readonly<Record<number, Migration>> = SETTINGS_MIGRATIONS, current: number = SETTINGS_VERSION): MigrationResult {
  if (!isRecord(raw)) return { ok: false, path: '', reason: `expected an object, got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}` };
  const version = raw.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, path: 'version', reason: `expected a whole number, got ${JSON.stringify(version)}` };
  if (version > current) return { ok: false, path: 'version', reason: `version ${version} is newer than this Sociable understands (${current})` };
  let value: Record<string, unknown> = { ...raw };
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, path: 'version', reason: `no migration from version ${v}` };
    value = step(value);
  }
  return { ok: true, value, from: version, migrated: version !== current };
}
