import { facebookAdapter } from './facebook.js';
import { linkedinAdapter } from './linkedin.js';
import type { SiteAdapter } from './types.js';
import { xAdapter } from './x.js';

/** The adapter for the page's host, or null on a host Sociable does not run on. */
export function adapterFor(hostname: string): SiteAdapter | null {
  const host = hostname.toLowerCase();
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return xAdapter;
  if (/(^|\.)linkedin\.com$/.test(host)) return linkedinAdapter;
  if (/(^|\.)facebook\.com$/.test(host)) return facebookAdapter;
  return null;
}
