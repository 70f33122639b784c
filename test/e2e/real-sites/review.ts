import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAL, PERSONAL_2, PITCH } from '../drafts.js';
import { browserAvailable, launchDriver, type BrowserName, type Driver, type DriverPage } from '../drivers.js';
import type { SitePage } from './pages.js';
import { sleep, until } from '../wait.js';
import { badgeFor, clearHistory, clickControl, focusBox, openPage, openPages } from './scenario.js';
import { readPage } from './pages.js';

/**
 * Issue 9, "A review before sending", on every page of a real-sites folder in one browser:
 * a broadcast draft's send (the site's control, and Enter where the site sends on Enter) is
 * held before the site's handler (the test's stand-in) sees it, the review card shows, "Post
 * anyway" reaches the handler exactly once with the text unchanged, "Edit" puts the focus
 * back in the box with the text unchanged, a send whose control was removed while held
 * loses nothing, a social draft sends at once, and with the review off every send goes
 * straight through.
 */

type Way = 'control' | 'Enter' | 'Control+Enter';

interface ReviewState {
  score: number;
  band: string;
  ruleIds: string[];
  focused: string;
  dark: boolean;
  role: string;
  nearControl: boolean;
}

interface Held {
  how: Way;
  /** Sends that reached the site's handler while the card was up. */
  reachedWhileHeld: number;
  card: ReviewState | null;
  /** What reached the handler after "Post anyway" (Enter on the card, or a click). */
  reachedAfter: string[];
  cardAfter: ReviewState | null;
  live: string;
}

