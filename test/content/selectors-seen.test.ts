import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../src/content/sites/facebook.js';
import { linkedinAdapter } from '../../src/content/sites/linkedin.js';
import { SELECTORS_SEEN } from '../../src/content/sites/seen.js';
import { xAdapter } from '../../src/content/sites/x.js';
import { REAL_SITE_PAGES } from '../e2e/real-sites/pages.js';

// The adapters ship plain selectors; where each was seen lives in seen.ts, which the page
// never loads. These two lists must not drift apart.
describe('where each site selector was seen (seen.ts)', () => {
  for (const adapter of [xAdapter, linkedinAdapter, facebookAdapter]) {
    it(`lists exactly the selectors the ${adapter.site} adapter uses, each with a month`, () => {
      const used = [...adapter.editorSelectors, ...adapter.sendButtonSelectors, ...adapter.shadowHosts];
      const listed = SELECTORS_SEEN[adapter.site];
      expect(Object.keys(listed).sort()).toEqual([...new Set(used)].sort());
      for (const [css, where] of Object.entries(listed)) {
        expect(where.seen, css).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
        // A page the real-site tests know, so they check the selector against it.
        if (where.fixture) expect(REAL_SITE_PAGES.map((page) => page.file), css).toContain(where.fixture);
      }
    });
  }
});
