import { describe, expect, it } from 'vitest';
import { HISTORY_BACKUP_KEY, HISTORY_KEY, HistoryService } from '../../src/background/history-service.js';
import { lint } from '../../src/engine/lint.js';
import type { Draft } from '../../src/engine/types.js';
import { fingerprintFields } from '../../src/history/entry.js';
import { fingerprint } from '../../src/history/fingerprint.js';
import type { HistoryStore } from '../../src/history/store.js';
import type { Response } from '../../src/shared/protocol.js';
import { defaultSettings, type Settings } from '../../src/shared/settings.js';
import { MemoryArea } from './fakes.js';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 2, 10, 12);
const pitch = 'I came across your profile and think you would be a great fit for our coaching programme. Do you have 15 minutes for a call this week?';

function service(area = new MemoryArea(), limits: Partial<Settings['history']> = {}, clock = { now: START }) {
  const logs: string[] = [];
  const history = { ...defaultSettings().history, ...limits };
  const s = new HistoryService(area, async () => history, (m) => logs.push(m), () => clock.now);
  return { s, area, logs, clock };
}

function expectKind<K extends Response['kind']>(response: Response, kind: K): Extract<Response, { kind: K }> {
  if (response.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(response)}`);
  return response as Extract<Response, { kind: K }>;
}

const sendX: Draft = { text: `Hi Anna, ${pitch}`, platform: 'x', surface: 'post' };

describe('HistoryService', () => {
  it('records a send (fingerprint only), and the next draft sees it as a repeat', async () => {
    const { s, area } = service();
    await s.ready();
    await s.record(sendX, lint(sendX));
    const stored = area.data.get(HISTORY_KEY) as HistoryStore;
    expect(stored.entries).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('coaching');
    const report = lint({ text: `Hey Sam! ${pitch}`, platform: 'linkedin', surface: 'message' }, { history: s.view() });
    expect(report.findings.find((f) => f.ruleId === 'copy-paste')?.message).toBe('Nearly the same as your X post of just now (100 % alike).');
  });

  it('keeps raw text only on opt-in', async () => {
    const { s, area } = service(new MemoryArea(), { keepRawText: true, rawTextDays: 2 });
    await s.record(sendX, undefined);
    const entry = (area.data.get(HISTORY_KEY) as HistoryStore).entries[0];
    expect(entry?.text).toBe(sendX.text);
    expect(entry?.textUntil).toBe(START + 2 * DAY);
  });

  it('applies retention and the entry limit when recording', async () => {
    const { s, area, clock } = service(new MemoryArea(), { retentionDays: 3, maxEntries: 10 });
    for (let i = 0; i < 15; i++) {
      clock.now = START + i * DAY;
      await s.record({ text: `post number ${i} with a few words of its own`, platform: 'x', surface: 'post' }, undefined);
    }
    const stored = area.data.get(HISTORY_KEY) as HistoryStore;
    expect(stored.entries.map((e) => (e.at - START) / DAY)).toEqual([11, 12, 13, 14]);
    expect(s.view().recent(0)).toHaveLength(4);
  });

  it('prunes the oldest entries when storage nears its quota', async () => {
    const area = Object.assign(new MemoryArea(), {
      // Something else already fills all but ~3 entries' worth of the quota.
      async getBytesInUse(keys?: string | string[] | null) {
        const mine = JSON.stringify(area.data.get(HISTORY_KEY) ?? '').length;
        return keys === null ? mine + 10 * 1024 * 1024 - 512 * 1024 - 800 : mine;
      },
    });
    const { s, logs } = service(area);
    for (let i = 0; i < 6; i++) await s.record({ text: `quota post ${i} with a few words`, platform: 'x', surface: 'post' }, undefined);
    const stored = area.data.get(HISTORY_KEY) as HistoryStore;
    expect(stored.entries.length).toBeGreaterThan(0);
    expect(stored.entries.length).toBeLessThan(4);
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(800);
    expect(logs.some((l) => l.includes('storage is nearly full'))).toBe(true);
  });

  it('skips, counts and reports corrupted entries, and keeps the rest', async () => {
    const good = { at: START - DAY, platform: 'x', surface: 'post', tags: 'p', ...fingerprintFields(fingerprint(pitch)) };
    const area = new MemoryArea({ [HISTORY_KEY]: { version: 1, entries: [good, { at: -5 }, 'junk'] } });
    const { s, logs } = service(area);
    const info = expectKind(await s.handle({ kind: 'get-history', utcOffsetMinutes: 0 }), 'history');
    expect(info.entries).toBe(1);
    expect(info.corrupted).toBe(2);
    expect(info.problems).toHaveLength(2);
    expect(logs[0]).toMatch(/skipped 2 corrupted/);
    expect(s.view().similar(`Hello! ${pitch}`)).toHaveLength(1);
  });

  it('keeps an unreadable stored value aside before anything is saved over it', async () => {
    const area = new MemoryArea({ [HISTORY_KEY]: 'garbage' });
    const { s } = service(area);
    await s.record(sendX, undefined);
    expect(area.data.get(HISTORY_BACKUP_KEY)).toBe('garbage');
    expect((area.data.get(HISTORY_KEY) as HistoryStore).entries).toHaveLength(1);
  });

  it('reports the week, clears, exports and imports', async () => {
    const { s, area } = service();
    await s.record(sendX, lint(sendX));
    await s.record({ text: 'Thanks so much Dana, that made my day!', platform: 'x', surface: 'reply' }, undefined);
    const info = expectKind(await s.handle({ kind: 'get-history', utcOffsetMinutes: 60 }), 'history');
    expect(info).toMatchObject({ entries: 2, corrupted: 0, week: { posts: 1, replies: 1, messages: 0 } });
    expect(info.bytes).toBeGreaterThan(300);
    expect(info.week.days).toHaveLength(14);

    const exported = expectKind(await s.handle({ kind: 'export-history' }), 'history-export');
    const cleared = expectKind(await s.handle({ kind: 'clear-history' }), 'history');
    expect(cleared.entries).toBe(0);
    expect((area.data.get(HISTORY_KEY) as HistoryStore).entries).toEqual([]);
    expect(s.view().similar(pitch)).toEqual([]);

    const imported = expectKind(await s.handle({ kind: 'import-history', json: exported.json, mode: 'merge' }), 'history-imported');
    expect(imported).toEqual({ kind: 'history-imported', added: 2, duplicates: 0, entries: 2 });
    expect(s.view().similar(pitch)).toHaveLength(1);
  });

  it('a malformed import is refused with a clear error and changes nothing', async () => {
    const { s, area } = service();
    await s.record(sendX, undefined);
    const before = area.snapshot();
    const writes = area.writes;
    const response = await s.handle({ kind: 'import-history', json: '{"format": "sociable-history", "version": 1, "entries": [{"at": "x"}]}', mode: 'replace' });
    expect(response).toEqual({ kind: 'error', message: expect.stringMatching(/^History not changed: invalid history file at entry 1 \(at\)/) });
    expect(area.snapshot()).toEqual(before);
    expect(area.writes).toBe(writes);
    expect(s.view().similar(pitch)).toHaveLength(1);
  });
});