export interface ReviewSeen {
  held?: Held[];
  edit?: { focused: boolean; text: string; reached: number; card: ReviewState | null };
  removed?: { text: string; reached: number; card: ReviewState | null; live: string };
  /** The site re-renders its send control while the send is held: "Post anyway" sends through the new one. */
  rerendered?: { reached: string[]; card: ReviewState | null };
  /** "Don't ask again for this draft", then Edit: the next send of that draft goes straight through. */
  skipped?: { firstCard: boolean; reached: string[]; card: ReviewState | null };
  social?: { how: Way; reached: string[]; card: ReviewState | null }[];
  off?: { how: Way; reached: string[]; card: ReviewState | null }[];
  errors: Partial<Record<'held' | 'edit' | 'rerendered' | 'removed' | 'skipped' | 'social' | 'off', string>>;
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function waysOf(spec: SitePage): Way[] {
  return [...(spec.send ? (['control'] as const) : []), ...(spec.enter ? (['Enter'] as const) : []), ...(spec.ctrlEnter ? (['Control+Enter'] as const) : [])];
}

const reached = (page: DriverPage): Promise<string[]> => page.evaluate(() => window.__sociableTest!.reached, null);
const review = (page: DriverPage): Promise<ReviewState | null> => page.evaluate(() => window.__sociableTest!.review(), null);
const boxText = (page: DriverPage, spec: SitePage): Promise<string> => page.evaluate((s) => window.__sociableTest!.text(s), spec.editor);

async function sendBy(page: DriverPage, spec: SitePage, how: Way): Promise<void> {
  if (how === 'control') await clickControl(page, spec.send!);
  else {
    await focusBox(page, spec);
    await page.press('End');
    await page.press(how);
  }
}

async function type(page: DriverPage, spec: SitePage, text: string): Promise<void> {
  await focusBox(page, spec);
  await page.insertText(text);
  await badgeFor(page, text.length);
}

async function setReview(driver: Driver, enabled: boolean): Promise<void> {
  await driver.inExtension(async (on) => {
    const got = (await chrome.runtime.sendMessage({ kind: 'get-settings' })) as { settings: { review: Record<string, unknown> } };
    await chrome.runtime.sendMessage({ kind: 'set-settings', settings: { ...got.settings, review: { ...got.settings.review, enabled: on } } });
  }, enabled);
}

export async function observeReview(driver: Driver, spec: SitePage, html: string): Promise<ReviewSeen> {
  const seen: ReviewSeen = { errors: {} };
  const ways = waysOf(spec);
  try {
    // 1. Held, then "Post anyway": by Enter on the card for the first way, by a click for the others.
    try {
      seen.held = [];
      const page = await openPage(driver, spec, html);
      for (const [i, how] of ways.entries()) {
        await type(page, spec, PITCH);
        const before = (await reached(page)).length;
        await sendBy(page, spec, how);
        const card = await until('the review card', () => review(page), (c) => c !== null, 3000).catch(() => null);
        await sleep(300);
        const reachedWhileHeld = (await reached(page)).length - before;
        const live = await page.evaluate(() => window.__sociableTest!.live(), null);
        if (i === 0) await page.press('Enter');
        else await page.evaluate(() => window.__sociableTest!.reviewClick('post'), null);
        const after = await until('the send to reach the site', () => reached(page), (list) => list.length > before, 3000).catch(() => reached(page));
        await sleep(300);
        const reachedAfter = (await reached(page)).slice(before);
        await until('the stand-in emptied the box', () => boxText(page, spec), (t) => t.trim() === '', 3000).catch(() => '');
        seen.held.push({ how, reachedWhileHeld, card, reachedAfter: reachedAfter.length >= after.length - before ? reachedAfter : after.slice(before), cardAfter: await review(page), live });
      }

      // 2. "Edit" (Escape on the card): back in the box, text unchanged, nothing sent.
      try {
        await type(page, spec, PITCH);
        const before = (await reached(page)).length;
        await sendBy(page, spec, ways[0]!);
        await until('the review card', () => review(page), (c) => c !== null, 3000);
        await page.press('Escape');
        await sleep(300);
        seen.edit = {
          focused: await page.evaluate((s) => window.__sociableTest!.focused(s), spec.editor),
          text: await boxText(page, spec),
          reached: (await reached(page)).length - before,
          card: await review(page),
        };
      } catch (error) {
        seen.errors.edit = message(error);
      }

      // 3. The site re-renders its send control while the send is held: "Post anyway" still
      // reaches the site exactly once, through the fresh control.
      if (spec.send) {
        try {
          const before = (await reached(page)).length;
          await clickControl(page, spec.send);
          await until('the review card', () => review(page), (c) => c !== null, 3000);
          await page.evaluate(() => window.__sociableTest!.rerender(), null);
          await page.evaluate(() => window.__sociableTest!.reviewClick('post'), null);
          await until('the send to reach the site', () => reached(page), (l) => l.length > before, 3000).catch(() => []);
          await sleep(300);
          seen.rerendered = { reached: (await reached(page)).slice(before), card: await review(page) };
          await until('the stand-in emptied the box', () => boxText(page, spec), (t) => t.trim() === '', 3000).catch(() => '');
          await type(page, spec, PITCH);
        } catch (error) {
          seen.errors.rerendered = message(error);
        }
      }

      // 4. The send control goes away while the send is held: nothing sent, the draft stays.
      if (spec.send) {
        try {
          const before = (await reached(page)).length;
          await clickControl(page, spec.send);
          await until('the review card', () => review(page), (c) => c !== null, 3000);
          await page.evaluate((s) => window.__sociableTest!.remove(s), spec.send);
          await page.evaluate(() => window.__sociableTest!.reviewClick('post'), null);
          await sleep(400);
          seen.removed = {
            text: await boxText(page, spec),
            reached: (await reached(page)).length - before,
            card: await review(page),
            live: await page.evaluate(() => window.__sociableTest!.live(), null),
          };
        } catch (error) {
          seen.errors.removed = message(error);
        }
      }
      await page.close();
    } catch (error) {
      seen.errors.held = message(error);
    }

    // 3b. "Don't ask again for this draft": checked, then Edit; the next send goes straight through.
    try {
      const page = await openPage(driver, spec, html);
      await type(page, spec, PITCH);
      await sendBy(page, spec, ways[0]!);
      const firstCard = (await until('the review card', () => review(page), (c) => c !== null, 3000).catch(() => null)) !== null;
      await page.evaluate(() => window.__sociableTest!.reviewClick('skip'), null);
      await page.press('Escape');
      await sleep(200);
      const before = (await reached(page)).length;
      await sendBy(page, spec, ways[0]!);
      const list = await until('the send to reach the site', () => reached(page), (l) => l.length > before, 1500).catch(() => reached(page));
      seen.skipped = { firstCard, reached: list.slice(before), card: await review(page) };
      await page.close();
    } catch (error) {
      seen.errors.skipped = message(error);
    }

    // 4. A social draft sends at once, every way (history cleared: the earlier pages sent it too).
    try {
      await clearHistory(driver);
      seen.social = await sendsStraight(driver, spec, html, PERSONAL);
    } catch (error) {
      seen.errors.social = message(error);
    }

    // 5. With the review off, a broadcast draft sends at once, every way.
    try {
      await setReview(driver, false);
      seen.off = await sendsStraight(driver, spec, html, PITCH);
    } catch (error) {
      seen.errors.off = message(error);
    } finally {
      await setReview(driver, true);
    }
    return seen;
  } finally {
    await Promise.all(openPages.splice(0).map((page) => page.close().catch(() => undefined)));
  }
}

async function sendsStraight(driver: Driver, spec: SitePage, html: string, text: string): Promise<{ how: Way; reached: string[]; card: ReviewState | null }[]> {
  const out: { how: Way; reached: string[]; card: ReviewState | null }[] = [];
  const page = await openPage(driver, spec, html);
  for (const [i, how] of waysOf(spec).entries()) {
    // The second send must not be a repeat of the first (a copy-paste finding is reviewed).
    await type(page, spec, i === 0 ? text : text === PERSONAL ? PERSONAL_2 : `${text} Thanks for reading.`);
    const before = (await reached(page)).length;
    await sendBy(page, spec, how);
    // The handler runs in the same event as the click or key: no wait for a card.
    const list = await until('the send to reach the site', () => reached(page), (l) => l.length > before, 1500).catch(() => reached(page));
    out.push({ how, reached: list.slice(before), card: await review(page) });
    await until('the stand-in emptied the box', () => boxText(page, spec), (t) => t.trim() === '', 3000).catch(() => '');
  }
  await page.close();
  return out;
}

const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

export function reviewSuite(browserName: BrowserName, folder: string, dir: string, pages: readonly SitePage[], present: boolean): void {
  const runnable = (present && browserAvailable(browserName) !== null) || Boolean(process.env.CI);

  describe.skipIf(!runnable)(`review before sending: ${folder} in ${browserName}`, () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = await launchDriver(browserName);
    });
    afterAll(async () => {
      await driver?.close();
    });

