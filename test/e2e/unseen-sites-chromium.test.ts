import { UNSEEN_DIR, UNSEEN_PAGES, unseenPresent } from './real-sites/pages.js';
import { realSitesSuite } from './real-sites/suite.js';

// Issue 8, generalisation: pages that vary the sites' real markup (other classes, languages,
// nesting), written for these tests and never used to write the adapters' selectors.
realSitesSuite('chromium', 'unseen variants', UNSEEN_DIR, UNSEEN_PAGES, unseenPresent(), { adapterKnowsEveryBox: false });
