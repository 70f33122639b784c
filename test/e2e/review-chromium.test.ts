import { REAL_SITE_PAGES, REAL_SITES_DIR, realSitesPresent } from './real-sites/pages.js';
import { reviewSuite } from './real-sites/review.js';

// Issue 9: the review before sending, on every page of ../shared/fixtures/real-sites/ in Chromium.
reviewSuite('chromium', 'real-sites', REAL_SITES_DIR, REAL_SITE_PAGES, realSitesPresent());
