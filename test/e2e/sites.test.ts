import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/serve.js';
import { launchSociable, type SociableBrowser } from './browser.js';
import { EXTRA_HASHTAGS, HASHTAG_STUFFED, PERSONAL, PITCH, PITCH_WORDS, TEMPLATE_MESSAGE } from './drafts.js';
import {
  allHighlighted,
  badges,
  closeCard,
  modelText,
  openCardFindings,
  readCard,
  shadow,
  typeInto,
  waitForBadge,
  watchEditor,
  type CardFinding,
} from './page-helpers.js';

/**
 * The extension in real Chromium on the three sites (fixture pages with the real
 * editors, served at the real addresses). One browser for the whole file; every request
 * it makes is recorded and checked at the end.
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
  /** Opens the box on the page (e.g. Facebook's composer dialog) and returns it. */
  box(page: Page): Promise<Locator>;
  /** The editor selector, as in DESIGN.md section 6. */
  selector: string;
  /** Name of the box in window.__fixture. */
  model: string;
  /** Part of the draft id the content script gives this box. */
  idPart: string;
}

const SITES: Site[] = [
  {
    name: 'x',
    url: FIXTURE_URLS.xHome,
    selector: 'div[data-testid="tweetTextarea_0"]',
    box: async (page) => page.locator('div[data-testid="tweetTextarea_0"]'),
    model: 'tweetTextarea_0',
    idPart: 'tweetTextarea_0',
  },
  {
    name: 'linkedin',
    url: FIXTURE_URLS.linkedinFeed,
    selector: '.share-creation-state__text-editor .ql-editor',
    box: async (page) => page.locator('.share-creation-state__text-editor .ql-editor'),
    model: 'share',
    idPart: 'linkedin',
  },
  {
    name: 'facebook',
    url: FIXTURE_URLS.facebook,
    selector: '[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
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

async function openBox(site: Site, query = ''): Promise<{ page: Page; box: Locator }> {
  const page = await browser.open(site.url + query);
  const box = await site.box(page);
  return { page, box };
}

/** The gimmicks rule's hashtag-stuffing finding, which comes with a fix. */
function isHashtagFix(finding: CardFinding): boolean {
  return finding.ruleId === 'gimmicks' && finding.fixes > 0 && /hashtag stuffing/i.test(finding.message);
}

function warnings(findings: CardFinding[]): CardFinding[] {
  return findings.filter((f) => f.severity !== 'info');
}

describe.each(SITES)('$name', (site) => {
  it('underlines a pitch, and the badge and the action badge show its score', async () => {
    const { page, box } = await openBox(site);
    await typeInto(page, box, PITCH);
    expect(await modelText(page, site.model)).toBe(PITCH);
    const badge = await waitForBadge(page, site.idPart, PITCH.length);

    const marked = await allHighlighted(page);
    expect(marked.length).toBeGreaterThan(0);
    // Every mark is a piece of the draft, and at least one covers the pitch itself.
    for (const text of marked) expect(PITCH).toContain(text);
    expect(marked.some((text) => PITCH_WORDS.some((word) => text.includes(word)))).toBe(true);

    expect(badge.score).toBeLessThan(80);
    expect(badge.findings).toBeGreaterThan(0);
    expect(badge.surface).toBe('post');
    expect(await browser.actionBadgeText(page)).toBe(String(badge.score));

    const findings = await openCardFindings(page, site.idPart);
    expect(findings.map((f) => f.ruleId)).toContain('sales-pitch');
    expect(findings.length).toBe(badge.findings);
    for (const finding of findings) {
      expect(finding.message.length).toBeGreaterThan(0);
      expect(finding.why.length).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('reads a multi-line draft as the editor model holds it, and marks the right line', async () => {
    const { page, box } = await openBox(site);
    const lines = ['Morning all.', '', PITCH, '', 'Cheers'];
    await box.click();
    for (const [i, line] of lines.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      if (line) await page.keyboard.insertText(line);
    }
    const model = await modelText(page, site.model);
    expect(model).toBe(lines.join('\n'));
    // The content script linted exactly the model's text (same length, so same offsets)...
    await waitForBadge(page, site.idPart, model.length);
    // ...and its ranges are not shifted by the line breaks: every mark lies within one line,
    // and the pitch's mark starts and ends on word boundaries of the pitch line.
    const marked = await allHighlighted(page);
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(lines.some((line) => line.includes(text)), text).toBe(true);
    const onPitch = marked.filter((text) => PITCH_WORDS.some((word) => text.includes(word)));
    expect(onPitch.length).toBeGreaterThan(0);
    for (const text of onPitch) {
      const at = PITCH.indexOf(text);
      expect(at === 0 || /\W/.test(PITCH[at - 1]!), `starts on a word boundary: ${text}`).toBe(true);
      const end = at + text.length;
      expect(end === PITCH.length || /\W/.test(PITCH[end]!) || /\W/.test(PITCH[end - 1]!), `ends on a word boundary: ${text}`).toBe(true);
    }
    await page.close();
  });

  it('scores a personal post at least 80 with no warning', async () => {
    const { page, box } = await openBox(site);
    await typeInto(page, box, PERSONAL);
    const badge = await waitForBadge(page, site.idPart, PERSONAL.length);
    expect(badge.score).toBeGreaterThanOrEqual(80);
    const findings = await openCardFindings(page, site.idPart);
    expect(warnings(findings)).toEqual([]);
    expect(await browser.actionBadgeText(page)).toBe(String(badge.score));
    await page.close();
  });

  it("applies a fix through the editor, so the editor's own model has the new text", async () => {
    const { page, box } = await openBox(site);
    await typeInto(page, box, HASHTAG_STUFFED);
    await waitForBadge(page, site.idPart, HASHTAG_STUFFED.length);
    const findings = await openCardFindings(page, site.idPart);
    const stuffing = findings.findIndex(isHashtagFix);
    expect(stuffing, `a hashtag fix among ${JSON.stringify(findings)}`).toBeGreaterThanOrEqual(0);
    await shadow(page, '.card .finding').nth(stuffing).locator('.apply').first().click();

    await expect.poll(() => modelText(page, site.model), { timeout: 5000 }).not.toContain(EXTRA_HASHTAGS[0]);
    const fixed = await modelText(page, site.model);
    for (const tag of EXTRA_HASHTAGS) expect(fixed).not.toContain(tag);
    // Only the extra hashtags went; the rest of the draft is as typed.
    expect(fixed).toContain('So proud of her. #cycling #diy #family #weekend #bikes');
    expect(fixed.startsWith('Spent Saturday fixing my old bike')).toBe(true);
    // The screen and the model agree (the editor re-rendered from its model).
    expect((await box.innerText()).trim()).toBe(fixed.trim());
    // The fixed draft is linted again: the stuffing finding is gone.
    await waitForBadge(page, site.idPart, fixed.length);
    await page.close();
  });

  it('adds no node to the editor while it lints, marks, badges and shows the card', async () => {
    const { page, box } = await openBox(site);
    await typeInto(page, box, PITCH);
    // Let the editor finish its own rendering of the typed text, then watch.
    await page.waitForTimeout(50);
    const stop = await watchEditor(page, site.selector);
    await waitForBadge(page, site.idPart, PITCH.length);
    expect((await allHighlighted(page)).length).toBeGreaterThan(0);
    // Hover a mark (opens its card), then open the full card from the badge.
    const rect = await box.boundingBox();
    if (rect) await page.mouse.move(rect.x + rect.width / 2, rect.y + 12);
    await page.waitForTimeout(500);
    await openCardFindings(page, site.idPart);
    await closeCard(page);
    expect(await stop()).toEqual([]);
    // Nothing of the extension inside the editor either.
    expect(await box.evaluate((el) => el.querySelectorAll('sociable-ui, [data-sociable], [class*="sociable"]').length)).toBe(0);
    await page.close();
  });
});

describe('x', () => {
  it("judges a thread's second box on its own", async () => {
    const page = await browser.open(FIXTURE_URLS.xHome);
    await typeInto(page, page.locator('div[data-testid="tweetTextarea_0"]'), PITCH);
    const first = await waitForBadge(page, 'tweetTextarea_0', PITCH.length);
    await page.locator('[data-testid="addButton"]').click();
    const second = page.locator('div[data-testid="tweetTextarea_1"]');
    await second.waitFor();
    await typeInto(page, second, PERSONAL);
    const secondBadge = await waitForBadge(page, 'tweetTextarea_1', PERSONAL.length);

    expect(await modelText(page, 'tweetTextarea_1')).toBe(PERSONAL);
    expect(secondBadge.draftId).not.toBe(first.draftId);
    expect(secondBadge.score).toBeGreaterThanOrEqual(80);
    expect(first.score).toBeLessThan(80);
    const findings = await openCardFindings(page, 'tweetTextarea_1');
    expect(findings.map((f) => f.ruleId)).not.toContain('sales-pitch');
    expect(warnings(findings)).toEqual([]);
    // The first box keeps its own report.
    await closeCard(page);
    expect((await openCardFindings(page, 'tweetTextarea_0')).map((f) => f.ruleId)).toContain('sales-pitch');
    await page.close();
  });

  it('tells a reply from a post', async () => {
    const page = await browser.open(FIXTURE_URLS.xReply);
    await typeInto(page, page.locator('div[data-testid="tweetTextarea_0"]'), PERSONAL);
    expect((await waitForBadge(page, 'tweetTextarea_0', PERSONAL.length)).surface).toBe('reply');
    await page.close();
  });

  it('opens the card for the finding under the pointer when a mark is hovered', async () => {
    const page = await browser.open(FIXTURE_URLS.xHome);
    await typeInto(page, page.locator('div[data-testid="tweetTextarea_0"]'), HASHTAG_STUFFED);
    const badge = await waitForBadge(page, 'tweetTextarea_0', HASHTAG_STUFFED.length);
    expect(badge.findings).toBeGreaterThan(1);
    // The centre of the mark over the extra hashtags.
    const point = await page.evaluate((tag) => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('sociable-')) continue;
        for (const range of highlight) {
          if (!(range instanceof Range) || !range.toString().includes(tag)) continue;
          const rect = range.getClientRects()[0]!;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    }, EXTRA_HASHTAGS[0]!);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await shadow(page, '.card').waitFor({ state: 'visible', timeout: 3000 });
    const shown = await readCard(page);
    expect(shown.length).toBe(1);
    expect(isHashtagFix(shown[0]!)).toBe(true);
    // Leaving the mark (and not entering the card) closes it again.
    await page.mouse.move(5, 5);
    await expect.poll(() => shadow(page, '.card').isVisible(), { timeout: 3000 }).toBe(false);
    await page.close();
  });

  it('follows the dark theme of the site', async () => {
    const page = await browser.open(`${FIXTURE_URLS.xHome}?theme=dark`);
    await typeInto(page, page.locator('div[data-testid="tweetTextarea_0"]'), PITCH);
    const badge = await waitForBadge(page, 'tweetTextarea_0', PITCH.length);
    expect(badge.theme).toBe('dark');
    const light = await browser.open(FIXTURE_URLS.xHome);
    await typeInto(light, light.locator('div[data-testid="tweetTextarea_0"]'), PITCH);
    expect((await waitForBadge(light, 'tweetTextarea_0', PITCH.length)).theme).toBe('light');
    await page.close();
    await light.close();
  });

  it('records a send from the Post button and clears the badges', async () => {
    const page = await browser.open(FIXTURE_URLS.xHome);
    await typeInto(page, page.locator('div[data-testid="tweetTextarea_0"]'), PERSONAL);
    await waitForBadge(page, 'tweetTextarea_0', PERSONAL.length);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => page.evaluate(() => window.__fixture!.sent.map((s) => s.text))).toEqual([PERSONAL]);
    await expect.poll(() => browser.actionBadgeText(page), { timeout: 5000 }).toBe('');
    await expect.poll(() => shadow(page, '.badge').first().isVisible()).toBe(false);
    await page.close();
  });

  it('marks a textarea (the mobile compose page) with an overlay and applies its fixes', async () => {
    const page = await browser.open(`${FIXTURE_URLS.xCompose}?textarea=1`);
    const box = page.locator('textarea[data-testid="tweetTextarea_0"]');
    await typeInto(page, box, HASHTAG_STUFFED);
    await waitForBadge(page, 'tweetTextarea_0', HASHTAG_STUFFED.length);
    const marks = await shadow(page, '.overlay .mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const text of marks) expect(HASHTAG_STUFFED).toContain(text);
    expect(marks.some((text) => text.includes(EXTRA_HASHTAGS[0]!))).toBe(true);
    const findings = await openCardFindings(page, 'tweetTextarea_0');
    const stuffing = findings.findIndex(isHashtagFix);
    expect(stuffing).toBeGreaterThanOrEqual(0);
    await shadow(page, '.card .finding').nth(stuffing).locator('.apply').first().click();
    await expect.poll(() => box.inputValue()).not.toContain(EXTRA_HASHTAGS[0]);
    expect(await modelText(page, 'tweetTextarea_0')).toBe(await box.inputValue());
    await page.close();
  });
});

describe('linkedin', () => {
  it('reads the recipient from the conversation header and fills it in with a fix', async () => {
    const page = await browser.open(FIXTURE_URLS.linkedinMessaging);
    const box = page.locator('.msg-form__contenteditable[contenteditable="true"]');
    await typeInto(page, box, TEMPLATE_MESSAGE);
    expect((await waitForBadge(page, 'linkedin', TEMPLATE_MESSAGE.length)).surface).toBe('message');
    const findings = await openCardFindings(page, 'linkedin');
    const template = findings.findIndex((f) => f.ruleId === 'template-greeting' && f.fixes > 0);
    expect(template, JSON.stringify(findings)).toBeGreaterThanOrEqual(0);
    expect(findings[template]!.suggestions.join(' ')).toContain('Sam');
    await shadow(page, '.card .finding').nth(template).locator('.apply').first().click();
    await expect.poll(() => modelText(page, 'message')).toContain('Hi Sam');
    expect(await modelText(page, 'message')).not.toContain('[Name]');
    await page.close();
  });

  it('opens the card from the keyboard, announces the score, and Escape returns to the editor', async () => {
    const page = await browser.open(FIXTURE_URLS.linkedinFeed);
    const box = page.locator('.share-creation-state__text-editor .ql-editor');
    await typeInto(page, box, PITCH);
    const badge = await waitForBadge(page, 'linkedin', PITCH.length);
    await expect.poll(() => shadow(page, '[role="status"]').textContent()).toContain(`Sociable score ${badge.score}`);
    await page.keyboard.press('Alt+Shift+KeyS');
    await shadow(page, '.card').waitFor({ state: 'visible' });
    // Focus is on the card's first button; arrow keys and Tab move between its buttons only.
    const focusedInCard = () =>
      page.evaluate(() => {
        const active = document.querySelector('sociable-ui')?.shadowRoot?.activeElement;
        return active ? `${active.closest('.card') ? 'card' : 'outside'}:${active.className}` : 'none';
      });
    expect(await focusedInCard()).toBe('card:close');
    await page.keyboard.press('ArrowDown');
    expect(await focusedInCard()).toMatch(/^card:/);
    await page.keyboard.press('Tab');
    expect(await focusedInCard()).toMatch(/^card:/);
    expect((await readCard(page)).length).toBe(badge.findings);
    await page.keyboard.press('Escape');
    await expect.poll(() => shadow(page, '.card').isVisible()).toBe(false);
    expect(await box.evaluate((el) => document.activeElement === el)).toBe(true);
    await page.close();
  });

  it('an Enter that only breaks the line is not a send; the Send button is', async () => {
    const page = await browser.open(FIXTURE_URLS.linkedinMessaging);
    const box = page.locator('.msg-form__contenteditable[contenteditable="true"]');
    const text = 'Sam, it was great to meet you on Thursday. How did the robotics demo go?';
    await typeInto(page, box, text);
    await waitForBadge(page, 'linkedin', text.length);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('Talk soon');
    const both = `${text}\nTalk soon`;
    const badge = await waitForBadge(page, 'linkedin', both.length);
    // Quill kept the line break; nothing was sent, so the toolbar badge still shows the draft.
    expect(await modelText(page, 'message')).toBe(both);
    expect(await browser.actionBadgeText(page)).toBe(String(badge.score));
    await page.locator('.msg-form__send-button').click();
    await expect.poll(() => page.evaluate(() => window.__fixture!.sent.map((s) => s.text))).toEqual([both]);
    await expect.poll(() => browser.actionBadgeText(page), { timeout: 5000 }).toBe('');
    await page.close();
  });

  it('tells a comment from a post', async () => {
    const page = await browser.open(FIXTURE_URLS.linkedinFeed);
    await typeInto(page, page.locator('.comments-comment-box .ql-editor'), 'Congratulations Priya, that first merge feeling never gets old!');
    const badge = await waitForBadge(page, 'linkedin', 'Congratulations Priya, that first merge feeling never gets old!'.length);
    expect(badge.surface).toBe('comment');
    expect(badge.score).toBeGreaterThanOrEqual(80);
    await page.close();
  });
});

describe('facebook', () => {
  it('lints a box no site selector knows once it is focused (the generic fallback)', async () => {
    const page = await browser.open(FIXTURE_URLS.facebook);
    const box = page.locator('#wall-editor');
    expect(await box.evaluate((el) => el.matches('[role="textbox"], [data-lexical-editor]'))).toBe(false);
    await typeInto(page, box, PITCH);
    expect(await modelText(page, 'wall')).toBe(PITCH);
    const badge = await waitForBadge(page, 'Write-something', PITCH.length);
    expect(badge.score).toBeLessThan(80);
    const marked = await allHighlighted(page);
    expect(marked.some((text) => PITCH_WORDS.some((word) => text.includes(word)))).toBe(true);
    await page.close();
  });

  it('records a comment sent with Enter and clears the badge', async () => {
    const page = await browser.open(FIXTURE_URLS.facebook);
    const box = page.locator('#comment-editor');
    const comment = 'This looks amazing Tomás, what flour did you use?';
    await typeInto(page, box, comment);
    expect((await waitForBadge(page, 'Write-a-comment', comment.length)).surface).toBe('comment');
    expect(await browser.actionBadgeText(page)).not.toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__fixture!.sent.map((s) => s.text))).toEqual([comment]);
    await expect.poll(() => browser.actionBadgeText(page), { timeout: 5000 }).toBe('');
    await page.close();
  });
});

describe('settings pushed to open pages', () => {
  it('turning a rule off clears its marks at once, and turning the site off removes the UI', async () => {
    const page = await browser.open(FIXTURE_URLS.xHome);
    await typeInto(page, page.locator('div[data-testid="tweetTextarea_0"]'), PITCH);
    const before = await waitForBadge(page, 'tweetTextarea_0', PITCH.length);
    expect(before.score).toBeLessThan(80);
    expect((await allHighlighted(page)).length).toBeGreaterThan(0);
    try {
      await browser.sendFromExtension({ kind: 'set-settings', settings: { rules: { 'sales-pitch': { enabled: false } } } });
      await expect.poll(async () => (await badges(page)).find((b) => b.draftId.includes('tweetTextarea_0'))?.score, { timeout: 5000 }).toBeGreaterThan(before.score);
      const marked = await allHighlighted(page);
      expect(marked.some((text) => PITCH_WORDS.some((word) => text.includes(word) && word !== 'https://example.com/deal'))).toBe(false);

      await browser.sendFromExtension({ kind: 'set-settings', settings: { sites: { x: false, linkedin: true, facebook: true } } });
      await expect.poll(() => page.evaluate(() => document.querySelector('sociable-ui') === null), { timeout: 5000 }).toBe(true);
      expect(await allHighlighted(page)).toEqual([]);
    } finally {
      await browser.sendFromExtension({ kind: 'reset-settings' });
    }
    // Back on: the open box is found and linted again without a reload.
    await page.locator('div[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(' Today only.');
    const after = await waitForBadge(page, 'tweetTextarea_0', PITCH.length + ' Today only.'.length);
    expect(after.score).toBeLessThan(80);
    await page.close();
  });
});

describe('the whole run', () => {
  it('sent no request anywhere but the routed fixture pages and the extension', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(browser.leaks()).toEqual([]);
  });

  it('left no error in any page console', () => {
    expect(browser.consoleErrors).toEqual([]);
  });
});
