import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/serve.js';
import { launchSociable, type SociableBrowser } from './browser.js';
import { PITCH } from './drafts.js';
import { allHighlighted, modelText, typeInto, waitForBadge } from './page-helpers.js';

/**
 * Marks follow the text while the person types on, before the next report: the content
 * script moves them across each keystroke itself (from the edited text node alone, or
 * from a full read after a new line), so no painted frame may show a mark over other words.
 * Every frame is checked, in the page, from the first key until the next report arrives.
 */

let browser: SociableBrowser;

beforeAll(async () => {
  browser = await launchSociable();
});

afterAll(async () => {
  await browser?.close();
});

interface Site {
  name: string;
  url: string;
  box(page: Page): Promise<Locator>;
  model: string;
  idPart: string;
}

const SITES: Site[] = [
  {
    name: 'x',
    url: FIXTURE_URLS.xHome,
    box: async (page) => page.locator('div[data-testid="tweetTextarea_0"]'),
    model: 'tweetTextarea_0',
    idPart: 'tweetTextarea_0',
  },
  {
    name: 'linkedin',
    url: FIXTURE_URLS.linkedinFeed,
    box: async (page) => page.locator('.share-creation-state__text-editor .ql-editor'),
    model: 'share',
    idPart: 'linkedin',
  },
  {
    name: 'facebook',
    url: FIXTURE_URLS.facebook,
    box: async (page) => {
      await page.locator('#open-composer').click();
      const box = page.locator('[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]');
      await box.waitFor();
      return box;
    },
    model: 'composer',
    idPart: 'What-s-on-your-mind',
  },
];

declare global {
  interface Window {
    __markFrames?: { frames: string[][]; stop: boolean };
  }
}

/**
 * Records, in every frame while the badge still shows the report for `length` characters,
 * the text under each `sociable-*` highlight (sorted).
 */
async function recordMarkFrames(page: Page, length: number): Promise<void> {
  await page.evaluate((n) => {
    const state = { frames: [] as string[][], stop: false };
    window.__markFrames = state;
    const frame = (): void => {
      if (state.stop) return;
      const badge = document.querySelector('sociable-ui')?.shadowRoot?.querySelector<HTMLElement>('.badge:not([hidden])');
      if (badge?.dataset.length !== String(n)) return;
      const texts: string[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('sociable-')) return;
        for (const range of highlight) if (range instanceof Range) texts.push(range.toString());
      });
      state.frames.push(texts.sort());
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, length);
}

async function markFrames(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const state = window.__markFrames!;
    state.stop = true;
    return state.frames;
  });
}

describe.each(SITES)('$name', (site) => {
  it('keeps every mark on its words, frame by frame, while keys are typed before and after them', async () => {
    const page = await browser.open(site.url);
    const box = await site.box(page);
    await typeInto(page, box, PITCH);
    await waitForBadge(page, site.idPart, PITCH.length);
    const marks = (await allHighlighted(page)).sort();
    expect(marks.length).toBeGreaterThan(0);

    await recordMarkFrames(page, PITCH.length);
    // Before every mark: each key shifts them all, in the same text node or across a new line.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Well', { delay: 15 });
    await page.keyboard.press('Enter');
    // After every mark, at the end of the draft.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thanks', { delay: 15 });
    // A few frames after the last key, well inside the 150 ms the lint waits for.
    await page.waitForTimeout(60);
    const frames = await markFrames(page);

    const typed = `Well\n${PITCH} Thanks`;
    expect(await modelText(page, site.model)).toBe(typed);
    // The keys took far longer than a frame, and the report for the old text lasted through them.
    expect(frames.length).toBeGreaterThan(3);
    for (const frame of frames) expect(frame).toEqual(marks);

    // Then the new report marks the same words in the new text.
    await waitForBadge(page, site.idPart, typed.length);
    for (const text of await allHighlighted(page)) expect(typed).toContain(text);
    await page.close();
  });

  it('drops a mark typed into, and keeps the others on their words', async () => {
    // Two marks: the shouted "!!!" (gimmicks) and the call to sign up (sales-pitch).
    const draft = PITCH.replace('only!', 'only!!!');
    const page = await browser.open(site.url);
    const box = await site.box(page);
    await typeInto(page, box, draft);
    await waitForBadge(page, site.idPart, draft.length);
    const marks = (await allHighlighted(page)).sort();
    // Every mark over "Sign up" spans the edit below; the others do not.
    const others = marks.filter((text) => !text.includes('Sign up'));
    expect(others.length, `marks over "Sign up" and elsewhere: ${JSON.stringify(marks)}`).toBeLessThan(marks.length);
    expect(others.length).toBeGreaterThan(0);

    await recordMarkFrames(page, draft.length);
    // "Sign up" becomes "SignX up" (the caret goes there with the arrow keys).
    await page.keyboard.press('Control+End');
    const back = draft.length - (draft.indexOf('Sign up') + 'Sign'.length);
    for (let i = 0; i < back; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('X');
    await page.waitForTimeout(60);
    const frames = await markFrames(page);

    expect(await modelText(page, site.model)).toBe(draft.replace('Sign up', 'SignX up'));
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) {
      // Until the key lands a frame shows every mark; from then on, all but the edited one.
      if (frame.length === marks.length) expect(frame).toEqual(marks);
      else expect(frame).toEqual(others);
    }
    expect(frames.at(-1)).toEqual(others);
    await page.close();
  });
});