    describe.each(pages.map((spec) => ({ ...spec, name: spec.file })))('$name', (spec) => {
      let seen: ReviewSeen = { errors: { held: 'not measured' } };
      beforeAll(async () => {
        seen = await observeReview(driver, spec, readPage(dir, spec.file));
      }, 120_000);

      const ways = waysOf(spec);
      it(`holds a broadcast draft's send (${ways.join(', ')}) before the site's handler, shows the card, and "Post anyway" reaches the handler once with the text unchanged`, () => {
        expect(seen.errors.held).toBeUndefined();
        expect(seen.held!.map((h) => h.how)).toEqual(ways);
        for (const [i, held] of seen.held!.entries()) {
          expect(held.reachedWhileHeld, `${held.how}: reached the site while held`).toBe(0);
          expect(held.card, `${held.how}: card`).not.toBeNull();
          expect(held.card!.band).toBe('broadcast');
          expect(held.card!.role).toBe('alertdialog');
          expect(held.card!.ruleIds.length).toBeGreaterThan(0);
          expect(held.card!.ruleIds.length).toBeLessThanOrEqual(2);
          // Keyboard first: the card takes the focus on "Post anyway".
          if (i === 0) expect(held.card!.focused).toBe('post');
          expect(held.live).toMatch(/review before sending/);
          expect(held.reachedAfter.length, `${held.how}: reached the site after Post anyway`).toBe(1);
          expect(same(held.reachedAfter[0]!, PITCH), `${held.how}: text sent`).toBe(true);
          expect(held.cardAfter).toBeNull();
        }
      });

      it('"Edit" (Escape) returns the focus to the box with the text unchanged, and sends nothing', () => {
        expect(seen.errors.held ?? seen.errors.edit).toBeUndefined();
        expect(seen.edit!.reached).toBe(0);
        expect(seen.edit!.card).toBeNull();
        expect(seen.edit!.focused).toBe(true);
        expect(same(seen.edit!.text, PITCH)).toBe(true);
      });

      if (spec.send) {
        it('"Post anyway" sends once through the control the site re-rendered while the send was held', () => {
          expect(seen.errors.held ?? seen.errors.rerendered).toBeUndefined();
          expect(seen.rerendered!.card).toBeNull();
          expect(seen.rerendered!.reached.length).toBe(1);
          expect(same(seen.rerendered!.reached[0]!, PITCH)).toBe(true);
        });

        it('loses nothing when the send control is removed while the send is held', () => {
          expect(seen.errors.held ?? seen.errors.removed).toBeUndefined();
          expect(seen.removed!.reached).toBe(0);
          expect(seen.removed!.card).toBeNull();
          expect(same(seen.removed!.text, PITCH)).toBe(true);
          expect(seen.removed!.live).toMatch(/still in the box/);
        });
      }

      it('"Don\'t ask again for this draft" lets that draft\'s next send straight through', () => {
        expect(seen.errors.skipped).toBeUndefined();
        expect(seen.skipped!.firstCard).toBe(true);
        expect(seen.skipped!.card).toBeNull();
        expect(seen.skipped!.reached.length).toBe(1);
        expect(same(seen.skipped!.reached[0]!, PITCH)).toBe(true);
      });

      it('sends a social draft at once', () => {
        expect(seen.errors.social).toBeUndefined();
        expect(seen.social!.map((s) => s.how)).toEqual(ways);
        for (const s of seen.social!) {
          expect(s.card, s.how).toBeNull();
          expect(s.reached.length, s.how).toBe(1);
          expect(same(s.reached[0]!, s.how === ways[0] ? PERSONAL : PERSONAL_2)).toBe(true);
        }
      });

      it('with the review off, sends a broadcast draft at once', () => {
        expect(seen.errors.off).toBeUndefined();
        expect(seen.off!.map((s) => s.how)).toEqual(ways);
        for (const s of seen.off!) {
          expect(s.card, s.how).toBeNull();
          expect(s.reached.length, s.how).toBe(1);
          expect(same(s.reached[0]!.replace(' Thanks for reading.', ''), PITCH)).toBe(true);
        }
      });
    });

    describe('the whole run', () => {
      it('left no error in any page console', () => {
        expect(driver.consoleErrors).toEqual([]);
      });
    });
  });
}
