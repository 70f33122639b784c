import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/content/sites/index.js';
import { SELECTORS_SEEN } from '../../../src/content/sites/seen.js';
import { EXTRA_HASHTAGS, PITCH, PITCH_WORDS } from '../drafts.js';
import { browserAvailable, launchDriver, type BrowserName, type Driver } from '../drivers.js';
import { headerOf, readPage, type SitePage } from './pages.js';
import { observe, type Observed } from './scenario.js';

/**
 * The per-page checks of issue 8, for one browser and one folder of pages: a pitch typed
 * into the box is marked and scored (badge in the page, action badge on the toolbar), the
 * draft is judged on the page's surface, a social draft gets no warning, a send by the
 * site's control (or Enter where the site sends on Enter) is recorded in history once the
 * box empties, the name of a message's recipient is read where the page shows it, and
 * nothing is added inside the editor. Each page is measured once (two or three page loads)
 * and every check is its own test, so a run says which checks pass on which pages.
 */
export function realSitesSuite(browserName: BrowserName, folder: string, dir: string, pages: readonly SitePage[], present: boolean, options: { adapterKnowsEveryBox: boolean }): void {
  // Outside CI a checkout may lack ../shared or Firefox; on CI either missing must fail, not skip.
  const runnable = (present && browserAvailable(browserName) !== null) || Boolean(process.env.CI);

  describe.skipIf(!runnable)(`${folder} in ${browserName}`, () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = await launchDriver(browserName);
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('has its pages', () => {
      expect(present, `no pages in ${dir}`).toBe(true);
      expect(pages.length).toBeGreaterThan(0);
    });

    describe.each(pages.map((spec) => ({ ...spec, name: spec.file })))('$name', (spec) => {
      let seen: Observed = { errors: { pitch: 'not measured' } };
      let html = '';
      const site = adapterFor(new URL(spec.url).hostname);

      beforeAll(async () => {
        html = readPage(dir, spec.file);
        const selectors = [...(site?.editorSelectors ?? []), ...(site?.sendButtonSelectors ?? []), ...(site?.shadowHosts ?? [])];
        seen = await observe(driver, spec, html, selectors);
      }, 120_000);

      it('is described as its header says (address, surface)', () => {
        const header = headerOf(html);
        expect(header.url).toBe(spec.url);
        expect(header.surface).toBe(spec.surface);
        expect(site).not.toBeNull();
      });

      // Only on the real pages: the variants are there to test the fallbacks.
      if (options.adapterKnowsEveryBox) {
        it("is known to the site's adapter (not only the generic fallback), and every selector dated with this page matches in it", () => {
          expect(seen.errors.pitch ?? seen.errors.known).toBeUndefined();
          expect(seen.known!.box).toBe(true);
          const dated = Object.entries(SELECTORS_SEEN[site!.site]).filter(([, where]) => where.fixture === spec.file).map(([css]) => css);
          for (const css of dated) expect(seen.known!.matching, css).toContain(css);
        });
      }

      it('marks and scores a pitch typed into the box (page badge and action badge)', () => {
        expect(seen.errors.pitch).toBeUndefined();
        const { badge, marks, actionBadge, findings } = seen.pitch!;
        expect(badge.score).toBeLessThan(80);
        expect(badge.findings).toBeGreaterThan(0);
        expect(marks.length).toBeGreaterThan(0);
        for (const text of marks) expect(PITCH).toContain(text);
        expect(marks.some((text) => PITCH_WORDS.some((word) => text.includes(word)))).toBe(true);
        expect(actionBadge).toBe(String(badge.score));
        // The marks' colours reach the box: in its document, or in the shadow root it lives in.
        expect(seen.pitch!.styled).toBe(true);
        expect(findings.map((f) => f.ruleId)).toContain('sales-pitch');
      });

      it(`judges the draft as a ${spec.surface}`, () => {
        expect(seen.errors.pitch ?? seen.errors.social).toBeUndefined();
        expect(seen.pitch!.badge.surface).toBe(spec.surface);
        expect(seen.social!.badge.surface).toBe(spec.surface);
      });

      it('gives a social draft no warning', () => {
        expect(seen.errors.social).toBeUndefined();
        const warnings = seen.social!.findings.filter((f) => f.severity !== 'info');
        expect(warnings).toEqual([]);
        expect(seen.social!.badge.score).toBeGreaterThanOrEqual(80);
      });

      it(`records a send (${[spec.send ? 'its control' : '', spec.enter ? 'Enter' : '', spec.ctrlEnter ? 'Ctrl+Enter' : ''].filter(Boolean).join(', then ')}) once the box empties`, () => {
        expect(seen.errors.social ?? seen.errors.send).toBeUndefined();
        const sends = seen.sends!;
        expect(sends.length).toBe((spec.send ? 1 : 0) + (spec.enter ? 1 : 0) + (spec.ctrlEnter ? 1 : 0));
        for (const send of sends) {
          expect(send.entries, `${send.how}: one entry`).toEqual([{ platform: site!.platform, surface: spec.surface }]);
          // The sent draft's badges go; only boxes of the page that still hold text keep theirs.
          expect(send.stillShown, `${send.how}: page badge hidden`).toBe(false);
          expect(send.badgesShown, `${send.how}: other boxes' badges`).toBe(spec.prefilled ?? 0);
          expect(send.actionBadge, `${send.how}: action badge`).toBe(send.expectedActionBadge);
        }
      });

      if (spec.close) {
        it('records no send when the composer is closed with a draft in it', () => {
          expect(seen.errors.close).toBeUndefined();
          expect(seen.afterClose).toBe(0);
        });
      }

      if (spec.recipient) {
        it(`reads the recipient's name (${spec.recipient}) where the page shows it`, () => {
          expect(seen.errors.recipient).toBeUndefined();
          expect(seen.recipientSuggestions!.join(' ')).toContain(spec.recipient!);
        });
      }

      it("applies a fix from the card in the box (the editor's own editing commands)", () => {
        expect(seen.errors.fix).toBeUndefined();
        const fixed = seen.fixed!;
        for (const tag of EXTRA_HASHTAGS) expect(fixed).not.toContain(tag);
        expect(fixed).toContain('So proud of her. #cycling #diy #family #weekend #bikes');
        expect(fixed.trim().startsWith('Spent Saturday fixing my old bike')).toBe(true);
      });

      it('adds no node inside the editor', () => {
        expect(seen.errors.pitch).toBeUndefined();
        expect(seen.added).toEqual([]);
      });
    });

    describe('the whole run', () => {
      it('sent no request anywhere but the served pages and the extension', () => {
        expect(driver.requests.length).toBeGreaterThan(0);
        expect(driver.leaks).toEqual([]);
      });

      it('left no error in any page console', () => {
        expect(driver.consoleErrors).toEqual([]);
      });
    });
  });
}
