import { describe, expect, it, vi } from 'vitest';
import { rules as registry } from '../../rules/index.js';
import { BAND_COLOURS, showOnBadge, type ActionApi } from '../../src/background/badge.js';
import { createRouter, type RouterDeps } from '../../src/background/router.js';
import { SettingsStore } from '../../src/background/settings-store.js';
import { TabReports } from '../../src/background/tab-reports.js';
import { lint } from '../../src/engine/lint.js';
import type { RuleModule } from '../../src/engine/rule.js';
import type { Report } from '../../src/engine/types.js';
import type { Push, Response } from '../../src/shared/protocol.js';
import { SETTINGS_KEY } from '../../src/shared/storage.js';
import { MemoryArea, shoutRule } from './fakes.js';

const PITCH = { text: 'New post https://example.com/blog/post-1', platform: 'x', surface: 'post' } as const;
const PERSONAL = { text: 'I spent the weekend fixing my bike with my daughter and we both learned a lot. What did you do?', platform: 'linkedin', surface: 'post' } as const;

function setup(rules: readonly RuleModule[] = [...registry, shoutRule]) {
  const local = new MemoryArea({ history: { entries: [1, 2, 3] } });
  const session = new MemoryArea();
  const badges = new Map<number, Report | undefined>();
  const pushes: { tabId: number | 'all'; push: Push }[] = [];
  const log = vi.fn();
  const recordSend = vi.fn(async () => undefined);
  const notifyPages = vi.fn();
  const deps: RouterDeps = {
    rules,
    settings: new SettingsStore(local, rules),
    tabs: new TabReports(session),
    lint: (draft, settings) => lint(draft, { settings, rules }),
    showBadge: async (tabId, report) => void badges.set(tabId, report),
    pushToTab: async (tabId, push) => void pushes.push({ tabId, push }),
    broadcast: async (push) => void pushes.push({ tabId: 'all', push }),
    notifyPages,
    recordSend,
    log,
  };
  return { route: createRouter(deps), local, session, badges, pushes, log, recordSend, notifyPages, deps };
}

const fromTab = (id: number) => ({ tab: { id } });
const fromPopup = {};

function expectKind<K extends Response['kind']>(response: Response, kind: K): Extract<Response, { kind: K }> {
  expect(response.kind, JSON.stringify(response)).toBe(kind);
  return response as Extract<Response, { kind: K }>;
}

describe('router: malformed messages', () => {
  const malformed: [string, unknown][] = [
    ['undefined', undefined],
    ['a string', 'lint'],
    ['an array', [{ kind: 'lint' }]],
    ['no kind', { draftId: 'a', draft: PITCH }],
    ['an unknown kind', { kind: 'format-disk' }],
    ['lint without a draft', { kind: 'lint', draftId: 'a' }],
    ['lint with text as a number', { kind: 'lint', draftId: 'a', draft: { text: 42 } }],
    ['lint with an unknown platform', { kind: 'lint', draftId: 'a', draft: { text: 'hi', platform: 'myspace' } }],
    ['lint with an empty draftId', { kind: 'lint', draftId: '', draft: PITCH }],
    ['an extra field (strict)', { kind: 'get-settings', evil: true }],
    ['apply-fix with a negative index', { kind: 'apply-fix', tabId: 1, draftId: 'a', findingIndex: -1, suggestionIndex: 0 }],
    ['a prototype-polluting object', JSON.parse('{"kind":"lint","__proto__":{"polluted":true}}')],
  ];

  it.each(malformed)('refuses %s with an error answer and logs it', async (_name, message) => {
    const { route, log } = setup();
    const response = await route(message, fromTab(1));
    expect(expectKind(response, 'error').message).toMatch(/^malformed message/);
    expect(log).toHaveBeenCalledWith('refused a malformed message', expect.objectContaining({ message }));
  });

  it('keeps serving after refusing, and names the bad field', async () => {
    const { route } = setup();
    const bad = expectKind(await route({ kind: 'lint', draftId: 'a', draft: { text: 42 } }, fromTab(1)), 'error');
    expect(bad.message).toContain('draft.text');
    expectKind(await route({ kind: 'lint', draftId: 'a', draft: PITCH }, fromTab(1)), 'report');
  });

  it('turns a handler that throws into an error answer instead of a rejection', async () => {
    const { route, deps, log } = setup();
    deps.lint = () => {
      throw new Error('engine exploded');
    };
    const response = await route({ kind: 'lint', draftId: 'a', draft: PITCH }, fromTab(1));
    expect(expectKind(response, 'error').message).toBe('engine exploded');
    expect(log).toHaveBeenCalledWith('failed to handle "lint"', expect.any(Error));
  });

  it('refuses content-script messages that do not come from a tab', async () => {
    const { route } = setup();
    expect(expectKind(await route({ kind: 'lint', draftId: 'a', draft: PITCH }, fromPopup), 'error').message).toMatch(/from a tab/);
    expect(expectKind(await route({ kind: 'draft-cleared', draftId: 'a' }, fromPopup), 'error').message).toMatch(/from a tab/);
  });
});

