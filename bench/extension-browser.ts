/**
 * Chromium for the extension benchmark, in two flavours that differ ONLY in whether the
 * built extension is loaded: the same executable, flags, viewport and fixture pages
 * (served at the real sites' addresses by request routing), so that a figure measured
 * without the extension is a fair baseline for the same figure measured with it.
 * (test/e2e/browser.ts always loads the extension, hence this small sibling.)
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChrome, INSTALL_HINT } from '../test/e2e/browser.js';
import { ensureFixturesBuilt, FIXTURE_ORIGINS, fixtureResponse } from '../test/fixtures/serve.js';

export interface BenchBrowser {
  /** True when the extension is loaded in this browser. */
  withExtension: boolean;
  context: BrowserContext;
  /** A new tab at a fixture address, loaded, its editors mounted (and the content script ready when loaded). */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

const BASE_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Both browsers are open at once and used in turn: a tab in the idle one must not be
  // throttled differently from run to run, nor the active one when it is "in the background".
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function isFixtureUrl(url: string): boolean {
  return (FIXTURE_ORIGINS as readonly string[]).some((origin) => url === origin || url.startsWith(`${origin}/`));
}

/** Fails early, with the fix in the message, when no browser or no build is there. */
export function checkPrerequisites(extensionDir: string): string {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  return executablePath;
}

export async function launchBenchBrowser(options: { extensionDir: string; withExtension: boolean }): Promise<BenchBrowser> {
  const executablePath = checkPrerequisites(options.extensionDir);
  await ensureFixturesBuilt();
  const userDataDir = await mkdtemp(join(tmpdir(), 'sociable-bench-'));
  const extensionArgs = options.withExtension ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`] : ['--disable-extensions'];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [...BASE_ARGS, ...extensionArgs],
      viewport: { width: 1280, height: 800 },
      timeout: 60_000,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    throw new Error(`Chromium (${executablePath}) did not start: ${(error as Error).message}`);
  }
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
  };
  try {
    // The fixtures answer the three sites; nothing else may leave the browser.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isFixtureUrl(url)) {
        const response = fixtureResponse(url);
        await route.fulfill({ status: response.status, contentType: response.contentType, body: response.body });
      } else if (/^(chrome-extension|data|blob|about):/.test(url)) {
        await route.continue();
      } else {
        await route.abort('blockedbyclient');
      }
    });
    if (options.withExtension) {
      const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      if (!worker) await context.waitForEvent('serviceworker', { timeout: 30_000 });
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    withExtension: options.withExtension,
    context,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__fixture !== undefined, undefined, { timeout: 15_000 });
      // The content script runs at document_idle and adds its shadow host once its settings arrive.
      if (options.withExtension) await page.waitForSelector('sociable-ui', { state: 'attached', timeout: 15_000 });
      return page;
    },
    close,
  };
}
