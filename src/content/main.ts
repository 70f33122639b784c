/**
 * Sociable's content script (entry). Finds the compose boxes on X, LinkedIn and Facebook,
 * sends their drafts to the background for linting and shows the result in the page:
 * underlines (CSS Custom Highlight API), a badge per box and a details card in a shadow
 * root. It never edits the site's editor DOM, never builds HTML from strings, never throws
 * into the page and makes no network request; the NLP runs in the background, not here.
 */
import { Controller } from './controller.js';
import { guardAsync } from './guard.js';
import { onInvalidated } from './runtime.js';
import { adapterFor } from './sites/index.js';

declare global {
  interface Window {
    /** Set once per page so a second injection (same extension instance) does nothing. */
    __sociableContentStarted?: boolean;
  }
}

function main(): void {
  if (window.top !== window || window.__sociableContentStarted) return;
  const adapter = adapterFor(location.hostname);
  if (!adapter) return;
  window.__sociableContentStarted = true;
  // A reloaded extension may inject a fresh copy into this same world: let it start.
  onInvalidated(() => {
    window.__sociableContentStarted = false;
  });
  guardAsync(() => new Controller(adapter).start())();
}

try {
  main();
} catch (error) {
  console.debug('[sociable]', error);
}
