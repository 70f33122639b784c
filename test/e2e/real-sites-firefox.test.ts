import { REAL_SITE_PAGES, REAL_SITES_DIR, realSitesPresent } from './real-sites/pages.js';
import { realSitesSuite } from './real-sites/suite.js';

// Issue 8: every page of ../shared/fixtures/real-sites/ in Firefox ESR (see real-sites/suite.ts).
realSitesSuite('firefox', 'real-sites', REAL_SITES_DIR, REAL_SITE_PAGES, realSitesPresent(), { adapterKnowsEveryBox: true });
