import { describe, expect, it } from 'vitest';
import { fingerprintFields, type HistoryEntry } from '../../src/history/entry.js';
import { fingerprint, type FingerprintVersion } from '../../src/history/fingerprint.js';
import { HistorySearch } from '../../src/history/search.js';
import { emptyStore, pruneStore } from '../../src/history/store.js';

const HOUR = 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 1, 12);
const pitch = 'Would you like to join our webinar on pricing strategy next Tuesday? Seats are limited, so book today.';

function entry(hoursAgo: number, text: string, extra: Partial<HistoryEntry> = {}, version?: FingerprintVersion): HistoryEntry {
  return { at: NOW - hoursAgo * HOUR, platform: 'linkedin', surface: 'message', tags: 'p', ...fingerprintFields(fingerprint(text, version)), ...extra };
}

describe('HistorySearch', () => {
  it('finds a repeat through the view, with where and when', () => {
    const search = new HistorySearch();
    search.add(entry(5, 'A completely different note about our team offsite in May, which was lovely.'));
    search.add(entry(2, `Hi Anna, ${pitch}`));
    const matches = search.view(NOW).similar(`Hey Sam!! ${pitch}`);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ platform: 'linkedin', surface: 'message', at: NOW - 2 * HOUR });
    expect(matches[0]!.similarity).toBeGreaterThan(0.9);
    expect(matches[0]).not.toHaveProperty('text');
  });

  it('shows raw text only when kept and not yet expired', () => {
    const search = new HistorySearch();
    search.add(entry(3, `Hi Anna, ${pitch}`, { text: `Hi Anna, ${pitch}`, textUntil: NOW + HOUR }));
    expect(search.view(NOW).similar(pitch)[0]?.text).toBe(`Hi Anna, ${pitch}`);
    expect(search.view(NOW + 2 * HOUR).similar(pitch)[0]).not.toHaveProperty('text');
  });

  it('ignores sends after the view\'s "now"', () => {
    const search = new HistorySearch();
    search.add(entry(1, pitch));
    expect(search.view(NOW - 2 * HOUR).similar(pitch)).toEqual([]);
    expect(search.view(NOW - 2 * HOUR).recent(0)).toEqual([]);
  });

  it('recent lists sends newest first, from `since`, at most `limit`', () => {
    const search = new HistorySearch();
    for (const h of [30, 20, 10, 5, 1]) search.add(entry(h, `post ${h} hours ago with its own words`, { surface: 'post', tags: h === 1 ? 'mc' : 'l' }));
    const view = search.view(NOW);
    expect(view.recent(NOW - 12 * HOUR).map((p) => (NOW - p.at) / HOUR)).toEqual([1, 5, 10]);
    expect(view.recent(0, 2).map((p) => (NOW - p.at) / HOUR)).toEqual([1, 5]);
    expect(view.recent(0, 1)[0]).toEqual({ platform: 'linkedin', surface: 'post', at: NOW - HOUR, promotional: false, personal: true, conversational: true, link: false });
  });

  it('an older send added late is put in order and stays findable', () => {
    const search = new HistorySearch();
    search.add(entry(1, 'the newest post of all, with words'));
    search.add(entry(9, pitch));
    expect(search.store.entries.map((e) => (NOW - e.at) / HOUR)).toEqual([9, 1]);
    expect(search.similar(pitch)[0]?.entry.at).toBe(NOW - 9 * HOUR);
  });

  it('replace reindexes (after pruning, clearing or importing)', () => {
    const search = new HistorySearch();
    search.add(entry(24 * 40, pitch));
    search.add(entry(1, 'something else entirely, written today for a friend'));
    search.replace(pruneStore(search.store, { retentionDays: 30, maxEntries: 100 }, NOW).store);
    expect(search.size).toBe(1);
    expect(search.similar(pitch)).toEqual([]);
    search.replace(emptyStore());
    expect(search.view(NOW).recent(0)).toEqual([]);
  });

  describe('entries recorded with the version 1 fingerprint (names kept)', () => {
    const met = 'it was great to meet you and Dana at the Boston meetup last week. Shall we get coffee soon?';
    const v1 = entry(48, `Hi Sam, ${met}`, {}, 1);

    it('are stored as they always were, without a version field, and new ones say version 2', () => {
      expect(v1).not.toHaveProperty('fv');
      expect(entry(1, met).fv).toBe(2);
    });

    it('still match what they matched when recorded, and what version 2 adds matches new entries', () => {
      const search = new HistorySearch();
      search.add(v1);
      // An exact repeat and another greeting: matched the version 1 way, as before.
      expect(search.similar(`Hi Sam, ${met}`)[0]?.similarity).toBe(1);
      expect(search.similar(`Hello Ana! ${met}`)[0]?.similarity).toBe(1);
      // A name swapped mid-text: version 1 keeps "Dana" and "Priya", so it is less alike there.
      const swapped = `Hi Sam, ${met.replace('Dana', 'Priya')}`;
      const before = search.similar(swapped)[0]?.similarity ?? 0;
      expect(before).toBeLessThan(1);
      search.add(entry(1, `Hi Sam, ${met}`));
      const matches = search.similar(swapped);
      expect(matches.map((m) => m.entry.fv ?? 1)).toEqual([2, 1]);
      expect(matches[0]!.similarity).toBe(1);
      expect(matches[1]!.similarity).toBe(before);
    });

    it('are found among many entries of both versions, and reindexed on replace', () => {
      const search = new HistorySearch();
      for (let h = 100; h > 50; h--) search.add(entry(h, `old note number ${h} about the garden and the weather we had`, {}, 1));
      search.add(v1);
      for (let h = 40; h > 2; h--) search.add(entry(h, `new note number ${h} about the office move and the new desks`));
      expect(search.similar(`Hey Priya - ${met}`).map((m) => m.entry)).toEqual([v1]);
      search.replace(search.store);
      expect(search.similar(`Hey Priya - ${met}`).map((m) => m.entry)).toEqual([v1]);
    });
  });
});