describe('router: lint', () => {
  it('answers with the report, the draft id and info on the rules it names', async () => {
    const { route } = setup();
    const response = expectKind(await route({ kind: 'lint', draftId: 'box-1', draft: PITCH }, fromTab(7)), 'report');
    expect(response.draftId).toBe('box-1');
    expect(response.report.findings.map((f) => f.ruleId)).toContain('bare-link');
    expect(response.report.score).toBeLessThan(100);
    expect(response.rules['bare-link']).toMatchObject({ id: 'bare-link', title: 'Bare link', category: 'promotional' });
    expect(response.rules['bare-link']?.why.length).toBeGreaterThan(10);
    // Only the rules the report names travel with each keystroke.
    const named = new Set([...response.report.findings.map((f) => f.ruleId), ...response.report.breakdown.map((b) => b.ruleId)]);
    expect(Object.keys(response.rules).every((id) => named.has(id))).toBe(true);
    // Screens show a whole number; the engine's exact score stays in the background.
    expect(Number.isInteger(response.report.score)).toBe(true);
  });

  it('applies the stored settings: a rule turned off reports nothing', async () => {
    const { route } = setup();
    await route({ kind: 'set-settings', settings: { rules: { 'bare-link': { enabled: false } } } }, fromPopup);
    const response = expectKind(await route({ kind: 'lint', draftId: 'a', draft: PITCH }, fromTab(1)), 'report');
    expect(response.report.findings.filter((f) => f.ruleId === 'bare-link')).toEqual([]);
  });

  it('sets the tab badge to the score and clears it when the draft is emptied', async () => {
    const { route, badges, notifyPages } = setup();
    const response = expectKind(await route({ kind: 'lint', draftId: 'a', draft: PITCH }, fromTab(3)), 'report');
    expect(badges.get(3)?.score).toBe(response.report.score);
    expect(notifyPages).toHaveBeenCalledWith(3);
    expectKind(await route({ kind: 'draft-cleared', draftId: 'a' }, fromTab(3)), 'ok');
    expect(badges.has(3) && badges.get(3)).toBeUndefined();
  });

  it('keeps the latest report per tab, apart from other tabs', async () => {
    const { route } = setup();
    await route({ kind: 'lint', draftId: 'x-1', draft: PITCH }, fromTab(1));
    await route({ kind: 'lint', draftId: 'li-1', draft: PERSONAL }, fromTab(2));
    const one = expectKind(await route({ kind: 'get-tab-report', tabId: 1 }, fromPopup), 'tab-report');
    const two = expectKind(await route({ kind: 'get-tab-report', tabId: 2 }, fromPopup), 'tab-report');
    expect(one.draftId).toBe('x-1');
    expect(one.draft?.text).toBe(PITCH.text);
    expect(one.report?.findings.some((f) => f.ruleId === 'bare-link')).toBe(true);
    expect(one.rules['bare-link']).toBeDefined();
    expect(two.draftId).toBe('li-1');
    expect(two.report?.findings).toEqual([]);
    const none = expectKind(await route({ kind: 'get-tab-report', tabId: 99 }, fromPopup), 'tab-report');
    expect(none.report).toBeUndefined();
  });

  it('with two boxes in a tab (a thread), clearing one shows the other', async () => {
    const { route, badges } = setup();
    const first = expectKind(await route({ kind: 'lint', draftId: 'thread-1', draft: PERSONAL }, fromTab(4)), 'report');
    await route({ kind: 'lint', draftId: 'thread-2', draft: PITCH }, fromTab(4));
    await route({ kind: 'draft-cleared', draftId: 'thread-2' }, fromTab(4));
    expect(badges.get(4)?.score).toBe(first.report.score);
    expect(expectKind(await route({ kind: 'get-tab-report', tabId: 4 }, fromPopup), 'tab-report').draftId).toBe('thread-1');
  });

  it('on send, hands the draft and its report to history and clears the badge', async () => {
    const { route, badges, recordSend } = setup();
    const linted = expectKind(await route({ kind: 'lint', draftId: 'a', draft: PITCH }, fromTab(5)), 'report');
    expectKind(await route({ kind: 'sent', draftId: 'a', draft: PITCH }, fromTab(5)), 'ok');
    expect(recordSend).toHaveBeenCalledWith(expect.objectContaining({ text: PITCH.text }), linted.report);
    expect(badges.get(5)).toBeUndefined();
  });

  it('survives a worker restart: the tab report comes back from the session area', async () => {
    const first = setup();
    await first.route({ kind: 'lint', draftId: 'a', draft: PITCH }, fromTab(6));
    const restarted = createRouter({ ...first.deps, tabs: new TabReports(first.session) });
    const again = expectKind(await restarted({ kind: 'get-tab-report', tabId: 6 }, fromPopup), 'tab-report');
    expect(again.draft?.text).toBe(PITCH.text);
  });
});

