import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/serve.js';
import { launchSociable, type SociableBrowser } from './browser.js';
import { PITCH } from './drafts.js';
import { allHighlighted, modelText, typeInto, waitForBadge } from './page-helpers.js';

/**
 * Reloading (or updating) the extension under an open page invalidates the old content
 * script's context. It must notice, take its UI away quietly and never throw into the
 * page; pages loaded afterwards get the new content script. A browser of its own, since
 * the reload affects every page.
 */

let browser: SociableBrowser;

beforeAll(async () => {
  browser = await launchSociable();
});

afterAll(async () => {
  await browser?.close();
});

it('reloading the extension removes its UI from an open page quietly, with no error in the console', async () => {
  const page = await browser.open(FIXTURE_URLS.xHome);
  const box = page.locator('div[data-testid="tweetTextarea_0"]');
  await typeInto(page, box, PITCH);
  await waitForBadge(page, 'tweetTextarea_0', PITCH.length);
  expect((await allHighlighted(page)).length).toBeGreaterThan(0);

  await browser.reloadExtension();

  await expect.poll(() => page.evaluate(() => document.querySelector('sociable-ui') === null), { timeout: 5000 }).toBe(true);
  await expect.poll(() => allHighlighted(page), { timeout: 5000 }).toEqual([]);

  // The page goes on working, and the old script stays silent through typing, clicks and keys.
  await box.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Still typing.', { delay: 10 });
  await page.keyboard.press('Alt+Shift+KeyS');
  await page.keyboard.press('Control+Enter');
  await page.mouse.move(10, 10);
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => window.__fixture!.sent.map((s) => s.text))).toEqual([`${PITCH} Still typing.`]);
  expect(await modelText(page, 'tweetTextarea_0')).toBe('');
  expect(browser.consoleErrors).toEqual([]);

  // A page opened after the reload is linted by the reloaded extension.
  const fresh = await browser.open(FIXTURE_URLS.xHome);
  await typeInto(fresh, fresh.locator('div[data-testid="tweetTextarea_0"]'), PITCH);
  const badge = await waitForBadge(fresh, 'tweetTextarea_0', PITCH.length);
  expect(await browser.actionBadgeText(fresh)).toBe(String(badge.score));
  expect(browser.consoleErrors).toEqual([]);
  expect(browser.leaks()).toEqual([]);
});
