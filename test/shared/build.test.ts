import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { FIREFOX_MIN_VERSION, firefoxManifest, GECKO_ID } from '../../scripts/firefox-manifest.js';
import { lintFirefox } from '../../scripts/lint-firefox.js';

/**
 * The store builds, as `npm run build` leaves them (npm test builds first). Checks the
 * issue's promises: storage only, the three sites, default CSP, icons, the Firefox
 * variant, 0 web-ext lint errors, and the zips.
 */
const SITES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://mobile.x.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
];

function built(target: 'chrome' | 'firefox'): Record<string, unknown> & { [key: string]: any } {
  const file = `dist/${target}/manifest.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('firefoxManifest', () => {
  it('moves the worker to background.scripts and adds the gecko settings', () => {
    const ff = firefoxManifest(manifest) as { background: unknown; browser_specific_settings: { gecko: Record<string, unknown> } };
    expect(ff.background).toEqual({ scripts: ['src/background/main.ts'], type: 'module' });
    expect(ff.browser_specific_settings.gecko).toEqual({ id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } });
    expect(manifest.background).toEqual({ service_worker: 'src/background/main.ts', type: 'module' });
  });

  it('refuses a manifest without a worker', () => {
    expect(() => firefoxManifest({ manifest_version: 3 })).toThrow(/service_worker/);
  });
});

describe.each(['chrome', 'firefox'] as const)('dist/%s', (target) => {
  it('asks for storage and the three sites only, with the default CSP and no remote code', () => {
    const m = built(target);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage']);
    expect(m.optional_permissions).toBeUndefined();
    expect([...m.host_permissions].sort()).toEqual([...SITES].sort());
    expect(m.content_security_policy).toBeUndefined();
    expect(m.content_scripts).toHaveLength(1);
    expect([...m.content_scripts[0].matches].sort()).toEqual([...SITES].sort());
    for (const file of m.content_scripts[0].js) expect(existsSync(`dist/${target}/${file}`), file).toBe(true);
  });

  it('ships icons at 16, 32, 48 and 128 px as real PNGs of that size', () => {
    const m = built(target);
    for (const size of ['16', '32', '48', '128']) {
      const png = readFileSync(`dist/${target}/${m.icons[size]}`);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Number(size));
      expect(png.readUInt32BE(20)).toBe(Number(size));
    }
  });

  it('has the popup, the options page and a doc page per rule', () => {
    const m = built(target);
    expect(existsSync(`dist/${target}/${m.action.default_popup}`)).toBe(true);
    expect(existsSync(`dist/${target}/${m.options_ui.page}`)).toBe(true);
    expect(existsSync(`dist/${target}/docs/bare-link.html`)).toBe(true);
  });

  it('is zipped for the store', () => {
    const zip = `dist/sociable-${target}.zip`;
    expect(existsSync(zip), `${zip} (run npm run build)`).toBe(true);
    expect(statSync(zip).size).toBeGreaterThan(10_000);
  });
});

describe('dist/chrome', () => {
  it('runs the background as a module service worker', () => {
    expect(built('chrome').background).toMatchObject({ service_worker: expect.any(String), type: 'module' });
  });
});

describe('dist/firefox', () => {
  it('uses background.scripts, a gecko id, a minimum version and no data collection', () => {
    const m = built('firefox');
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.service_worker).toBeUndefined();
    expect(existsSync(`dist/firefox/${m.background.scripts[0]}`)).toBe(true);
    expect(m.browser_specific_settings.gecko).toMatchObject({ id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } });
  });

  it('passes web-ext lint with 0 errors', async () => {
    const result = await lintFirefox('dist/firefox');
    expect(result.errors.map((e) => `${e.code} ${e.file ?? ''} ${e.message}`)).toEqual([]);
  });
});