describe('router: apply-fix', () => {
  it("pushes the suggestion's edits to the tab's content script", async () => {
    const { route, pushes } = setup();
    const text = 'Our sale ends today, BUY NOW';
    const report = expectKind(await route({ kind: 'lint', draftId: 'd', draft: { text, platform: 'facebook', surface: 'post' } }, fromTab(8)), 'report');
    const index = report.report.findings.findIndex((f) => f.ruleId === 'test-shout');
    expect(index).toBeGreaterThanOrEqual(0);
    expectKind(await route({ kind: 'apply-fix', tabId: 8, draftId: 'd', findingIndex: index, suggestionIndex: 0 }, fromPopup), 'ok');
    expect(pushes).toEqual([{ tabId: 8, push: { kind: 'apply-edits', draftId: 'd', edits: [{ range: [21, 28], text: 'buy now' }] } }]);
  });

  it('refuses a fix for an unknown draft or a suggestion without edits', async () => {
    const { route, pushes } = setup();
    expectKind(await route({ kind: 'apply-fix', tabId: 8, draftId: 'nope', findingIndex: 0, suggestionIndex: 0 }, fromPopup), 'error');
    await route({ kind: 'lint', draftId: 'd', draft: PITCH }, fromTab(8));
    expect(expectKind(await route({ kind: 'apply-fix', tabId: 8, draftId: 'd', findingIndex: 0, suggestionIndex: 0 }, fromPopup), 'error').message).toMatch(/no fix/);
    expect(pushes).toEqual([]);
  });
});

