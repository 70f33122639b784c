import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { fixtureResponse } from '../fixtures/serve.js';
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
  /** Opens a tab at `url`, answered with `html` (else from test/fixtures). */
  open(url: string, html?: string): Promise<DriverPage>;
  /** Opens a tab at `url` of the three sites, answered from test/fixtures (the editor-library pages). */
  openFixture(url: string): Promise<DriverPage>;
  /** Opens one of the extension's own pages (popup, options) in a tab of its own. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** The browser's id for the tab showing `url`, as the background sees it. */
  tabId(url: string): Promise<number>;
  /** Reloads the extension from its folder under the open pages (as an update would). */
  reloadExtension(): Promise<void>;
  /** Runs `fn` in an extension page (where `chrome.*` is the extension API). */
  inExtension<A, R>(fn: Fn<A, R>, arg: A): Promise<R>;
  /** Requests refused because they went somewhere other than a served page or the extension. */
  leaks: string[];
  /** Every request made by the pages, in order. */
  requests: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Waits for a fixture page's editor to say it is ready (window.__fixture), in either browser. */
async function fixtureReady(page: DriverPage): Promise<DriverPage> {
  await page.evaluate(() => new Promise<void>((resolve) => {
    const check = (): void => (window.__fixture ? resolve() : void setTimeout(check, 50));
    check();
  }), null);
  return page;
}

interface ExtensionApi {
  tabs: { query(info: { url: string }): Promise<{ id?: number }[]> };
}
/** The extension API, as far as these helpers use it inside an extension page. */
declare const chrome: ExtensionApi;

const isLocal = (url: string): boolean => /^(data|blob|about|chrome-error):/.test(url);

/** Pages served by address: a test sets the HTML an address answers with before opening it. */
class Served {
  private readonly pages = new Map<string, string>();
  set(url: string, html: string | undefined): void {
    if (html === undefined) this.pages.delete(url.replace(/#.*$/, ''));
    else this.pages.set(url.replace(/#.*$/, ''), html);
  }
  get(url: string): string | undefined {
    return this.pages.get(url.replace(/#.*$/, ''));
  }
  /** What a request to one of the sites is answered with: a served page, else the fixtures' file or a 404. */
  answer(url: string): { status: number; contentType: string; body: string | Buffer } {
    const html = this.get(url);
    if (html !== undefined) return { status: 200, contentType: 'text/html; charset=utf-8', body: html };
    return fixtureResponse(url);
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
      // Lets reloadExtension load the extension afresh (CDP Extensions.loadUnpacked).
      '--enable-unsafe-extension-debugging',
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
    if (served.isSite(url)) await route.fulfill(served.answer(url));
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

  const driver: Driver = {
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
    openFixture: async (url) => fixtureReady(await driver.open(url)),
    async openExtensionPage(path) {
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
      });
      page.on('pageerror', (e) => void consoleErrors.push(`${path}: ${e.message}`));
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page, page.url());
    },
    async tabId(url) {
      return driver.inExtension(async (u: string) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
    },
    async reloadExtension() {
      const browser = context.browser();
      if (!browser) throw new Error('no browser handle to reload the extension with');
      const cdp = await browser.newBrowserCDPSession();
      try {
        await cdp.send('Extensions.loadUnpacked' as never, { path: dist } as never);
      } finally {
        await cdp.detach().catch(() => undefined);
      }
      extensionPage = null;
      const worker = await context.waitForEvent('serviceworker', { timeout: 30_000 }).catch(() => null);
      if (worker) extensionId = new URL(worker.url()).host;
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
  return driver;
}

/**
 * Sets the page's viewport. puppeteer's setViewport also sends
 * `emulation.setScreenOrientationOverride`, which Firefox ESR 140 (Debian bookworm's
 * firefox-esr in December 2026) does not know: the size is applied but the call rejects.
 * So that error is let through, and the size is waited for instead.
 */
async function setFirefoxViewport(page: PuppeteerPage, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
    return;
  } catch (error) {
    if (!String(error).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
  }
  const deadline = Date.now() + 5_000;
  while ((await page.evaluate(() => window.innerWidth)) !== width) {
    if (Date.now() > deadline) throw new Error(`the Firefox viewport did not become ${width} wide`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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

  /** A new tab at one of the extension's pages, loaded. */
  const openInExtension = async (path: string): Promise<PuppeteerPage> => {
    const page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
    });
    page.on('pageerror', (e) => void consoleErrors.push(`${path}: ${e instanceof Error ? e.message : String(e)}`));
    const target = `${extensionOrigin}/${path}`;
    // BiDi does not report the end of this navigation; wait for the page itself instead.
    void page.goto(target, { timeout: 0 }).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
      if (href.startsWith(extensionOrigin)) return page;
      if (Date.now() > deadline) throw new Error(`the extension page ${target} did not open`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const wrap = (page: PuppeteerPage, url: string): DriverPage => ({
    url,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (x, y) => page.mouse.click(x, y),
    // Real key events through BiDi (an execCommand insertion is not what Draft.js expects in Firefox).
    insertText: (text) => page.keyboard.type(text),
    press: async (keys) => {
      // "Control+Enter": modifiers held down around the last key, as playwright's press does.
      const parts = keys.split('+');
      const key = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier as never);
      await page.keyboard.press(key as never);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
    },
    close: () => page.close(),
  });

  const driver: Driver = {
    name: 'firefox',
    leaks,
    requests,
    consoleErrors,
    async open(url, html) {
      served.set(url, html);
      const page = await browser.newPage();
      await setFirefoxViewport(page, 1280, 900);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const target = request.url();
        requests.push(target);
        if (served.isSite(target)) void request.respond(served.answer(target));
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
    openFixture: async (url) => fixtureReady(await driver.open(url)),
    async openExtensionPage(path) {
      const page = await openInExtension(path);
      return wrap(page, `${extensionOrigin}/${path}`);
    },
    async tabId(url) {
      return driver.inExtension(async (u: string) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
    },
    async reloadExtension() {
      // What about:debugging's "Reload" does: the temporary add-on is installed again over itself.
      await browser.installExtension(dist);
      extensionPage = null;
    },
    async inExtension(fn, arg) {
      if (!extensionPage || extensionPage.isClosed()) extensionPage = await openInExtension('src/popup/index.html');
      return extensionPage.evaluate(fn as never, arg) as never;
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
  return driver;
}

export function launchDriver(name: BrowserName): Promise<Driver> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
