import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { createRouter } from '../../src/background/router.js';
import { SettingsStore } from '../../src/background/settings-store.js';
import { TabReports } from '../../src/background/tab-reports.js';
import { lint } from '../../src/engine/lint.js';
import { migrateSettings, SETTINGS_MIGRATIONS } from '../../src/shared/migrations.js';
import type { Response } from '../../src/shared/protocol.js';
import { defaultSettings, SETTINGS_VERSION } from '../../src/shared/settings.js';
import { loadSettings, parseSettings, SETTINGS_BACKUP_KEY, SETTINGS_KEY, SETTINGS_NOTICE_KEY } from '../../src/shared/storage.js';
import { MemoryArea } from '../background/fakes.js';

/** What another module (history, issue 4) keeps beside the settings. */
const HISTORY = { version: 1, entries: [{ hash: 'a1b2', platform: 'x', at: 1700000000000 }] };

describe('migrations', () => {
  it('brings an unversioned value to the current version', () => {
    const result = migrateSettings({ rules: { 'bare-link': { enabled: false } } });
    expect(result).toEqual({ ok: true, from: 0, migrated: true, value: { version: SETTINGS_VERSION, rules: { 'bare-link': { enabled: false } }, review: { enabled: true, band: 'broadcast', sites: { x: true, linkedin: true, facebook: true } } } });
  });

  it('leaves a current value as it is', () => {
    const value = { ...defaultSettings() };
    expect(migrateSettings(value)).toEqual({ ok: true, from: SETTINGS_VERSION, migrated: false, value });
  });

  it('runs each step in order', () => {
    const steps = { 0: (v: Record<string, unknown>) => ({ ...v, version: 1, a: 1 }), 1: (v: Record<string, unknown>) => ({ ...v, version: 2, b: Number(v.a) + 1 }) };
    expect(migrateSettings({}, steps, 2)).toMatchObject({ ok: true, value: { version: 2, a: 1, b: 2 } });
    expect(migrateSettings({ version: 1, a: 5 }, steps, 2)).toMatchObject({ ok: true, from: 1, value: { b: 6 } });
  });

  it('refuses what it cannot migrate, saying why', () => {
    expect(migrateSettings('settings')).toMatchObject({ ok: false, reason: expect.stringMatching(/expected an object, got string/) });
    expect(migrateSettings(null)).toMatchObject({ ok: false, reason: expect.stringMatching(/null/) });
    expect(migrateSettings([])).toMatchObject({ ok: false, reason: expect.stringMatching(/array/) });
    expect(migrateSettings({ version: 'one' })).toMatchObject({ ok: false, path: 'version' });
    expect(migrateSettings({ version: SETTINGS_VERSION + 1 })).toMatchObject({ ok: false, path: 'version', reason: expect.stringMatching(/newer/) });
    expect(migrateSettings({ version: 0 }, {}, 1)).toMatchObject({ ok: false, reason: 'no migration from version 0' });
  });

  it('drops the sales-pitch thresholds of version 1 (the model decides now) and keeps every other choice', () => {
    const v1 = { version: 1, rules: { 'sales-pitch': { severity: 'error', options: { threshold: 4, infoThreshold: 2, commerceCap: 3 } }, gimmicks: { enabled: false } } };
    const result = migrateSettings(v1);
    expect(result).toEqual({
      ok: true,
      from: 1,
      migrated: true,
      value: { version: SETTINGS_VERSION, rules: { 'sales-pitch': { severity: 'error', options: { commerceCap: 3 } }, gimmicks: { enabled: false } }, review: { enabled: true, band: 'broadcast', sites: { x: true, linkedin: true, facebook: true } } },
    });
    expect(parseSettings(v1, rules)).toMatchObject({ ok: true, migrated: true });
  });

  it('adds the review before sending in version 3 (on, broadcast, every site), pure, keeping every other choice', () => {
    const v2 = Object.freeze({ version: 2, rules: { gimmicks: { enabled: false } }, sites: { x: false, linkedin: true, facebook: true } });
    const result = migrateSettings(v2);
    expect(result).toEqual({ ok: true, from: 2, migrated: true, value: { ...v2, version: 3, review: { enabled: true, band: 'broadcast', sites: { x: true, linkedin: true, facebook: true } } } });
    expect(v2).not.toHaveProperty('review');
    expect(parseSettings(v2, rules)).toMatchObject({ ok: true, migrated: true, settings: { review: { enabled: true, band: 'broadcast' } } });
    // A review already there (written by hand or an import) is kept.
    const own = { version: 2, review: { enabled: false, band: 'mixed', sites: { x: true, linkedin: false, facebook: true } } };
    expect(migrateSettings(own)).toMatchObject({ ok: true, value: { version: 3, review: own.review } });
  });

  it('has a step for every version below the current one', () => {
    for (let v = 0; v < SETTINGS_VERSION; v++) expect(SETTINGS_MIGRATIONS[v], `migration from ${v}`).toBeTypeOf('function');
  });
});