describe('router: settings and rules', () => {
  it('saves valid settings and broadcasts them to the content scripts', async () => {
    const { route, pushes, local } = setup();
    const response = expectKind(await route({ kind: 'set-settings', settings: { rules: { 'bare-link': { severity: 'error' } }, sites: { x: false, linkedin: true, facebook: true } } }, fromPopup), 'settings');
    expect(response.settings.rules['bare-link']).toEqual({ severity: 'error' });
    expect(pushes).toEqual([{ tabId: 'all', push: { kind: 'settings-changed', settings: response.settings } }]);
    expect(local.data.get(SETTINGS_KEY)).toEqual(response.settings);
  });

  it('refuses invalid settings, naming the path, and changes nothing', async () => {
    const { route, pushes, local } = setup();
    await route({ kind: 'set-settings', settings: { rules: { 'bare-link': { enabled: false } } } }, fromPopup);
    const before = local.snapshot();
    const cases: [unknown, string][] = [
      [{ rules: { 'bare-link': { severity: 'fatal' } } }, 'rules.bare-link.severity'],
      [{ rules: { 'bare-link': { options: { minOwnWords: -3 } } } }, 'rules.bare-link.options.minOwnWords'],
      [{ rules: { 'no-such-rule': { enabled: true } } }, 'rules.no-such-rule'],
      [{ sites: { x: 'yes' } }, 'sites.x'],
      [{ version: 99 }, 'version'],
    ];
    for (const [settings, path] of cases) {
      const response = expectKind(await route({ kind: 'set-settings', settings }, fromPopup), 'error');
      expect(response.message).toContain(path);
    }
    expect(local.snapshot()).toEqual(before);
    expect(pushes).toHaveLength(1);
  });

  it('resets to defaults and broadcasts', async () => {
    const { route, pushes } = setup();
    await route({ kind: 'set-settings', settings: { rules: { 'bare-link': { enabled: false } } } }, fromPopup);
    const reset = expectKind(await route({ kind: 'reset-settings' }, fromPopup), 'settings');
    expect(reset.settings.rules).toEqual({});
    expect(pushes.at(-1)).toEqual({ tabId: 'all', push: { kind: 'settings-changed', settings: reset.settings } });
  });

  it("lists every rule with its options' JSON Schema and its doc page", async () => {
    const { route } = setup(registry);
    const response = expectKind(await route({ kind: 'get-rules' }, fromPopup), 'rules');
    expect(response.rules.map((r) => r.id)).toEqual(registry.map((r) => r.meta.id));
    const bareLink = response.rules.find((r) => r.id === 'bare-link');
    expect(bareLink?.doc).toBe('docs/bare-link.html');
    const defaults = registry.find((r) => r.meta.id === 'bare-link')?.options.parse({}) as { minOwnWords: number };
    expect(bareLink?.options).toMatchObject({ type: 'object', properties: { minOwnWords: { type: 'integer', default: defaults.minOwnWords, minimum: 0 } } });
  });
});

describe('badge', () => {
  it('shows the score coloured by band and clears it', async () => {
    const calls: string[] = [];
    const action: ActionApi = {
      setBadgeText: async (d) => void calls.push(`text ${d.tabId} ${d.text}`),
      setBadgeBackgroundColor: async (d) => void calls.push(`colour ${d.tabId} ${d.color}`),
      setTitle: async (d) => void calls.push(`title ${d.tabId} ${d.title}`),
    };
    await showOnBadge(action, 2, { score: 42, band: 'broadcast', findings: [], breakdown: [] });
    expect(calls).toContain('text 2 42');
    expect(calls).toContain(`colour 2 ${BAND_COLOURS.broadcast}`);
    calls.length = 0;
    await showOnBadge(action, 2, undefined);
    expect(calls).toContain('text 2 ');
  });

  it('never throws when the tab is gone', async () => {
    const gone = async () => {
      throw new Error('No tab with id: 2');
    };
    const action: ActionApi = { setBadgeText: gone, setBadgeBackgroundColor: gone, setTitle: gone };
    await expect(showOnBadge(action, 2, { score: 90, band: 'social', findings: [], breakdown: [] })).resolves.toBeUndefined();
  });
});
