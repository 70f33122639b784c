/**
 * `npm start`: builds the extension (dist/chrome) and the fixture pages, then opens the
 * playground: Chromium with Sociable loaded and the three composers (X with Draft.js,
 * LinkedIn with Quill, Facebook with Lexical) served at their real addresses, all local.
 *
 * With no display (no DISPLAY / WAYLAND_DISPLAY on Linux, or CI set), or with --headless,
 * it runs headless instead: types sample drafts into each composer, prints each report
 * and saves screenshots of the marks, the card and the popup to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { build } from 'vite';
import { FIXTURE_URLS } from '../test/fixtures/serve.js';
import { findChrome, INSTALL_HINT, launchSociable, REPO_ROOT, type SociableBrowser } from '../test/e2e/browser.js';
import { openCardFindings, shadow, waitForBadge, type CardFinding } from '../test/e2e/page-helpers.js';

const SCREENSHOTS = join(REPO_ROOT, 'screenshots');

interface Sample {
  label: string;
  text: string;
}

interface Composer {
  site: string;
  url: string;
  open(page: Page): Promise<Locator>;
  /** Part of the draft id of this box (see the content script's session ids). */
  idPart: string;
  samples: Sample[];
}

const COMPOSERS: Composer[] = [
  {
    site: 'X',
    url: FIXTURE_URLS.xHome,
    open: async (page) => page.locator('div[data-testid="tweetTextarea_0"]'),
    idPart: 'tweetTextarea_0',
    samples: [
      { label: 'pitch', text: 'Huge sale this week only! Get 50% off every plan with code SAVE50. Sign up now: https://example.com/deal' },
      { label: 'personal', text: 'Rode to work for the first time in a year and my legs are jelly. Anyone else restarting a habit this month?' },
      { label: 'gimmicks', text: 'Spent Saturday fixing my old bike with my daughter and she did the brakes herself!!! #cycling #diy #family #weekend #bikes #parenting #proud' },
    ],
  },
  {
    site: 'LinkedIn',
    url: FIXTURE_URLS.linkedinFeed,
    open: async (page) => page.locator('.share-creation-state__text-editor .ql-editor'),
    idPart: 'linkedin',
    samples: [
      { label: 'pitch', text: 'Is your team still wasting hours on manual reports? Our platform automates it all. Book a free demo today and get 30% off your first year! DM me for the link.' },
      { label: 'personal', text: 'Ten years ago today I was let go from my first job. It stung, but it pushed me to learn to code. Thank you Maria for the coffee and the push. What turned a setback around for you?' },
    ],
  },
  {
    site: 'LinkedIn messaging',
    url: FIXTURE_URLS.linkedinMessaging,
    open: async (page) => page.locator('.msg-form__contenteditable[contenteditable="true"]'),
    idPart: 'linkedin',
    samples: [{ label: 'template', text: 'Hi [Name], I came across your profile and think you would be a great fit for our exciting opportunity.' }],
  },
  {
    site: 'Facebook',
    url: FIXTURE_URLS.facebook,
    open: async (page) => {
      await page.locator('#open-composer').click();
      const box = page.locator('[role="dialog"] [data-lexical-editor="true"]');
      await box.waitFor();
      return box;
    },
    idPart: 'What-s-on-your-mind',
    samples: [
      { label: 'recruiting', text: 'Want to be your own boss and work from home? Join my team and earn $5,000 a month! Message me to find out how.' },
      { label: 'personal', text: 'Our dog Pepper turned twelve today. She still steals socks like a puppy. Thank you all for the birthday wishes!' },
    ],
  },
];

