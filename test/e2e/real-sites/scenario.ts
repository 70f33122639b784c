import { EXTRA_HASHTAGS, HASHTAG_STUFFED, PERSONAL, PERSONAL_2, PITCH, PITCH_WORDS, TEMPLATE_MESSAGE } from '../drafts.js';
import type { Driver, DriverPage } from '../drivers.js';
import { sleep, until } from '../wait.js';
import { installHelpers, type PageBadge, type PageFinding } from './in-page.js';
import type { SitePage } from './pages.js';

/**
 * What one page shows in one browser, measured once and asserted check by check (so a
 * report says which checks pass on which page). A step that failed keeps its error.
 */
export interface Observed {
  pitch?: { badge: PageBadge; marks: string[]; styled: boolean; actionBadge: string; findings: PageFinding[] };
  /** History entries recorded after the composer was closed without sending. */
  afterClose?: number;
  /** Nodes and attribute changes the editor got while the pitch was linted, marked and shown. */
  added?: string[];
  social?: { badge: PageBadge; findings: PageFinding[]; marks: string[] };
  sends?: { how: string; entries: { platform: string; surface: string }[]; actionBadge: string; expectedActionBadge: string; badgesShown: number; stillShown: boolean }[];
  recipientSuggestions?: string[];
  /** The adapter's editor selectors that match in the page, and whether one of them is the box. */
  known?: { matching: string[]; box: boolean };
  /** The box's text after the hashtag fix was applied from the card. */
  fixed?: string;
  errors: Partial<Record<'pitch' | 'social' | 'send' | 'recipient' | 'known' | 'close' | 'fix', string>>;
}

interface HistoryEntry {
  platform: string;
  surface: string;
}

