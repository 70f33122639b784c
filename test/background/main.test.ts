import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Response } from '../../src/shared/protocol.js';
import { SETTINGS_KEY } from '../../src/shared/storage.js';
import { MemoryArea } from './fakes.js';

/**
 * The service worker's wiring (src/background/main.ts) with webextension-polyfill
 * replaced by a fake browser: what the real listeners do with real messages.
 */
type Listener = (message: unknown, sender: { tab?: { id?: number } }) => Promise<Response> | undefined;

const fake = vi.hoisted(() => {
  const state = {
    onMessage: [] as ((message: unknown, sender: unknown) => unknown)[],
    onRemoved: [] as ((tabId: number) => void)[],
    onStorageChanged: [] as ((changes: Record<string, unknown>, area: string) => void)[],
    badge: new Map<number, { text?: string; color?: string; title?: string }>(),
    tabMessages: [] as { tabId: number; message: unknown }[],
    queries: [] as unknown[],
    local: undefined as unknown,
    session: undefined as unknown,
  };
  return state;
});

vi.mock('webextension-polyfill', () => {
  const badge = (tabId: number) => fake.badge.get(tabId) ?? (fake.badge.set(tabId, {}), fake.badge.get(tabId)!);
  return {
    default: {
      runtime: {
        getManifest: () => ({ content_scripts: [{ matches: ['https://x.com/*', 'https://www.linkedin.com/*'] }] }),
        onMessage: { addListener: (l: (m: unknown, s: unknown) => unknown) => fake.onMessage.push(l) },
        sendMessage: async () => {
          throw new Error('Could not establish connection. Receiving end does not exist.');
        },
      },
      storage: {
        get local() {
          return fake.local;
        },
        get session() {
          return fake.session;
        },
        onChanged: { addListener: (l: (c: Record<string, unknown>, a: string) => void) => fake.onStorageChanged.push(l) },
      },
      action: {
        setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void (badge(tabId).text = text),
        setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void (badge(tabId).color = color),
        setBadgeTextColor: async () => undefined,
        setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void (badge(tabId).title = title),
      },
      tabs: {
        query: async (info: unknown) => {
          fake.queries.push(info);
          return [{ id: 11 }, { id: 12 }];
        },
        sendMessage: async (tabId: number, message: unknown) => {
          if (tabId === 12) throw new Error('Could not establish connection.');
          fake.tabMessages.push({ tabId, message });
        },
        onRemoved: { addListener: (l: (tabId: number) => void) => fake.onRemoved.push(l) },
        onUpdated: { addListener: () => undefined },
      },
    },
  };
});

let send: Listener;

beforeEach(async () => {
  vi.resetModules();
  fake.onMessage.length = 0;
  fake.onRemoved.length = 0;
  fake.onStorageChanged.length = 0;
  fake.badge.clear();
  fake.tabMessages.length = 0;
  fake.queries.length = 0;
  fake.local = new MemoryArea({ history: { entries: ['kept'] } });
  fake.session = new MemoryArea();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await import('../../src/background/main.js');
  expect(fake.onMessage).toHaveLength(1);
  send = fake.onMessage[0] as Listener;
});

describe('background main (polyfill mocked)', () => {
  it('answers a lint from a tab and puts the score on that tab’s badge', async () => {
    const response = await send({ kind: 'lint', draftId: 'a', draft: { text: 'New post https://example.com/p', platform: 'x', surface: 'post' } }, { tab: { id: 11 } });
    expect(response?.kind).toBe('report');
    const report = (response as Extract<Response, { kind: 'report' }>).report;
    expect(fake.badge.get(11)?.text).toBe(String(report.score));
    expect(fake.badge.get(11)?.color).toMatch(/^#/);
  });

  it('refuses a malformed message, logs it, and still answers the next one', async () => {
    const bad = await send({ kind: 'lint', draftId: 7 }, { tab: { id: 11 } });
    expect(bad?.kind).toBe('error');
    expect(console.warn).toHaveBeenCalledWith('[sociable] refused a malformed message', expect.anything());
    expect((await send({ kind: 'get-rules' }, {}))?.kind).toBe('rules');
  });

  it('broadcasts new settings to the tabs on the sites, ignoring tabs without a content script', async () => {
    const response = await send({ kind: 'set-settings', settings: { sites: { x: false, linkedin: true, facebook: true } } }, {});
    expect(response?.kind).toBe('settings');
    expect(fake.queries).toEqual([{ url: ['https://x.com/*', 'https://www.linkedin.com/*'] }]);
    expect(fake.tabMessages).toEqual([{ tabId: 11, message: { kind: 'settings-changed', settings: expect.objectContaining({ sites: { x: false, linkedin: true, facebook: true } }) } }]);
    expect((fake.local as MemoryArea).data.get('history')).toEqual({ entries: ['kept'] });
  });

  it('re-reads settings written from outside (storage.onChanged)', async () => {
    await send({ kind: 'get-settings' }, {});
    await (fake.local as MemoryArea).set({ [SETTINGS_KEY]: { version: 1, rules: { 'bare-link': { enabled: false } } } });
    for (const listener of fake.onStorageChanged) listener({ [SETTINGS_KEY]: {} }, 'local');
    const response = (await send({ kind: 'get-settings' }, {})) as Extract<Response, { kind: 'settings' }>;
    expect(response.settings.rules['bare-link']).toEqual({ enabled: false });
  });

  it('forgets a closed tab', async () => {
    await send({ kind: 'lint', draftId: 'a', draft: { text: 'hello there', platform: 'x', surface: 'post' } }, { tab: { id: 11 } });
    fake.onRemoved.forEach((l) => l(11));
    const response = (await send({ kind: 'get-tab-report', tabId: 11 }, {})) as Extract<Response, { kind: 'tab-report' }>;
    expect(response.report).toBeUndefined();
  });
});
