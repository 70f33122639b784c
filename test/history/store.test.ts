import { describe, expect, it } from 'vitest';
import { fingerprintFields, type HistoryEntry } from '../../src/history/entry.js';
import { fingerprint } from '../../src/history/fingerprint.js';
import {
  addEntry,
  emptyStore,
  entryBytes,
  exportHistory,
  importHistory,
  loadStore,
  pruneStore,
  pruneToBytes,
  storeBytes,
  type HistoryStore,
} from '../../src/history/store.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 1);

function entry(daysAgo: number, text = `post from ${daysAgo} days ago about something`, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return { at: NOW - daysAgo * DAY, platform: 'x', surface: 'post', tags: 'pl', ...fingerprintFields(fingerprint(text)), ...extra };
}

function storeOf(...entries: HistoryEntry[]): HistoryStore {
  return entries.reduce(addEntry, emptyStore());
}

describe('addEntry', () => {
  it('keeps entries in time order and does not touch the old store', () => {
    const before = storeOf(entry(3), entry(1));
    const after = addEntry(before, entry(2));
    expect(after.entries.map((e) => e.at)).toEqual([NOW - 3 * DAY, NOW - 2 * DAY, NOW - DAY]);
    expect(before.entries).toHaveLength(2);
  });
});

describe('pruneStore', () => {
  it('forgets entries past retention, then the oldest over the entry limit', () => {
    const store = storeOf(entry(40), entry(31), entry(20), entry(10), entry(5), entry(1));
    const { store: pruned, expired, overflow } = pruneStore(store, { retentionDays: 30, maxEntries: 3 }, NOW);
    expect(expired).toBe(2);
    expect(overflow).toBe(1);
    expect(pruned.entries.map((e) => (NOW - e.at) / DAY)).toEqual([10, 5, 1]);
  });

  it('drops raw text past its time and keeps the entry', () => {
    const store = storeOf(entry(9, 'old text kept', { text: 'old text kept', textUntil: NOW - DAY }), entry(1, 'new text kept', { text: 'new text kept', textUntil: NOW + DAY }));
    const { store: pruned, textsDropped } = pruneStore(store, { retentionDays: 30, maxEntries: 100 }, NOW);
    expect(textsDropped).toBe(1);
    expect(pruned.entries[0]).not.toHaveProperty('text');
    expect(pruned.entries[0]).not.toHaveProperty('textUntil');
    expect(pruned.entries[1]?.text).toBe('new text kept');
  });
});

describe('sizes and the quota', () => {
  it('an entry without raw text takes at most 300 bytes', () => {
    const long = entry(1, 'a very long post '.repeat(200), { platform: 'linkedin', surface: 'message', tags: 'pmclr' });
    expect(entryBytes(long)).toBeLessThanOrEqual(300);
  });

  it('pruneToBytes drops the oldest entries until the store fits', () => {
    const store = storeOf(...Array.from({ length: 20 }, (_, i) => entry(20 - i, `post ${i} with some words in it`)));
    const budget = storeBytes(store) - 3 * entryBytes(store.entries[0]!);
    const { store: fitted, dropped } = pruneToBytes(store, budget);
    expect(storeBytes(fitted)).toBeLessThanOrEqual(budget);
    expect(dropped).toBeGreaterThanOrEqual(3);
    expect(dropped).toBeLessThanOrEqual(4);
    expect(fitted.entries[0]).toEqual(store.entries[dropped]);
    expect(pruneToBytes(store, storeBytes(store)).dropped).toBe(0);
  });
});

describe('loadStore', () => {
  it('skips, counts and reports corrupted entries, keeping the rest', () => {
    const good = [entry(3), entry(2), entry(1)];
    const raw = {
      version: 1,
      entries: [good[0], { at: 'yesterday' }, good[1], { ...good[2], sig: 'not base64!' }, null, good[2]],
    };
    const result = loadStore(JSON.parse(JSON.stringify(raw)));
    expect(result.store.entries).toEqual(good);
    expect(result.corrupted).toBe(3);
    expect(result.readable).toBe(true);
    expect(result.problems).toHaveLength(3);
    expect(result.problems[0]).toMatch(/^entry 1: /);
    expect(result.problems[1]).toMatch(/^entry 3: sig: /);
  });

  it('reads entries of both fingerprint versions (version 1 has no `fv`); an unknown version is skipped and reported', () => {
    const current = entry(2);
    const { fv: _fv, ...fromVersion1 } = { ...entry(3), ...fingerprintFields(fingerprint('post from 3 days ago about something', 1)) };
    expect(current.fv).toBe(2);
    const result = loadStore({ version: 1, entries: [fromVersion1, current, { ...entry(1), fv: 3 }] });
    expect(result.store.entries).toEqual([fromVersion1, current]);
    expect(result.corrupted).toBe(1);
    expect(result.problems[0]).toMatch(/^entry 2: fv: /);
  });

  it('nothing stored is an empty history; garbage is reported, not thrown', () => {
    expect(loadStore(undefined)).toEqual({ store: emptyStore(), corrupted: 0, problems: [], readable: true });
    const garbage = loadStore('{{{');
    expect(garbage.readable).toBe(false);
    expect(garbage.store.entries).toEqual([]);
    expect(garbage.problems[0]).toMatch(/not an object/);
  });
});

describe('export and import', () => {
  const store = storeOf(entry(3), entry(2, 'the second post here'), entry(1, 'the third post here', { text: 'the third post here', textUntil: NOW + DAY }));

  it('round-trips', () => {
    const result = importHistory(exportHistory(store, NOW), emptyStore());
    expect(result).toEqual({ ok: true, store, added: 3, duplicates: 0 });
  });

  it('merges without duplicating, or replaces', () => {
    const partial = storeOf(entry(2, 'the second post here'), entry(10));
    const merged = importHistory(exportHistory(store, NOW), partial);
    if (!merged.ok) throw new Error(merged.error);
    expect(merged.added).toBe(2);
    expect(merged.duplicates).toBe(1);
    expect(merged.store.entries).toHaveLength(4);
    expect(merged.store.entries.map((e) => e.at)).toEqual([...merged.store.entries.map((e) => e.at)].sort((a, b) => a - b));
    const replaced = importHistory(exportHistory(store, NOW), partial, 'replace');
    expect(replaced.ok && replaced.store).toEqual(store);
  });

  it.each([
    ['not JSON', '{"format": "sociable-history", ', /^not JSON/],
    ['another file', '{"hello": 1}', /not a Sociable history export/],
    ['a bad entry', JSON.stringify({ format: 'sociable-history', version: 1, entries: [entry(1), { ...entry(2), platform: 'myspace' }] }), /entry 2 \(platform\)/],
    ['a wrong version', JSON.stringify({ format: 'sociable-history', version: 9, entries: [] }), /at version/],
  ])('refuses %s with a clear error and changes nothing', (_, json, error) => {
    const before = JSON.stringify(store);
    const result = importHistory(json, store);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
    expect(JSON.stringify(store)).toBe(before);
  });
});
