import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PITCH } from './drafts.js';
import { browserAvailable, launchDriver, type BrowserName, type Driver } from './drivers.js';
import { installHelpers } from './real-sites/in-page.js';
import { sleep, until } from './wait.js';

/**
 * Boxes that appear after the page has loaded, inside open shadow roots, are found without
 * being focused (the adapters' scan, not the focus fallback): a box that arrives holding
 * text gets its badge on its own. LinkedIn attaches #interop-outlet's shadow root and fills
 * it when a share box or message bubble opens; a site may nest further roots in it.
 */

/** A LinkedIn page whose outlet gets its shadow root, and then a Quill box with text, after load. */
const LATE_OUTLET = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head><body>
<main><p>Feed.</p></main><div id="interop-outlet"></div>
<script>
setTimeout(() => {
  const root = document.getElementById('interop-outlet').attachShadow({ mode: 'open' });
  setTimeout(() => {
    const modal = document.createElement('div');
    modal.className = 'share-creation-state__text-editor';
    const editor = document.createElement('div');
    editor.className = 'ql-editor';
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    const p = document.createElement('p');
    p.textContent = ${JSON.stringify(PITCH)};
    editor.append(p);
    modal.append(editor);
    root.append(modal);
  }, 300);
}, 300);
</script></body></html>`;

/** A host no adapter names, whose shadow root holds another host with a TipTap box, added after load. */
const LATE_NESTED = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head><body>
<main><p>Feed.</p></main>
<script>
setTimeout(() => {
  const outer = document.createElement('share-shell');
  document.body.append(outer);
  const inner = document.createElement('share-editor');
  outer.attachShadow({ mode: 'open' }).append(inner);
  const editor = document.createElement('div');
  editor.className = 'tiptap ProseMirror';
  editor.setAttribute('contenteditable', 'true');
  editor.setAttribute('role', 'textbox');
  const p = document.createElement('p');
  p.textContent = ${JSON.stringify(PITCH)};
  editor.append(p);
  inner.attachShadow({ mode: 'open' }).append(editor);
}, 500);
</script></body></html>`;

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('boxes appearing in shadow roots, in %s', (name) => {
  const runnable = browserAvailable(name) !== null || Boolean(process.env.CI);
  let driver: Driver;

  beforeAll(async () => {
    if (runnable) driver = await launchDriver(name);
  });
  afterAll(async () => {
    await driver?.close();
  });

  const badgeWithin = async (html: string, url: string): Promise<{ found: boolean; focused: boolean }> => {
    const page = await driver.open(url, html);
    await page.evaluate(installHelpers, null);
    const found = await until('a badge', () => page.evaluate((length) => window.__sociableTest!.badges().some((b) => !b.hidden && b.length === length), PITCH.length), (shown) => shown, 8000).catch(() => false);
    // Nothing was focused: document.activeElement is still the body.
    const focused = await page.evaluate(() => document.activeElement !== document.body, null);
    await page.close();
    return { found, focused };
  };

  it.skipIf(!runnable)("finds a box put into #interop-outlet's shadow root after load, attached late too", async () => {
    expect(await badgeWithin(LATE_OUTLET, 'https://www.linkedin.com/feed/')).toEqual({ found: true, focused: false });
  });

  it.skipIf(!runnable)('finds a box in a shadow root nested in another, under a host no adapter names', async () => {
    expect(await badgeWithin(LATE_NESTED, 'https://www.linkedin.com/feed/')).toEqual({ found: true, focused: false });
  });

  // Firefox injects a reloaded add-on's content script into open pages and stops the old copy
  // without letting it tidy up; where the mark colours are a <style> in the shadow root (ESR
  // 140), the new copy must not leave the old copy's beside its own. Chromium does neither,
  // so the check exists for Firefox only.
  if (name === 'firefox') it.skipIf(!runnable)("after the add-on is reloaded, the shadow root holds one copy of the mark colours and one badge", async () => {
    const page = await driver.open('https://www.linkedin.com/feed/', LATE_OUTLET);
    await page.evaluate(installHelpers, null);
    const badges = (): Promise<number> => page.evaluate((length) => window.__sociableTest!.badges().filter((b) => !b.hidden && b.length === length).length, PITCH.length);
    const styles = (): Promise<number> =>
      page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.querySelectorAll('style[data-sociable-marks]').length, null);
    await until('one badge', badges, (n) => n === 1, 8000);
    const before = await styles();
    expect(before).toBeLessThanOrEqual(1);
    await driver.reloadExtension();
    await sleep(1500);
    await until('one badge', badges, (n) => n === 1, 8000);
    expect(await styles()).toBe(before);
    await page.close();
  });
});
