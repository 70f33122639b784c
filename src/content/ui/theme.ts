import type { SiteAdapter } from '../sites/types.js';

/** Relative luminance of a CSS rgb()/rgba() colour, or null when it is (nearly) transparent. */
function luminance(color: string): number | null {
  const match = /rgba?\(([^)]+)\)/.exec(color);
  if (!match) return null;
  const parts = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  if (a < 0.5) return null;
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Light or dark, following the site: its own marker when it has one (LinkedIn's
 * `theme--dark`, Facebook's `__fb-dark-mode`), else the background behind the editor.
 */
export function isDarkTheme(adapter: SiteAdapter, editor: Element): boolean {
  const marker = adapter.isDark();
  if (marker !== null) return marker;
  for (let el: Element | null = editor; el; el = el.parentElement) {
    const value = luminance(getComputedStyle(el).backgroundColor);
    if (value !== null) return value < 0.3;
  }
  const page = luminance(getComputedStyle(document.body ?? document.documentElement).backgroundColor);
  if (page !== null) return page < 0.3;
  return matchMedia('(prefers-color-scheme: dark)').matches;
}
