import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.js';
import { ruleDocsPlugin } from './scripts/rule-docs.js';

/**
 * One config, two targets: `TARGET=chrome` (default) builds dist/chrome, `TARGET=firefox`
 * builds dist/firefox with the manifest derived in scripts/firefox-manifest.ts.
 * `npm run build` (scripts/build.ts) runs both, lints the Firefox build and zips both.
 */
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    // The extension runs only in current browsers; no legacy output, no source maps in store zips.
    target: target === 'firefox' ? 'firefox140' : 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // Extension pages run in browsers that support modulepreload natively.
    modulePreload: { polyfill: false },
  },
  plugins: [
    crx({
      manifest: (target === 'firefox' ? firefoxManifest(manifest) : manifest) as ManifestV3Export,
      browser: target,
      // The content script ships as one self-contained IIFE: no loader, no
      // web-accessible module the page could probe, nothing fetched at run time.
      contentScripts: { standaloneFiles: ['src/content/main.ts'] },
    }),
    // Each rule's doc as a static page (docs/<id>.html) the options page links to.
    ruleDocsPlugin('rules'),
  ],
});
