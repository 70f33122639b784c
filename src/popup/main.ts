import browser from 'webextension-polyfill';
import { z } from 'zod';
import { h, replaceChildren } from '../shared/dom.js';
import { asPageEvent, request, RequestError, type Send } from '../shared/messaging.js';
import { renderCard, renderHelp, type ApplyFix } from './view.js';
import { weekPanel } from './week-panel.js';

// Extension pages forbid eval; keep zod from probing for it.
z.config({ jitless: true });

const send: Send = (message) => browser.runtime.sendMessage(message);
const app = document.getElementById('app') as HTMLElement;

/** The tab the card is about: the active one, or `?tab=<id>` (tests open the popup in a tab of its own). */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function footer(): HTMLElement {
  return h('footer', {}, h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => void browser.runtime.openOptionsPage() } }, 'Settings'));
}

async function render(tabId: number | undefined): Promise<void> {
  let content: HTMLElement = renderHelp();
  if (tabId !== undefined) {
    try {
      const tab = await request(send, { kind: 'get-tab-report', tabId });
      const apply: ApplyFix = async (fix) => {
        try {
          await request(send, { kind: 'apply-fix', tabId, ...fix });
          return undefined;
        } catch (error) {
          return error instanceof RequestError ? error.message : 'the page did not answer';
        }
      };
      if (tab.report) content = renderCard({ ...tab, report: tab.report }, apply);
    } catch (error) {
      content = h('p', { class: 'error', attrs: { role: 'alert' } }, `Sociable could not read this tab's draft: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  replaceChildren(app, h('h1', { class: 'title' }, 'Sociable'), content, await weekPanel(send), footer());
}

const tabId = await targetTab();
await render(tabId);
document.body.dataset.ready = 'true';

// Re-render when this tab's draft changes (typing, a fix applied, a send).
let pending = false;
browser.runtime.onMessage.addListener((message: unknown) => {
  const event = asPageEvent(message);
  if (event?.kind === 'tab-report-changed' && event.tabId === tabId && !pending) {
    pending = true;
    setTimeout(() => {
      pending = false;
      void render(tabId);
    }, 100);
  }
  // Never answer: requests from content scripts are for the background.
  return undefined;
});
