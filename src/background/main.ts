import browser from 'webextension-polyfill';
import { z } from 'zod';
import { rules } from '../../rules/index.js';
import { preparePhraseAnchors } from '../engine/anchor-index.js';
import { lint } from '../engine/lint.js';
import type { Push } from '../shared/protocol.js';
import { SETTINGS_KEY } from '../shared/storage.js';
import { showOnBadge } from './badge.js';
import { HistoryService } from './history-service.js';
import { createRouter } from './router.js';
import { SettingsStore } from './settings-store.js';
import { TabReports } from './tab-reports.js';

// Extension pages forbid eval (default CSP); without this zod probes `new Function` and the
// browser logs a CSP violation. The interpreted path is fast enough for messages.
z.config({ jitless: true });

function log(message: string, detail?: unknown): void {
  console.warn(`[sociable] ${message}`, detail ?? '');
}

/** The sites' match patterns, read from the manifest so there is one list. */
const sitePatterns = [...new Set(browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [])];

const settings = new SettingsStore(browser.storage.local, rules, log);
const tabs = new TabReports(browser.storage.session);
const history = new HistoryService(browser.storage.local, async () => (await settings.get()).history, log);
void history.ready();

// A lint meets the rules' phrase lists; what each list's matches must contain is read
// afterwards, a few milliseconds at a time between messages, so that later lints skip the
// sentences that cannot match and no lint waits for the reading (engine/anchor-index.ts).
let preparing = false;
function prepareAnchorsWhenIdle(): void {
  if (preparing) return;
  preparing = true;
  setTimeout(function step() {
    if (preparePhraseAnchors(8)) preparing = false;
    else setTimeout(step, 0);
  }, 0);
}

const route = createRouter({
  rules,
  settings,
  tabs,
  lint: (draft, engineSettings) => {
    const report = lint(draft, { settings: engineSettings, rules, history: history.view() });
    prepareAnchorsWhenIdle();
    return report;
  },
  recordSend: (draft, report) => history.record(draft, report),
  countReview: (outcome) => history.countReview(outcome),
  history,
  showBadge: (tabId, report) => showOnBadge(browser.action, tabId, report),
  async pushToTab(tabId: number, push: Push) {
    await browser.tabs.sendMessage(tabId, push);
  },
  async broadcast(push: Push) {
    const open = await browser.tabs.query({ url: sitePatterns });
    // A tab whose page has no content script yet (still loading, or opened before the
    // extension was installed) rejects; it will read fresh settings when it starts.
    await Promise.allSettled(open.flatMap((tab) => (tab.id === undefined ? [] : [browser.tabs.sendMessage(tab.id, push)])));
  },
  notifyPages(tabId: number) {
    // Nobody listening (no popup open) rejects; that is the usual case.
    browser.runtime.sendMessage({ kind: 'tab-report-changed', tabId }).catch(() => undefined);
  },
  log,
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => route(message, sender));

browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new page load drops the old page's drafts (the browser clears the per-tab badge itself).
  if (change.status === 'loading' && change.url !== undefined) tabs.forget(tabId);
});

browser.storage.onChanged.addListener((changes, area) => {
  // Our own writes land here too; re-reading them is cheap and keeps one source of truth.
  if (area === 'local' && SETTINGS_KEY in changes) settings.invalidate();
});
