import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Request, type Worker } from 'playwright-core';
import { ensureFixturesBuilt, FIXTURE_ORIGINS, fixtureResponse } from '../fixtures/serve.js';

/**
 * The shared launcher for every end-to-end test: real Chromium with the built extension
 * (dist/chrome) loaded, the three sites answered from the fixture pages at their real
 * addresses, and every request of the context recorded so a test can prove nothing
 * left the browser.
 */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIST = join(REPO_ROOT, 'dist', 'chrome');

/** The service worker's `chrome` as far as these helpers use it (evaluated in the worker). */
declare const chrome: {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(info: { url?: string; active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** CHROME_PATH, else the first Chromium or Chrome found in the usual places, else null. */
export function findChrome(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROME_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const INSTALL_HINT =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: `brew install --cask chromium`) or set CHROME_PATH to its executable.';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** The page (or worker) that made it, when known. */
  from: string;
}

export interface PageConsoleError {
  url: string;
  text: string;
}

export interface LaunchOptions {
  /** Default true. `npm start` opens a window when there is a display. */
  headless?: boolean;
  /** The unpacked extension to load; default $SOCIABLE_EXTENSION_DIR, else dist/chrome. */
  extensionDir?: string;
  /** Build test/fixtures/dist first when it is missing or stale; default true. */
  buildFixtures?: boolean;
  /** Use (and keep on close) this profile folder, to test what survives a browser restart. */
  userDataDir?: string;
}

export interface SociableBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every request the context made, in order. */
  requests: RecordedRequest[];
  /** Requests that went anywhere but the routed fixtures or the extension itself. */
  leaks(): RecordedRequest[];
  /** console.error messages and uncaught errors of every page opened so far. */
  consoleErrors: PageConsoleError[];
  /** The extension's current service worker (a new one after `reloadExtension`). */
  worker(): Promise<Worker>;
  /** A new tab at `url` (a fixture address such as https://x.com/home), loaded. */
  open(url: string): Promise<Page>;
  /** The tab id Chrome gives `page`, as the background sees it. */
  tabId(page: Page): Promise<number>;
  /** The toolbar badge text the background set for `page`'s tab. */
  actionBadgeText(page: Page): Promise<string>;
  /** Reloads the extension from its folder under the open pages (as chrome://extensions does). */
  reloadExtension(): Promise<void>;
  /**
   * Sends one protocol message to the background from an extension page (as the popup or
   * options page would) and returns the answer.
   */
  sendFromExtension(message: unknown): Promise<unknown>;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

function isExtensionUrl(url: string, extensionId: string): boolean {
  return url.startsWith(`chrome-extension://${extensionId}/`);
}

function isFixtureUrl(url: string): boolean {
  return (FIXTURE_ORIGINS as readonly string[]).some((origin) => url === origin || url.startsWith(`${origin}/`));
}

/** Local schemes that never touch the network. */
function isLocalUrl(url: string): boolean {
  return /^(data|blob|about|chrome-error):/.test(url);
}

export async function launchSociable(options: LaunchOptions = {}): Promise<SociableBrowser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const extensionDir = options.extensionDir ?? process.env.SOCIABLE_EXTENSION_DIR ?? EXTENSION_DIST;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  if (options.buildFixtures !== false) await ensureFixturesBuilt();

  const headless = options.headless ?? true;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'sociable-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Lets the tests reload the extension the way chrome://extensions does (CDP Extensions.loadUnpacked).
      '--enable-unsafe-extension-debugging',
    ],
    viewport: { width: 1280, height: 800 },
  });

  const requests: RecordedRequest[] = [];
  const consoleErrors: PageConsoleError[] = [];
  let extensionId = '';

  const record = (request: Request): void => {
    requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), from: safeFrameUrl(request) ?? 'worker' });
  };
  context.on('request', record);

  // Answer the three sites from the fixtures; refuse everything else that is not the extension.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isFixtureUrl(url)) {
      const response = fixtureResponse(url);
      await route.fulfill({ status: response.status, contentType: response.contentType, body: response.body });
    } else if (isExtensionUrl(url, extensionId) || isLocalUrl(url)) {
      await route.continue();
    } else {
      await route.abort('blockedbyclient');
    }
  });

  const watchPage = (page: Page): void => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push({ url: page.url(), text: message.text() });
    });
    page.on('pageerror', (error) => consoleErrors.push({ url: page.url(), text: `${error.name}: ${error.message}` }));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const findWorker = (): Worker | undefined =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://') && (!extensionId || isExtensionUrl(w.url(), extensionId)));
  const firstWorker = findWorker() ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  extensionId = new URL(firstWorker.url()).host;

  const worker = async (): Promise<Worker> => findWorker() ?? context.waitForEvent('serviceworker', { timeout: 30_000 });

  let extensionPage: Page | null = null;

  const tabId = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const sw = await worker();
    const id = await sw.evaluate(async (url) => {
      const byUrl = await chrome.tabs.query({ url });
      if (byUrl.length === 1 && byUrl[0]?.id !== undefined) return byUrl[0].id;
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    }, page.url().replace(/#.*$/, ''));
    if (id < 0) throw new Error(`no tab found for ${page.url()}`);
    return id;
  };

  return {
    context,
    extensionId,
    requests,
    leaks: () => requests.filter((r) => !isFixtureUrl(r.url) && !isExtensionUrl(r.url, extensionId) && !isLocalUrl(r.url)),
    consoleErrors,
    worker,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__fixture !== undefined, undefined, { timeout: 15_000 });
      return page;
    },
    tabId,
    async actionBadgeText(page) {
      const id = await tabId(page);
      const sw = await worker();
      return sw.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id);
    },
    async reloadExtension() {
      const old = await worker();
      const closed = new Promise<void>((resolve) => {
        old.once('close', () => resolve());
        // A worker that was already idle-stopped never reports its close.
        setTimeout(resolve, 10_000);
      });
      // What "Reload" on chrome://extensions (or an update) does: the extension is loaded
      // afresh from its folder, and content scripts already in pages lose their context.
      // (chrome.runtime.reload() unloads a command-line extension without bringing it back.)
      const browser = context.browser();
      if (!browser) throw new Error('no browser handle to reload the extension with');
      const cdp = await browser.newBrowserCDPSession();
      try {
        await cdp.send('Extensions.loadUnpacked', { path: extensionDir });
      } finally {
        await cdp.detach().catch(() => undefined);
      }
      await closed;
      await worker();
    },
    async sendFromExtension(message) {
      if (!extensionPage || extensionPage.isClosed()) {
        extensionPage = await context.newPage();
        await extensionPage.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
      }
      return extensionPage.evaluate((m) => chrome.runtime.sendMessage(m), message);
    },
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close().catch(() => undefined);
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

function safeFrameUrl(request: Request): string | null {
  try {
    return request.frame().url();
  } catch {
    // Service-worker requests have no frame.
    return null;
  }
}
