/**
 * Derives the Firefox manifest from the Chrome one (manifest.json stays the single
 * source). crxjs reads Firefox's worker from `background.scripts`, so the service
 * worker entry moves there; Firefox also wants a gecko id and, for new add-ons,
 * `data_collection_permissions`, which needs 140+ (so does the CSS Custom Highlight
 * API the content script draws marks with).
 */
export const GECKO_ID = 'sociable@sociable.invalid';
/** Firefox 140 is the first desktop release with CSS.highlights and data_collection_permissions. */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android only knows data_collection_permissions from 142. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export interface ChromeManifest {
  manifest_version: number;
  background?: { service_worker?: string; type?: string };
  [key: string]: unknown;
}

export function firefoxManifest(chrome: ChromeManifest): Record<string, unknown> {
  const { background, ...rest } = structuredClone(chrome);
  const worker = background?.service_worker;
  if (!worker) throw new Error('manifest.json has no background.service_worker to carry over to Firefox');
  return {
    ...rest,
    background: { scripts: [worker], type: background.type ?? 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Sociable collects nothing: every draft stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
