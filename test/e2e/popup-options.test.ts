import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { FIXTURE_URLS } from '../fixtures/serve.js';
import { launchSociable, type SociableBrowser } from './browser.js';
import { SETTINGS_VERSION } from '../../src/shared/settings.js';
import { PITCH } from './drafts.js';

/**
 * The popup and the options page in real Chromium with dist/chrome loaded: what a person
 * sees and what lands in storage.local.
 */

/** The service worker's `chrome` as far as these tests use it. */
declare const chrome: {
  storage: { local: { get(key?: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

let browser: SociableBrowser;

beforeAll(async () => {
  browser = await launchSociable();
});

afterAll(async () => {
  await browser?.close();
});

async function storage(key?: string): Promise<Record<string, unknown>> {
  const worker = await browser.worker();
  return worker.evaluate((k) => chrome.storage.local.get(k ?? null), key);
}

async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(path));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  return page;
}

const openOptions = () => openExtensionPage('src/options/index.html');

async function saved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Saved'), undefined, { timeout: 10_000 });
}

describe('options page', () => {
  it('renders every registered rule with its severity, its options and a doc link that opens', async () => {
    const page = await openOptions();
    const ids = await page.$$eval('article.rule', (els) => els.map((el) => el.getAttribute('data-rule')));
    expect([...ids].sort()).toEqual(rules.map((r) => r.meta.id).sort());
    for (const rule of rules) {
      const card = page.locator(`article.rule[data-rule="${rule.meta.id}"]`);
      await expect(card.locator('strong').first().textContent()).resolves.toContain(rule.meta.title);
      await expect(card.locator(`select#severity-${rule.meta.id}`).inputValue()).resolves.toBe(rule.meta.severity);
      // One control per option, generated from the rule's zod schema.
      const options = Object.keys(rule.options.parse({}) as object);
      for (const key of options) expect(await card.locator(`[data-option="${key}"], [data-option^="${key}."]`).count(), `${rule.meta.id}.${key}`).toBeGreaterThan(0);
    }
    const href = await page.locator('article.rule[data-rule="bare-link"] a.doc').getAttribute('href');
    expect(href).toBe(browser.extensionUrl('docs/bare-link.html'));
    const doc = await browser.context.newPage();
    await doc.goto(href!);
    await expect(doc.locator('h1').textContent()).resolves.toBe('bare-link');
    await expect(doc.locator('blockquote').count()).resolves.toBeGreaterThan(0);
    await doc.close();
    await page.close();
  });

  it('turning a rule off persists: in storage and after a reload', async () => {
    const page = await openOptions();
    const toggle = page.locator('input[name="enabled-bare-link"]');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await saved(page);
    const stored = (await storage('settings')).settings as { rules: Record<string, { enabled?: boolean }> };
    expect(stored.rules['bare-link']?.enabled).toBe(false);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('input[name="enabled-bare-link"]').isChecked()).toBe(false);
    // And back on, so the other tests start from the defaults' behaviour.
    await page.locator('input[name="enabled-bare-link"]').check();
    await saved(page);
    await page.close();
  });

  it('an option out of range is refused with its path, and nothing is saved', async () => {
    const page = await openOptions();
    const before = await storage('settings');
    const input = page.locator('article.rule[data-rule="bare-link"] input[data-option="minOwnWords"]');
    await input.fill('-5');
    await input.press('Tab');
    const error = page.locator('#error-bare-link');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toContain('rules.bare-link.options.minOwnWords');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await storage('settings')).toEqual(before);
    await page.close();
  });

  it('importing a bad file shows an error naming what is wrong and changes nothing', async () => {
    const page = await openOptions();
    await page.locator('input[name="site-facebook"]').uncheck();
    await saved(page);
    const before = await storage();
    const bad = JSON.stringify({ version: 1, rules: { 'bare-link': { severity: 'loud' } }, sites: { x: true, linkedin: true, facebook: true } });
    await page.locator('#import-file').setInputFiles({ name: 'bad-settings.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const error = page.locator('#import-error');
    await error.waitFor({ state: 'visible' });
    const message = await error.textContent();
    expect(message).toContain('Nothing imported');
    expect(message).toContain('rules.bare-link.severity');
    await page.locator('#import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"rules": ') });
    await page.waitForFunction(() => document.getElementById('import-error')?.textContent?.includes('not JSON'));
    expect(await storage()).toEqual(before);
    // The page still shows what is saved.
    expect(await page.locator('input[name="site-facebook"]').isChecked()).toBe(false);
    await page.locator('input[name="site-facebook"]').check();
    await saved(page);
    await page.close();
  });

  it('exports, resets to defaults, and imports the export back', async () => {
    const page = await openOptions();
    await page.locator('input[name="site-x"]').uncheck();
    await saved(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    expect(download.suggestedFilename()).toBe('sociable-settings.json');
    const exported = await download.path().then((p) => readFile(p, 'utf8'));
    expect(JSON.parse(exported)).toMatchObject({ version: SETTINGS_VERSION, sites: { x: false } });

    await page.locator('#reset').click();
    await page.locator('#reset-confirm').click();
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Back to defaults.');
    expect(await page.locator('input[name="site-x"]').isChecked()).toBe(true);
    expect(((await storage('settings')).settings as { sites: { x: boolean } }).sites.x).toBe(true);

    await page.locator('#import-file').setInputFiles({ name: 'sociable-settings.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Imported'));
    expect(await page.locator('input[name="site-x"]').isChecked()).toBe(false);
    expect((await storage('settings')).settings).toEqual(JSON.parse(exported));
    await page.locator('input[name="site-x"]').check();
    await saved(page);
    await page.close();
  });

  it('a corrupt stored value falls back to defaults, keeps other keys, and the page says so once', async () => {
    const worker = await browser.worker();
    await worker.evaluate(() => chrome.storage.local.set({ settings: { version: 1, rules: { 'bare-link': { severity: 'shouting' } } }, e2eOtherKey: { kept: [1, 2, 3] } }));
    const page = await openOptions();
    const notice = page.locator('#notice');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toMatch(/could not be read \(rules\.bare-link\.severity/);
    const after = await storage();
    expect(after.e2eOtherKey).toEqual({ kept: [1, 2, 3] });
    expect(after.settings).toMatchObject({ version: SETTINGS_VERSION, rules: {} });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#notice').count()).toBe(0);
    await page.close();
  });
});

describe('popup', () => {
  it('with no draft, says where Sociable works and how to start', async () => {
    const page = await openExtensionPage('src/popup/index.html');
    const help = page.locator('section.help');
    await help.waitFor();
    const text = (await help.textContent()) ?? '';
    for (const site of ['X', 'LinkedIn', 'Facebook']) expect(text).toContain(site);
    expect(text).toMatch(/Start writing a post/);
    expect(await page.locator('.card').count()).toBe(0);
    await page.close();
  });

  it("shows the tab's score, breakdown and findings, the same score as the toolbar badge", async () => {
    const site = await browser.open(FIXTURE_URLS.linkedinFeed);
    await site.locator('.ql-editor').first().click();
    await site.keyboard.type('Check out my new course, 50% off today only! Buy now at https://example.com/course', { delay: 5 });
    await expect.poll(() => browser.actionBadgeText(site), { timeout: 15_000 }).toMatch(/^\d+$/);
    const badge = await browser.actionBadgeText(site);
    const tabId = await browser.tabId(site);
    const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.locator('.card').waitFor();
    expect(await popup.locator('.score-number').textContent()).toBe(badge);
    expect(Number(badge)).toBeLessThan(80);
    expect(await popup.locator('.breakdown tr').count()).toBeGreaterThan(0);
    const findings = popup.locator('li.finding');
    expect(await findings.count()).toBeGreaterThan(0);
    expect(await findings.first().locator('.why').textContent()).toMatch(/^Why: ./);
    await popup.close();
    await site.close();
  });

  it("'Apply' in the popup changes the text in the page editor's own model, and the card follows", async () => {
    const site = await browser.open(FIXTURE_URLS.linkedinFeed);
    await site.locator('.ql-editor').first().click();
    const typed = 'I think you will love this one #a #b #c #d #e #f #g #h';
    await site.keyboard.type(typed, { delay: 5 });
    await expect.poll(() => browser.actionBadgeText(site), { timeout: 15_000 }).toMatch(/^\d+$/);
    const popup = await openExtensionPage(`src/popup/index.html?tab=${await browser.tabId(site)}`);
    const apply = popup.locator('button.apply').first();
    await apply.waitFor({ timeout: 10_000 });
    const scoreBefore = Number(await popup.locator('.score-number').textContent());
    await apply.click();
    const modelText = () => site.evaluate(() => window.__fixture!.getText(window.__fixture!.boxes()[0]!).trim());
    await expect.poll(modelText, { timeout: 10_000 }).not.toBe(typed);
    expect(typed.startsWith((await modelText()).split('#')[0]!)).toBe(true);
    // The background tells the open popup; it re-renders with the new report.
    await expect.poll(async () => Number(await popup.locator('.score-number').textContent()), { timeout: 10_000 }).toBeGreaterThan(scoreBefore);
    await popup.close();
    await site.close();
  });
});

/** Issue 9 in a real page: the review card in the site's dark theme, the popup's counters, the option. */
describe('review before sending', () => {
  const reviewCard = (site: Page) =>
    site.evaluate(() => {
      const card = document.querySelector('sociable-ui')?.shadowRoot?.querySelector<HTMLElement>('.card.review');
      return card && !card.hidden ? { dark: card.classList.contains('dark'), role: card.getAttribute('role'), background: getComputedStyle(card).backgroundColor } : null;
    });
  const reportFor = (site: Page, length: number) =>
    site.waitForFunction((n) => Boolean(document.querySelector('sociable-ui')?.shadowRoot?.querySelector(`.badge[data-length="${n}"]`)), length, { timeout: 15_000 });
  const sent = (site: Page) => site.evaluate(() => window.__fixture!.sent.map((post) => post.text.trim()));
  async function reviewCounts(): Promise<Record<string, number>> {
    const log = (await storage('reviews')).reviews as { events?: { outcome: string }[] } | undefined;
    const counts: Record<string, number> = { shown: 0, edited: 0, sent: 0 };
    for (const event of log?.events ?? []) counts[event.outcome] = (counts[event.outcome] ?? 0) + 1;
    return counts;
  }
  /** The popup's "Your week" review counters, by data-stat. */
  async function popupReviews(): Promise<Record<string, number>> {
    const popup = await openExtensionPage('src/popup/index.html');
    await popup.locator('.week-reviews').waitFor({ timeout: 10_000 });
    const values = await popup.$$eval('.week-reviews .week-stat', (els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-stat'), Number(el.querySelector('.week-value')?.textContent)])));
    await popup.close();
    return values;
  }

  it("holds a broadcast send in the site's dark theme; Edit, then Post anyway; the popup's week counts each", async () => {
    const before = await reviewCounts();
    const site = await browser.open(`${FIXTURE_URLS.linkedinFeed}?theme=dark`);
    await site.locator('.ql-editor').first().click();
    await site.keyboard.insertText(PITCH);
    await reportFor(site, PITCH.length);
    await site.click('.share-actions__primary-action');
    await expect.poll(() => reviewCard(site), { timeout: 5000 }).not.toBeNull();
    const card = (await reviewCard(site))!;
    expect(card.dark).toBe(true);
    expect(card.role).toBe('alertdialog');
    // A dark card is drawn dark: each colour channel of its background well under the middle.
    const channels = card.background.match(/\d+/g)!.slice(0, 3).map(Number);
    expect(Math.max(...channels)).toBeLessThan(100);
    expect(await sent(site)).toEqual([]);

    // Edit (Escape), then change the draft: counted as edited after a review.
    await site.keyboard.press('Escape');
    await expect.poll(() => reviewCard(site)).toBeNull();
    await site.keyboard.press('End');
    const edited = `${PITCH} Only 3 days left.`;
    await site.keyboard.insertText(' Only 3 days left.');
    await reportFor(site, edited.length);

    // Sent again: reviewed again; Enter on the card posts anyway, exactly what was in the box.
    await site.click('.share-actions__primary-action');
    await expect.poll(() => reviewCard(site), { timeout: 5000 }).not.toBeNull();
    await site.keyboard.press('Enter');
    await expect.poll(() => sent(site), { timeout: 5000 }).toEqual([edited]);

    await expect.poll(reviewCounts, { timeout: 5000 }).toEqual({ shown: before.shown! + 2, edited: before.edited! + 1, sent: before.sent! + 1 });
    const shownInPopup = await popupReviews();
    expect(shownInPopup).toEqual({ 'reviews-shown': before.shown! + 2, 'reviews-edited': before.edited! + 1, 'reviews-sent': before.sent! + 1 });
    await site.close();
  });

  it('turned off on the options page, it persists, and a broadcast send goes straight through', async () => {
    const options = await openOptions();
    const toggle = options.locator('input[name="review-enabled"]');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await saved(options);
    const stored = (await storage('settings')).settings as { review: { enabled: boolean } };
    expect(stored.review.enabled).toBe(false);
    await options.reload();
    await options.waitForSelector('body[data-ready="true"]');
    expect(await options.locator('input[name="review-enabled"]').isChecked()).toBe(false);

    const site = await browser.open(FIXTURE_URLS.linkedinFeed);
    await site.locator('.ql-editor').first().click();
    const draft = `${PITCH} Free shipping too.`;
    await site.keyboard.insertText(draft);
    await reportFor(site, draft.length);
    await site.click('.share-actions__primary-action');
    await expect.poll(() => sent(site), { timeout: 5000 }).toEqual([draft]);
    expect(await reviewCard(site)).toBeNull();
    await site.close();

    await options.locator('input[name="review-enabled"]').check();
    await saved(options);
    await options.close();
  });
});

describe('extension pages', () => {
  it('logged no console error or uncaught exception during these tests', () => {
    const ours = browser.consoleErrors.filter((e) => e.url.startsWith(browser.extensionUrl('')));
    expect(ours).toEqual([]);
  });
});
