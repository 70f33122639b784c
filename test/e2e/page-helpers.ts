import type { Locator, Page } from 'playwright-core';

/**
 * Reading what the extension shows in a page, from the outside: the CSS highlights
 * registered on the document, the badges and card in the extension's shadow root, and
 * the editor model the fixture exposes. Nothing here reaches into the content script.
 */

export interface BadgeInfo {
  draftId: string;
  score: number;
  findings: number;
  theme: string;
  /** Length of the text the shown report was made for. */
  length: number;
  /** What the content script judged the box as: post, reply, comment or message. */
  surface: string;
  hidden: boolean;
}

export interface CardFinding {
  ruleId: string;
  severity: string;
  message: string;
  why: string;
  suggestions: string[];
  fixes: number;
}

/** The text under every range of every `sociable-*` highlight, by highlight name. */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('sociable-')) return;
      out[name] = [...highlight].map((range) => (range instanceof Range ? range.toString() : document.createRange().toString()));
    });
    return out;
  });
}

/** All highlighted texts of any severity, flattened. */
export async function allHighlighted(page: Page): Promise<string[]> {
  return Object.values(await highlightedTexts(page)).flat();
}

export async function badges(page: Page): Promise<BadgeInfo[]> {
  return page.evaluate(() => {
    const root = document.querySelector('sociable-ui')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>('.badge')].map((el) => ({
      draftId: el.dataset.draftId ?? '',
      score: Number(el.dataset.score ?? NaN),
      findings: Number(el.dataset.findings ?? NaN),
      theme: el.dataset.theme ?? '',
      length: Number(el.dataset.length ?? NaN),
      surface: el.dataset.surface ?? '',
      hidden: el.hidden,
    }));
  });
}

/**
 * Waits until the badge of the draft whose id contains `idPart` shows a report for a text
 * of `length` characters (the text the test typed), and returns it.
 */
export async function waitForBadge(page: Page, idPart: string, length: number, timeout = 10_000): Promise<BadgeInfo> {
  const deadline = Date.now() + timeout;
  let last: BadgeInfo[] = [];
  while (Date.now() < deadline) {
    last = await badges(page);
    const badge = last.find((b) => b.draftId.includes(idPart) && !b.hidden && b.length === length);
    if (badge) return badge;
    await page.waitForTimeout(100);
  }
  throw new Error(`no badge for ${idPart} with a report for ${length} characters; badges: ${JSON.stringify(last)}`);
}

export function shadow(page: Page, selector: string): Locator {
  // Playwright's CSS locators pierce open shadow roots.
  return page.locator(`sociable-ui ${selector}`);
}

/** Opens the card from the draft's badge and reads its findings. */
export async function openCardFindings(page: Page, idPart: string): Promise<CardFinding[]> {
  await shadow(page, `.badge[data-draft-id*="${idPart}"]:not([hidden])`).click();
  await shadow(page, '.card').waitFor({ state: 'visible' });
  return readCard(page);
}

export async function readCard(page: Page): Promise<CardFinding[]> {
  return page.evaluate(() => {
    const card = document.querySelector('sociable-ui')?.shadowRoot?.querySelector('.card');
    if (!card) return [];
    return [...card.querySelectorAll<HTMLElement>('.finding')].map((item) => ({
      ruleId: item.dataset.ruleId ?? '',
      severity: item.querySelector('.sev')?.textContent ?? '',
      message: item.querySelector('.message')?.textContent ?? '',
      why: item.querySelector('.why')?.textContent ?? '',
      suggestions: [...item.querySelectorAll('.suggestion .text')].map((s) => s.textContent ?? ''),
      fixes: item.querySelectorAll('.apply').length,
    }));
  });
}

export async function closeCard(page: Page): Promise<void> {
  if (await shadow(page, '.card').isVisible()) await shadow(page, '.card .close').click();
}

/** Focuses the editor and enters `text` as one insertion (the way an IME or paste commits text). */
export async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.insertText(text);
}

/** The box's text as its editor model holds it (Draft.js ContentState, Quill, Lexical). */
export async function modelText(page: Page, box: string): Promise<string> {
  return page.evaluate((name) => window.__fixture!.getText(name), box);
}

/**
 * Starts recording every node added under the editor (in the page's own world). Returns
 * a function that stops and gives back what was added, described by tag and classes.
 */
export async function watchEditor(page: Page, selector: string): Promise<() => Promise<string[]>> {
  const key = `__watch_${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ({ selector: sel, key: k }) => {
      const editor = document.querySelector(sel);
      if (!editor) throw new Error(`no editor ${sel}`);
      const added: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          record.addedNodes.forEach((node) => {
            added.push(node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : `#${node.nodeName}`);
          });
          if (record.type === 'attributes') added.push(`@${record.attributeName ?? ''}`);
        }
      });
      observer.observe(editor, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'data-sociable'] });
      (window as unknown as Record<string, unknown>)[k] = { observer, added };
    },
    { selector, key },
  );
  return () =>
    page.evaluate((k) => {
      const store = (window as unknown as Record<string, { observer: MutationObserver; added: string[] }>)[k]!;
      store.observer.disconnect();
      return store.added;
    }, key);
}
