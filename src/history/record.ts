import { analyse } from '../engine/analysis/analyse.js';
import type { Draft, Report } from '../engine/types.js';
import { fingerprintFields, tagsToString, type HistoryEntry } from './entry.js';
import { fingerprint } from './fingerprint.js';
import { draftSignals } from './signals.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RecordOptions {
  /** When it was sent, epoch ms. */
  at: number;
  /** Keep the raw text (the person opted in), for `rawTextDays` days. */
  keepRawText?: boolean;
  rawTextDays?: number;
}

/**
 * The history entry for a send: its fingerprint, where and when, and what the engine
 * found in it (from the report the person saw, so the categories match the card).
 * The raw text is kept only on opt-in, with its expiry.
 */
export function entryForSend(draft: Draft, report: Pick<Report, 'findings' | 'breakdown'> | undefined, options: RecordOptions): HistoryEntry {
  const signals = draftSignals(analyse(draft.text));
  const entry: HistoryEntry = {
    at: Math.round(options.at),
    platform: draft.platform,
    surface: draft.surface,
    tags: tagsToString({
      // A promotional finding, not just a line in the breakdown: the learned verdict has a
      // line (its probability's cost) on every draft.
      promotional: report?.breakdown.some((b) => b.category === 'promotional' && b.count > 0) ?? false,
      personal: signals.personal,
      conversational: signals.conversational,
      link: signals.link,
      repeat: report?.findings.some((f) => f.ruleId === 'copy-paste') ?? false,
    }),
    ...fingerprintFields(fingerprint(draft.text)),
  };
  if (options.keepRawText) {
    entry.text = draft.text;
    entry.textUntil = Math.round(options.at + (options.rawTextDays ?? 7) * DAY_MS);
  }
  return entry;
}
