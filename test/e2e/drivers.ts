import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { findChrome, REPO_ROOT } from './browser.js';

/**
 * One interface over the two browsers the e2e tests run in: Chromium through playwright-core
 * (CDP) and Firefox ESR through puppeteer-core (WebDriver BiDi). Each loads the built
 * extension (dist/chrome, dist/firefox), answers the pages a test serves at their real
 * https addresses, refuses every other request, and records what it refused.
 */

export type BrowserName = 'chromium' | 'firefox';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The moz-extension:// host the Firefox build gets (fixed through a pref, so tests can open its pages). */
const FIREFOX_UUID = '5f0c1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b';
const GECKO_ID = 'sociable@sociable.invalid';

export function browserAvailable(name: BrowserName): string | null {
  if (name === 'chromium') return findChrome();
  return existsSync(FIREFOX_PATH) ? FIREFOX_PATH : null;
}

type Fn<A, R> = (arg: A) => R | Promise<R>;

export interface DriverPage {
  url: string;
  evaluate<A, R>(fn: Fn<A, R>, arg: A): Promise<R>;
  click(x: number, y: number): Promise<void>;
  /** Enters `text` as one insertion at the caret (as an IME commit or a paste would). */
  insertText(text: string): Promise<void>;
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  /** Opens a tab at `url`, answered with `html`. */
  open(url: string, html: string): Promise<DriverPage>;
  /** Runs `fn` in an extension page (where `chrome.*` is the extension API). */
  inExtension<A, R>(fn: Fn<A, R>, arg: A): Promise<R>;
  /** Requests refused because they went somewhere other than a served page or the extension. */
  leaks: string[];
  /** Every request made by the pages, in order. */
  requests: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

const isLocal = (url: string): boolean => /^(data|blob|about|chrome-error):/.test(url);

/** Pages served by address: a test sets the HTML an address answers with before opening it. */
class Served {
  private readonly pages = new Map<string, string>();
  set(url: string, html: string): void {
    this.pages.set(url.replace(/#.*$/, ''), html);
  }
  get(url: string): string | undefined {
    return this.pages.get(url.replace(/#.*$/, ''));
  }
  /** The real sites' other requests (favicon and the like) get an empty 404, never the network. */
  isSite(url: string): boolean {
    return /^https:\/\/(x\.com|www\.linkedin\.com|www\.facebook\.com)\//.test(url);
  }
}

export async function launchChromium(): Promise<Driver> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chromium found (set CHROME_PATH)');
  const dist = join(REPO_ROOT, 'dist', 'chrome');
  const userDataDir = await mkdtemp(join(tmpdir(), 'sociable-real-sites-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
  });
  const served = new Served();
  const leaks: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  let extensionId = '';
  context.on('request', (request) => void requests.push(request.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const html = served.get(url);
    if (html !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else if (served.isSite(url)) await route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    else if (url.startsWith(`chrome-extension://${extensionId}/`) || isLocal(url)) await route.continue();
    else {
      leaks.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  extensionId = new URL(worker.url()).host;
  let extensionPage: PlaywrightPage | null = null;

  const wrap = (page: PlaywrightPage, url: string): DriverPage => ({
    url,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (x, y) => page.mouse.click(x, y),
    insertText: (text) => page.keyboard.insertText(text),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  });

  return {
    name: 'chromium',
    leaks,
    requests,
    consoleErrors,
    async open(url, html) {
      served.set(url, html);
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(`${url}: ${m.text()}`);
      });
      page.on('pageerror', (e) => void consoleErrors.push(`${url}: ${e.message}`));
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, url);
    },
    async inExtension(fn, arg) {
      if (!extensionPage || extensionPage.isClosed()) {
        extensionPage = await context.newPage();
        await extensionPage.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
      }
      return extensionPage.evaluate(fn as never, arg) as never;
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

export async function launchFirefox(): Promise<Driver> {
  const dist = join(REPO_ROOT, 'dist', 'firefox');
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets WebDriver BiDi open the extension's own pages (moz-extension://).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  // The unpacked build, installed as a temporary add-on (as about:debugging does).
  await browser.installExtension(dist);
  const served = new Served();
  const leaks: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  let extensionPage: PuppeteerPage | null = null;

  const wrap = (page: PuppeteerPage, url: string): DriverPage => ({
    url,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (x, y) => page.mouse.click(x, y),
    // Puppeteer's own sendCharacter does this, one character at a time.
    insertText: (text) =>
      page.evaluate((t: string) => {
        document.execCommand('insertText', false, t);
      }, text),
    press: (key) => page.keyboard.press(key as never),
    close: () => page.close(),
  });

  return {
    name: 'firefox',
    leaks,
    requests,
    consoleErrors,
    async open(url, html) {
      served.set(url, html);
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const target = request.url();
        requests.push(target);
        const body = served.get(target);
        if (body !== undefined) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        else if (served.isSite(target)) void request.respond({ status: 404, contentType: 'text/plain', body: '' });
        else if (target.startsWith(`${extensionOrigin}/`) || isLocal(target)) void request.continue();
        else {
          leaks.push(target);
          void request.abort();
        }
      });
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(`${url}: ${m.text()}`);
      });
      page.on('pageerror', (e) => void consoleErrors.push(`${url}: ${e instanceof Error ? e.message : String(e)}`));
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, url);
    },
    async inExtension(fn, arg) {
      if (!extensionPage || extensionPage.isClosed()) {
        extensionPage = await browser.newPage();
        const target = `${extensionOrigin}/src/popup/index.html`;
        // BiDi does not report this navigation's end; wait for the page itself instead.
        void extensionPage.goto(target, { timeout: 0 }).catch(() => undefined);
        const deadline = Date.now() + 15_000;
        for (;;) {
          const href = await extensionPage.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
          if (href.startsWith(extensionOrigin)) break;
          if (Date.now() > deadline) throw new Error(`the extension page ${target} did not open`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      return extensionPage.evaluate(fn as never, arg) as never;
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

export function launchDriver(name: BrowserName): Promise<Driver> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
