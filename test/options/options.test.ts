import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rules } from '../../rules/index.js';
import { createRouter } from '../../src/background/router.js';
import { ruleCatalogue } from '../../src/background/rule-info.js';
import { SettingsStore } from '../../src/background/settings-store.js';
import { TabReports } from '../../src/background/tab-reports.js';
import { lint } from '../../src/engine/lint.js';
import { exportSettings, MAX_IMPORT_BYTES, readImportFile } from '../../src/options/import-export.js';
import { optionFields, readField, showField } from '../../src/options/option-fields.js';
import { setReview, setRuleEnabled, setRuleOption, setRuleSeverity, setSiteEnabled } from '../../src/options/settings-edit.js';
import type { Push, Response } from '../../src/shared/protocol.js';
import { defaultSettings, settingsSchema, SETTINGS_VERSION } from '../../src/shared/settings.js';
import { SETTINGS_KEY } from '../../src/shared/storage.js';
import { MemoryArea } from '../background/fakes.js';

describe('option fields from a rule schema', () => {
  it('maps every registered rule option to a field with its bounds and default', () => {
    for (const entry of ruleCatalogue(rules)) {
      const rule = rules.find((r) => r.meta.id === entry.id)!;
      const defaults = rule.options.parse({}) as Record<string, unknown>;
      const fields = optionFields(entry.options);
      expect(fields.map((f) => f.key).sort()).toEqual(Object.keys(defaults).sort());
      for (const field of fields) {
        if (field.kind !== 'group') {
          expect(field.default, `${entry.id}.${field.key}`).toEqual(defaults[field.key]);
          continue;
        }
        // An object option: each of its fields carries its own default.
        const inner = defaults[field.key] as Record<string, unknown>;
        expect(field.fields?.map((f) => f.key).sort(), `${entry.id}.${field.key}`).toEqual(Object.keys(inner).sort());
        for (const f of field.fields ?? []) expect(f.default, `${entry.id}.${field.key}.${f.key}`).toEqual(inner[f.key]);
      }
    }
  });

  it('covers numbers, booleans, choices, text, lists and anything else', () => {
    const schema = z.strictObject({
      count: z.number().int().min(1).max(9).default(3).describe('How many'),
      ratio: z.number().default(0.5),
      loud: z.boolean().default(false),
      mode: z.enum(['soft', 'hard']).default('soft'),
      name: z.string().default('Sam'),
      words: z.array(z.string()).default(['buy', 'sale']),
      weights: z.record(z.string(), z.number()).default({}),
      scores: z.strictObject({ link: z.number().min(0).default(2).describe('A link') }).default({ link: 2 }),
    });
    const fields = optionFields(z.toJSONSchema(schema, { io: 'input' }));
    expect(fields).toEqual([
      { key: 'count', label: 'How many', kind: 'integer', default: 3, min: 1, max: 9 },
      { key: 'ratio', label: 'ratio', kind: 'number', default: 0.5 },
      { key: 'loud', label: 'loud', kind: 'boolean', default: false },
      { key: 'mode', label: 'mode', kind: 'choice', default: 'soft', choices: ['soft', 'hard'] },
      { key: 'name', label: 'name', kind: 'text', default: 'Sam' },
      { key: 'words', label: 'words', kind: 'list', default: ['buy', 'sale'] },
      { key: 'weights', label: 'weights', kind: 'json', default: {} },
      { key: 'scores', label: 'scores', kind: 'group', fields: [{ key: 'link', label: 'A link', kind: 'number', default: 2, min: 0 }] },
    ]);
  });

  it('reads and shows values; empty means the default', () => {
    const int = { key: 'n', label: 'n', kind: 'integer' as const };
    expect(readField(int, ' 12 ')).toEqual({ ok: true, value: 12 });
    expect(readField(int, '')).toEqual({ ok: true, value: undefined });
    expect(readField(int, 'lots')).toEqual({ ok: false, message: 'n: "lots" is not a number' });
    const list = { key: 'w', label: 'w', kind: 'list' as const };
    expect(readField(list, 'buy\n\n sale \n')).toEqual({ ok: true, value: ['buy', 'sale'] });
    expect(showField(list, ['buy', 'sale'])).toBe('buy\nsale');
    const json = { key: 'j', label: 'j', kind: 'json' as const };
    expect(readField(json, '{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(readField(json, '{a')).toMatchObject({ ok: false });
  });

  it('is empty for a schema without properties', () => {
    expect(optionFields({ type: 'object' })).toEqual([]);
    expect(optionFields('nonsense')).toEqual([]);
  });
});

describe('settings edits', () => {
  it('change one thing and never mutate the saved settings', () => {
    const saved = defaultSettings();
    const frozen = structuredClone(saved);
    const off = setRuleEnabled(saved, 'bare-link', false);
    expect(off.rules['bare-link']).toEqual({ enabled: false });
    const severe = setRuleSeverity(off, 'bare-link', 'error');
    expect(severe.rules['bare-link']).toEqual({ enabled: false, severity: 'error' });
    const opt = setRuleOption(severe, 'bare-link', 'minOwnWords', 4);
    expect(opt.rules['bare-link']?.options).toEqual({ minOwnWords: 4 });
    const back = setRuleOption(opt, 'bare-link', 'minOwnWords', undefined);
    expect(back.rules['bare-link']).toEqual({ enabled: false, severity: 'error' });
    const nested = setRuleOption(saved, 'sales-pitch', ['weights', 'selfPromo'], 5);
    expect(nested.rules['sales-pitch']).toEqual({ options: { weights: { selfPromo: 5 } } });
    expect(setRuleOption(nested, 'sales-pitch', ['weights', 'selfPromo'], undefined).rules['sales-pitch']).toBeUndefined();
    expect(setSiteEnabled(saved, 'facebook', false).sites).toEqual({ x: true, linkedin: true, facebook: false });
    expect(saved).toEqual(frozen);
  });
});

describe('import', () => {
  function background(area: MemoryArea) {
    const pushes: Push[] = [];
    const route = createRouter({
      rules,
      settings: new SettingsStore(area, rules),
      tabs: new TabReports(),
      lint: (draft, settings) => lint(draft, { settings, rules }),
      showBadge: async () => undefined,
      pushToTab: async () => undefined,
      broadcast: async (push) => void pushes.push(push),
      notifyPages: () => undefined,
      log: () => undefined,
    });
    return { route, pushes };
  }

  /** What the options page does with a chosen file: read it, then ask the background to save it. */
  async function importFile(route: ReturnType<typeof background>['route'], text: string): Promise<string> {
    const read = readImportFile(text);
    if (!read.ok) return `Nothing imported: ${read.message}.`;
    const response = (await route({ kind: 'set-settings', settings: read.value }, {})) as Response;
    return response.kind === 'error' ? response.message : 'imported';
  }

  it('round-trips an export', async () => {
    const area = new MemoryArea();
    const { route } = background(area);
    const settings = setRuleOption(setSiteEnabled(defaultSettings(), 'x', false), 'bare-link', 'minOwnWords', 3);
    expect(await importFile(route, exportSettings(settings))).toBe('imported');
    expect(area.data.get(SETTINGS_KEY)).toEqual(settings);
  });

  it('accepts an export from before versioning (migrated)', async () => {
    const area = new MemoryArea();
    const { route } = background(area);
    expect(await importFile(route, JSON.stringify({ rules: { 'bare-link': { enabled: false } } }))).toBe('imported');
    expect(area.data.get(SETTINGS_KEY)).toMatchObject({ version: SETTINGS_VERSION, rules: { 'bare-link': { enabled: false } } });
  });

  const bad: [string, string, RegExp][] = [
    ['empty', '', /the file is empty/],
    ['not JSON', '{"rules": ', /not JSON/],
    ['a list', '[1,2,3]', /expected an object, got an array/],
    ['a bad severity', JSON.stringify({ version: 1, rules: { 'bare-link': { severity: 'loud' } } }), /rules\.bare-link\.severity/],
    ['an option out of range', JSON.stringify({ version: 1, rules: { 'bare-link': { options: { minOwnWords: 1000 } } } }), /rules\.bare-link\.options\.minOwnWords/],
    ['an unknown option', JSON.stringify({ version: 1, rules: { 'bare-link': { options: { colour: 'red' } } } }), /rules\.bare-link\.options/],
    ['an unknown rule', JSON.stringify({ version: 1, rules: { 'be-nice': { enabled: true } } }), /rules\.be-nice.*unknown rule/],
    ['a bad site flag', JSON.stringify({ version: 1, sites: { x: 1 } }), /sites\.x/],
    ['an unknown top-level key', JSON.stringify({ version: 1, colour: 'red' }), /colour/],
    ['a future version', JSON.stringify({ version: 7 }), /version.*newer/],
  ];

  it.each(bad)('refuses %s with a clear error and changes nothing', async (_name, text, error) => {
    const saved = setRuleEnabled(defaultSettings(), 'bare-link', false);
    const area = new MemoryArea({ [SETTINGS_KEY]: saved, history: { entries: ['kept'] } });
    const { route, pushes } = background(area);
    const before = area.snapshot();
    expect(await importFile(route, text)).toMatch(error);
    expect(area.snapshot()).toEqual(before);
    expect(pushes).toEqual([]);
  });

  it('refuses a file far too large to be settings before parsing it', () => {
    expect(readImportFile('{}', MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, message: expect.stringMatching(/kB/) });
  });
});

describe('review before sending options (issue 9)', () => {
  it('is on by default for broadcast drafts on every site; off, the band and each site are set without touching the rest', () => {
    const base = defaultSettings();
    expect(base.review).toEqual({ enabled: true, band: 'broadcast', sites: { x: true, linkedin: true, facebook: true } });
    const off = setReview(base, { enabled: false });
    expect(off.review.enabled).toBe(false);
    expect(base.review.enabled).toBe(true);
    const mixed = setReview(off, { band: 'mixed', site: ['linkedin', false] });
    expect(mixed.review).toEqual({ enabled: false, band: 'mixed', sites: { x: true, linkedin: false, facebook: true } });
    expect(mixed.rules).toBe(base.rules);
    expect(settingsSchema.parse(mixed)).toEqual(mixed);
    expect(() => settingsSchema.parse({ ...base, review: { ...base.review, band: 'social' } })).toThrow();
  });
});