function hasDisplay(): boolean {
  if (process.env.CI) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function buildExtension(): Promise<void> {
  console.log('Building the extension (dist/chrome)...');
  process.env.TARGET = 'chrome';
  await build({ configFile: join(REPO_ROOT, 'vite.config.ts'), root: REPO_ROOT, logLevel: 'warn' });
}

async function clearBox(page: Page, box: Locator): Promise<void> {
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
}

function printReport(composer: Composer, sample: Sample, score: number, findings: CardFinding[]): void {
  console.log(`\n${composer.site} - ${sample.label}: "${sample.text.length > 90 ? `${sample.text.slice(0, 87)}...` : sample.text}"`);
  console.log(`  score ${score}, ${findings.length} finding(s)`);
  for (const f of findings) {
    console.log(`  - [${f.severity}] ${f.ruleId}: ${f.message}`);
    for (const s of f.suggestions) console.log(`      suggestion: ${s}`);
  }
}

/** A screenshot of the page around `boxes` (the editor, badge and card), not the whole window. */
async function shootAround(page: Page, boxes: Locator[], file: string): Promise<void> {
  const rects = (await Promise.all(boxes.map((b) => b.boundingBox().catch(() => null)))).filter((r) => r !== null);
  const pad = 16;
  const left = Math.max(0, Math.min(...rects.map((r) => r.x)) - pad);
  const top = Math.max(0, Math.min(...rects.map((r) => r.y)) - pad);
  const right = Math.max(...rects.map((r) => r.x + r.width)) + pad;
  const bottom = Math.max(...rects.map((r) => r.y + r.height)) + pad;
  await page.screenshot({ path: join(SCREENSHOTS, file), clip: { x: left, y: top, width: right - left, height: bottom - top } });
  console.log(`  saved screenshots/${file}`);
}

async function runHeadless(sociable: SociableBrowser): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const composer of COMPOSERS) {
    const page = await sociable.open(composer.url);
    const box = await composer.open(page);
    for (const sample of composer.samples) {
      await clearBox(page, box);
      await page.keyboard.insertText(sample.text);
      const badge = await waitForBadge(page, composer.idPart, sample.text.length);
      const findings = await openCardFindings(page, composer.idPart);
      printReport(composer, sample, badge.score, findings);
      await shadow(page, '.card .close').click();
    }
    await page.close();
  }

  console.log('\nScreenshots:');
  // The marks: an X pitch, underlined, with its badge.
  const x = await sociable.open(FIXTURE_URLS.xHome);
  const xBox = x.locator('div[data-testid="tweetTextarea_0"]');
  await xBox.click();
  await x.keyboard.insertText(COMPOSERS[0]!.samples[2]!.text);
  await waitForBadge(x, 'tweetTextarea_0', COMPOSERS[0]!.samples[2]!.text.length);
  await x.mouse.move(0, 0);
  await shootAround(x, [xBox, shadow(x, '.badge:not([hidden])')], 'marks-x.png');
  // The same draft's card: each finding with why, and Apply for the fixes.
  await openCardFindings(x, 'tweetTextarea_0');
  await shootAround(x, [xBox, shadow(x, '.card')], 'card-x-fixes.png');

  // The card: a LinkedIn pitch with the card open from the badge.
  const li = await sociable.open(FIXTURE_URLS.linkedinFeed);
  const liBox = li.locator('.share-creation-state__text-editor .ql-editor');
  const liText = COMPOSERS[1]!.samples[0]!.text;
  await liBox.click();
  await li.keyboard.insertText(liText);
  await waitForBadge(li, 'linkedin', liText.length);
  await openCardFindings(li, 'linkedin');
  await shootAround(li, [liBox, shadow(li, '.card')], 'card-linkedin.png');

  // Facebook, dark theme: marks and badge in the composer dialog.
  const fb = await sociable.open(`${FIXTURE_URLS.facebook}?theme=dark&composer=open`);
  const fbBox = fb.locator('[role="dialog"] [data-lexical-editor="true"]');
  const fbText = COMPOSERS[3]!.samples[0]!.text;
  await fbBox.click();
  await fb.keyboard.insertText(fbText);
  await waitForBadge(fb, 'What-s-on-your-mind', fbText.length);
  await shootAround(fb, [fb.locator('[role="dialog"] > div')], 'marks-facebook-dark.png');

  // The popup's score card for the LinkedIn tab (opened as a page, pointed at that tab).
  const tabId = await sociable.tabId(li);
  const popup = await sociable.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(sociable.extensionUrl(`src/popup/index.html?tab=${tabId}`));
  await popup.waitForSelector('body[data-ready="true"]', { timeout: 10_000 }).catch(() => undefined);
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png'), fullPage: true });
  console.log('  saved screenshots/popup.png');

  const leaks = sociable.leaks();
  console.log(`\n${sociable.requests.length} requests, ${leaks.length} left the browser${leaks.length ? `: ${leaks.map((l) => l.url).join(', ')}` : ''}.`);
  if (sociable.consoleErrors.length > 0) console.log('Console errors:', sociable.consoleErrors);
}

async function runWindowed(sociable: SociableBrowser): Promise<void> {
  for (const url of [FIXTURE_URLS.xHome, FIXTURE_URLS.linkedinFeed, FIXTURE_URLS.linkedinMessaging, FIXTURE_URLS.facebook]) await sociable.open(url);
  await sociable.context.pages().find((p) => p.url() === 'about:blank')?.close();
  console.log(
    [
      '',
      'The playground is open: X (Draft.js), LinkedIn feed and messaging (Quill) and Facebook (Lexical),',
      'each at its real address but served from test/fixtures; nothing goes to the network.',
      'Type in a compose box; hover an underline or click the badge for the card (Alt+Shift+S from the keyboard).',
      'Close the browser window to stop.',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => sociable.context.once('close', () => resolve()));
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (!findChrome()) {
    if (process.env.CHROME_PATH) console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no such file.`);
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  // SOCIABLE_EXTENSION_DIR points at an extension built elsewhere (the launcher loads it).
  if (process.env.SOCIABLE_EXTENSION_DIR) console.log(`Using the extension in ${process.env.SOCIABLE_EXTENSION_DIR}.`);
  else await buildExtension();
  const headless = args.has('--headless') || (!args.has('--headed') && !hasDisplay());
  console.log(headless ? 'No display: running the playground headless.' : 'Opening the playground...');
  const sociable = await launchSociable({ headless });
  try {
    if (headless) await runHeadless(sociable);
    else await runWindowed(sociable);
  } finally {
    await sociable.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