describe('loadSettings', () => {
  it('gives defaults when nothing is stored, and writes nothing', async () => {
    const area = new MemoryArea({ history: HISTORY });
    expect(await loadSettings(area, rules)).toEqual({ settings: defaultSettings() });
    expect(area.writes).toBe(0);
  });

  it('reads valid settings back', async () => {
    const stored = { ...defaultSettings(), rules: { 'bare-link': { severity: 'error' as const } } };
    const area = new MemoryArea({ [SETTINGS_KEY]: stored });
    expect((await loadSettings(area, rules)).settings).toEqual(stored);
  });

  it('migrates an older value and writes it back', async () => {
    const area = new MemoryArea({ [SETTINGS_KEY]: { rules: { 'bare-link': { enabled: false } } }, history: HISTORY });
    const loaded = await loadSettings(area, rules);
    expect(loaded.settings.rules['bare-link']).toEqual({ enabled: false });
    expect(area.data.get(SETTINGS_KEY)).toMatchObject({ version: SETTINGS_VERSION });
    expect(area.data.get('history')).toEqual(HISTORY);
  });

  const corrupt: [string, unknown][] = [
    ['a string', 'not settings'],
    ['a number', 42],
    ['null', null],
    ['an array', [1, 2]],
    ['a wrong type', { version: 1, sites: { x: 'yes' } }],
    ['an unknown key', { version: 1, theme: 'dark' }],
    ['a bad severity', { version: 1, rules: { 'bare-link': { severity: 'fatal' } } }],
    ['a bad rule option', { version: 1, rules: { 'bare-link': { options: { minOwnWords: 'many' } } } }],
    ['an unknown rule', { version: 1, rules: { 'no-such-rule': {} } }],
    ['a future version', { version: 99, rules: {} }],
  ];

  it.each(corrupt)('falls back to defaults for %s, keeps a backup, leaves a notice and never touches history', async (_name, value) => {
    const area = new MemoryArea({ [SETTINGS_KEY]: value, history: HISTORY, other: 'untouched' });
    const loaded = await loadSettings(area, rules);
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.fellBack).toBeTruthy();
    expect(area.data.get(SETTINGS_KEY)).toEqual(defaultSettings());
    expect(area.data.get(SETTINGS_BACKUP_KEY)).toEqual(value);
    expect(area.data.get(SETTINGS_NOTICE_KEY)).toMatch(/could not be read/);
    expect(area.data.get('history')).toEqual(HISTORY);
    expect(area.data.get('other')).toBe('untouched');
  });

  it('names the path of the problem in the notice', async () => {
    const area = new MemoryArea({ [SETTINGS_KEY]: { version: 1, rules: { 'bare-link': { options: { minOwnWords: -1 } } } } });
    await loadSettings(area, rules);
    expect(area.data.get(SETTINGS_NOTICE_KEY)).toContain('rules.bare-link.options.minOwnWords');
  });
});

describe('parseSettings', () => {
  it('fills defaults in a partial value', () => {
    const parsed = parseSettings({ version: 1, sites: { x: false } }, rules);
    expect(parsed).toMatchObject({ ok: true, settings: { sites: { x: false, linkedin: true, facebook: true }, rules: {} } });
  });
});

describe('the one-time notice, through the background', () => {
  function router(area: MemoryArea) {
    return createRouter({
      rules,
      settings: new SettingsStore(area, rules),
      tabs: new TabReports(),
      lint: (draft, settings) => lint(draft, { settings, rules }),
      showBadge: async () => undefined,
      pushToTab: async () => undefined,
      broadcast: async () => undefined,
      notifyPages: () => undefined,
      log: () => undefined,
    });
  }
  const get = async (route: ReturnType<typeof router>) => (await route({ kind: 'get-settings' }, {})) as Extract<Response, { kind: 'settings' }>;

  it('is given to the options page until it is acknowledged, then never again', async () => {
    const area = new MemoryArea({ [SETTINGS_KEY]: '{broken', history: HISTORY });
    const route = router(area);
    const first = await get(route);
    expect(first.kind).toBe('settings');
    expect(first.settings).toEqual(defaultSettings());
    expect(first.notice).toMatch(/could not be read.*defaults/);
    expect((await route({ kind: 'ack-notice' }, {})).kind).toBe('ok');
    expect((await get(route)).notice).toBeUndefined();
    // A new worker (restart) does not bring it back either.
    expect((await get(router(area))).notice).toBeUndefined();
    expect(area.data.get('history')).toEqual(HISTORY);
  });

  it('is not given when the stored settings were fine', async () => {
    const area = new MemoryArea({ [SETTINGS_KEY]: defaultSettings() });
    expect((await get(router(area))).notice).toBeUndefined();
  });
});
