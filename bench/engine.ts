/**
 * Engine benchmark: cold lint of realistic drafts against a bare compromise parse of
 * the same text (the floor any English analysis pays), and a re-lint after a
 * one-character edit against the cold lint. "Cold" clears the segment cache but keeps
 * modules and the JIT warm, which is what the background sees for a new draft.
 * Times are medians over several interleaved runs; each ratio is the median of the
 * ratios measured within a run, since absolute times on a shared machine drift.
 */
import nlp from 'compromise/two';
import { rules } from '../rules/index.js';
import { clearAnalysisCache, lastAnalyseStats } from '../src/engine/analysis/analyse.js';
import { lint } from '../src/engine/lint.js';
import type { Draft } from '../src/engine/types.js';
import { realisticDraft } from './drafts.js';
import { median, round, timeOnce } from './measure.js';

const SIZES = [280, 3000, 63206] as const;
const SEED = 20240601;

function runsFor(length: number): number {
  return length > 10_000 ? 7 : 31;
}

function draftOf(text: string): Draft {
  return { text, platform: 'generic', surface: 'post' };
}

/** Typing one letter in the middle of the text, never inside a surrogate pair. */
export function editInMiddle(text: string): string {
  let at = Math.floor(text.length / 2);
  const code = text.charCodeAt(at);
  if (code >= 0xdc00 && code <= 0xdfff) at++;
  return `${text.slice(0, at)}e${text.slice(at)}`;
}

interface SizeFigures {
  cold: number;
  parse: number;
  incremental: number;
  /** Medians of the ratios within each run, so load that drifts between runs cancels out. */
  parseRatio: number;
  incrementalRatio: number;
  /** Typing a letter at the end, the usual case: every other sentence stays where it was. */
  incrementalEnd: number;
  incrementalEndRatio: number;
  parsedSegments: number;
  segments: number;
}

function measureSize(length: number): SizeFigures {
  const text = realisticDraft(length, SEED + length);
  const edited = editInMiddle(text);
  const draft = draftOf(text);
  const editedDraft = draftOf(edited);
  const typedAtEnd = draftOf(`${text}e`);
  const warmups = length > 10_000 ? 1 : 5;
  for (let i = 0; i < warmups; i++) {
    clearAnalysisCache();
    lint(draft);
    lint(editedDraft);
    nlp(text);
  }
  const cold: number[] = [];
  const parse: number[] = [];
  const incremental: number[] = [];
  const incrementalEnd: number[] = [];
  let stats = { segments: 0, parsed: 0 };
  for (let i = 0; i < runsFor(length); i++) {
    // Alternate the order, so garbage one leaves behind is not always charged to the other.
    const bare = () => parse.push(timeOnce(() => nlp(text)));
    if (i % 2) bare();
    clearAnalysisCache();
    cold.push(timeOnce(() => lint(draft)));
    incrementalEnd.push(timeOnce(() => lint(typedAtEnd)));
    incremental.push(timeOnce(() => lint(editedDraft)));
    stats = lastAnalyseStats();
    if (!(i % 2)) bare();
  }
  return {
    cold: median(cold),
    parse: median(parse),
    incremental: median(incremental),
    parseRatio: median(cold.map((c, i) => c / parse[i]!)),
    incrementalRatio: median(incremental.map((t, i) => t / cold[i]!)),
    incrementalEnd: median(incrementalEnd),
    incrementalEndRatio: median(incrementalEnd.map((t, i) => t / cold[i]!)),
    parsedSegments: stats.parsed,
    segments: stats.segments,
  };
}

/** What each rule adds to a lint of a 3,000-character draft whose analysis is cached. */
function measureRules(): Record<string, number> {
  const draft = draftOf(realisticDraft(3000, SEED + 3000));
  const out: Record<string, number> = {};
  const timeRules = (only: typeof rules) => {
    const settings = { rules: Object.fromEntries(only.map((r) => [r.meta.id, { enabled: true }])) };
    lint(draft, { rules: only, settings });
    const times: number[] = [];
    for (let i = 0; i < 31; i++) times.push(timeOnce(() => lint(draft, { rules: only, settings })));
    return median(times);
  };
  const base = timeRules([]);
  out.lint_warm_ms_3000_no_rules = round(base);
  for (const rule of rules) out[`rule_ms_3000_${rule.meta.id}`] = round(Math.max(0, timeRules([rule]) - base));
  return out;
}

export async function run(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const length of SIZES) {
    const f = measureSize(length);
    out[`lint_cold_ms_${length}`] = round(f.cold);
    out[`parse_ms_${length}`] = round(f.parse);
    out[`parse_ratio_${length}`] = round(f.parseRatio);
    out[`lint_incremental_ms_${length}`] = round(f.incremental);
    out[`incremental_ratio_${length}`] = round(f.incrementalRatio);
    out[`incremental_segments_parsed_${length}`] = f.parsedSegments;
    out[`lint_typing_at_end_ms_${length}`] = round(f.incrementalEnd);
    out[`typing_at_end_ratio_${length}`] = round(f.incrementalEndRatio);
    out[`segments_${length}`] = f.segments;
  }
  out.rules_registered = rules.length;
  return { ...out, ...measureRules() };
}