declare const chrome: {
  tabs: { query(info: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

export async function actionBadge(driver: Driver, url: string): Promise<string> {
  return driver.inExtension(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) return `no tab for ${pageUrl}`;
    return chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/** Forgets what earlier pages sent, so a page's social draft is not a repeat of theirs. */
export async function clearHistory(driver: Driver): Promise<void> {
  await driver.inExtension((m) => chrome.runtime.sendMessage(m), { kind: 'clear-history' });
}

export async function historyEntries(driver: Driver): Promise<HistoryEntry[]> {
  return driver.inExtension(async () => {
    const stored = (await chrome.storage.local.get('history')).history as { entries?: { platform: string; surface: string }[] } | undefined;
    return (stored?.entries ?? []).map((e) => ({ platform: e.platform, surface: e.surface }));
  }, null);
}

export async function openPage(driver: Driver, spec: SitePage, html: string): Promise<DriverPage> {
  await Promise.all(openPages.splice(0).map((open) => open.close().catch(() => undefined)));
  const page = await driver.open(spec.url, html);
  openPages.push(page);
  await page.evaluate(installHelpers, null);
  await page.evaluate((options) => window.__sociableTest!.standIn(options), { editor: spec.editor, send: spec.send, enter: spec.enter, ctrlEnter: spec.ctrlEnter, close: spec.close, appears: spec.appears });
  // Boxes that already hold text are linted first, so the box typed in is the tab's latest draft.
  if (spec.prefilled) {
    await until('the pre-filled boxes linted', () => page.evaluate(() => window.__sociableTest!.badges(), null), (list) => list.filter((b) => !b.hidden).length >= spec.prefilled!);
  }
  return page;
}

export async function focusBox(page: DriverPage, spec: SitePage): Promise<void> {
  const point = await page.evaluate((selector) => window.__sociableTest!.center(selector), spec.editor);
  if (!point) throw new Error(`no box ${spec.editor}`);
  await page.click(point.x, point.y);
}

/** Clicks a control as a person would; one the page draws at no size (no site CSS here) gets a click event. */
export async function clickControl(page: DriverPage, selector: string): Promise<void> {
  const point = await page.evaluate((sel) => window.__sociableTest!.center(sel), selector);
  if (!point) throw new Error(`no control ${selector}`);
  if (point.area > 0) await page.click(point.x, point.y);
  else await page.evaluate((sel) => window.__sociableTest!.clickEvent(sel), selector);
}

export async function badgeFor(page: DriverPage, length: number): Promise<PageBadge> {
  const all = await until(
    `a badge for ${length} characters`,
    () => page.evaluate(() => window.__sociableTest!.badges(), null),
    (list) => list.some((b) => !b.hidden && b.length === length),
  );
  return all.find((b) => !b.hidden && b.length === length)!;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Types a pitch, a social draft, sends, and (for messages naming someone) a template greeting. */
export async function observe(driver: Driver, spec: SitePage, html: string, selectors: string[]): Promise<Observed> {
  const seen: Observed = { errors: {} };
  try {
    return await observeSteps(driver, spec, html, selectors, seen);
  } finally {
    // A step that failed half-way leaves its tab open: close it, so the next page's tab is the only one at its address.
    await Promise.all(openPages.splice(0).map((page) => page.close().catch(() => undefined)));
  }
}

export const openPages: DriverPage[] = [];

async function observeSteps(driver: Driver, spec: SitePage, html: string, selectors: string[], seen: Observed): Promise<Observed> {
  // 1. A pitch: marked and scored, and nothing added inside the editor meanwhile.
  try {
    const page = await openPage(driver, spec, html);
    await focusBox(page, spec);
    await page.insertText(PITCH);
    await sleep(50);
    await page.evaluate((selector) => window.__sociableTest!.watch(selector), spec.editor);
    const badge = await badgeFor(page, PITCH.length);
    const marks = await until('marks', () => page.evaluate(() => window.__sociableTest!.marks(), null), (list) => list.length > 0, 3000).catch(() => []);
    const shownOnToolbar = await until('the action badge', () => actionBadge(driver, spec.url), (text) => text === String(badge.score), 3000).catch(() => actionBadge(driver, spec.url));
    const findings = await page.evaluate((length) => window.__sociableTest!.card(length), PITCH.length);
    seen.added = await page.evaluate(() => window.__sociableTest!.stopWatch(), null);
    try {
      seen.known = await page.evaluate(({ list, box }) => window.__sociableTest!.known(list, box), { list: selectors, box: spec.editor });
    } catch (error) {
      seen.errors.known = message(error);
    }
    const styled = await page.evaluate((selector) => window.__sociableTest!.styled(selector), spec.editor);
    seen.pitch = { badge, marks, styled, actionBadge: shownOnToolbar, findings };
    await page.close();
  } catch (error) {
    seen.errors.pitch = message(error);
  }

  // 2. A social draft: judged on the page's surface, no warning; then sent as the site sends.
  try {
    await clearHistory(driver);
    const page = await openPage(driver, spec, html);
    await focusBox(page, spec);
    await page.insertText(PERSONAL);
    const badge = await badgeFor(page, PERSONAL.length);
    const findings = await page.evaluate((length) => window.__sociableTest!.card(length), PERSONAL.length);
    const marks = await page.evaluate(() => window.__sociableTest!.marks(), null);
    seen.social = { badge, findings, marks };
    try {
      seen.sends = [];
      const ways = [...(spec.send ? ['control'] : []), ...(spec.enter ? ['Enter'] : []), ...(spec.ctrlEnter ? ['Control+Enter'] : [])];
      for (const [i, how] of ways.entries()) {
        const text = [PERSONAL, PERSONAL_2, `${PERSONAL_2} Thanks for reading.`][i]!;
        if (i > 0) {
          await focusBox(page, spec);
          await page.insertText(text);
          await badgeFor(page, text.length);
        }
        const before = (await historyEntries(driver)).length;
        const sendsBefore = await page.evaluate(() => window.__sociableTest!.sends, null);
        if (how === 'control') {
          await clickControl(page, spec.send!);
        } else {
          await focusBox(page, spec);
          await page.press('End');
          await page.press(how);
        }
        await until('the stand-in emptied the box', () => page.evaluate(() => window.__sociableTest!.sends, null), (n) => n > sendsBefore, 5000);
        const entries = await until('a new history entry', () => historyEntries(driver), (list) => list.length > before, 8000).catch(() => historyEntries(driver));
        // Other boxes of the page that still hold text keep their badges; the toolbar shows the latest of them.
        const others = (await page.evaluate(() => window.__sociableTest!.badges(), null)).filter((b) => !b.hidden);
        const expected = others.length > 0 ? String(others.at(-1)!.score) : '';
        const toolbar = await until('the action badge', () => actionBadge(driver, spec.url), (t) => t === expected, 5000).catch(() => actionBadge(driver, spec.url));
        seen.sends.push({ how, entries: entries.slice(before), actionBadge: toolbar, expectedActionBadge: expected, badgesShown: others.length, stillShown: others.some((b) => b.length === text.length) });
      }
    } catch (error) {
      seen.errors.send = message(error);
    }
    await page.close();
  } catch (error) {
    seen.errors.social = message(error);
  }

  // 3. Where the composer has a Close control: closing it with a draft in it is not a send.
  if (spec.close) {
    try {
      await clearHistory(driver);
      const page = await openPage(driver, spec, html);
      await focusBox(page, spec);
      await page.insertText(PERSONAL);
      await badgeFor(page, PERSONAL.length);
      await clickControl(page, spec.close.control);
      await until('the composer closed', () => page.evaluate((selector) => window.__sociableTest!.center(selector) === null, spec.editor), (gone) => gone, 5000);
      // A send is confirmed within 4 s of the click; wait past that.
      await sleep(4500);
      seen.afterClose = (await historyEntries(driver)).length;
      await page.close();
    } catch (error) {
      seen.errors.close = message(error);
    }
  }

  // 4. A fix applied from the card lands in the box (typed through the browser's editing commands).
  try {
    const page = await openPage(driver, spec, html);
    await focusBox(page, spec);
    await page.insertText(HASHTAG_STUFFED);
    await badgeFor(page, HASHTAG_STUFFED.length);
    const found = await page.evaluate((length) => window.__sociableTest!.applyHashtagFix(length), HASHTAG_STUFFED.length);
    if (!found) throw new Error('no hashtag-stuffing fix in the card');
    seen.fixed = await until(
      'the fix in the box',
      () => page.evaluate((selector) => window.__sociableTest!.text(selector), spec.editor),
      (text) => !text.includes(EXTRA_HASHTAGS[0]!),
      5000,
    ).catch(() => page.evaluate((selector) => window.__sociableTest!.text(selector), spec.editor));
    await page.close();
  } catch (error) {
    seen.errors.fix = message(error);
  }

  // 5. Where the page names the person a message goes to: the template fix fills the name in.
  if (spec.recipient) {
    try {
      const page = await openPage(driver, spec, html);
      await focusBox(page, spec);
      await page.insertText(TEMPLATE_MESSAGE);
      await badgeFor(page, TEMPLATE_MESSAGE.length);
      const findings = await page.evaluate((length) => window.__sociableTest!.card(length), TEMPLATE_MESSAGE.length);
      seen.recipientSuggestions = findings.filter((f) => f.ruleId === 'template-greeting').flatMap((f) => f.suggestions);
      await page.close();
    } catch (error) {
      seen.errors.recipient = message(error);
    }
  }
  return seen;
}

export { PITCH, PITCH_WORDS, PERSONAL };
