import type { Band, Report } from '../engine/types.js';

/** The slice of the `action` API the badge needs (Chrome MV3 and Firefox both have it). */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

/** Dark enough for white text at badge size (WCAG AA). */
export const BAND_COLOURS: Readonly<Record<Band, string>> = {
  social: '#15803d',
  mixed: '#b45309',
  broadcast: '#b91c1c',
};

const DEFAULT_TITLE = 'Sociable';

export function badgeTitle(report: Report): string {
  const n = report.findings.length;
  return `Sociable: ${report.score}/100, ${report.band} (${n === 0 ? 'no findings' : n === 1 ? '1 finding' : `${n} findings`})`;
}

/** Show a tab's score on the toolbar button, or clear it (no report). Never throws: a closed tab is not an error. */
export async function showOnBadge(action: ActionApi, tabId: number, report: Report | undefined): Promise<void> {
  try {
    if (!report) {
      await action.setBadgeText({ tabId, text: '' });
      await action.setTitle({ tabId, title: DEFAULT_TITLE });
      return;
    }
    await action.setBadgeBackgroundColor({ tabId, color: BAND_COLOURS[report.band] });
    await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    await action.setBadgeText({ tabId, text: String(report.score) });
    await action.setTitle({ tabId, title: badgeTitle(report) });
  } catch {
    // The tab went away between the lint and the badge; nothing to show it on.
  }
}
