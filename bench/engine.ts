/**
 * Engine benchmark: cold lint of realistic drafts against a bare compromise parse of
 * the same text (the floor any English analysis pays), and a re-lint after a
 * one-character edit against the cold lint. "Cold" clears the segment cache but keeps
 * modules and the JIT warm, which is what the background sees for a new draft.
 * Times are wall-clock medians over several interleaved runs. Ratios compare CPU time
 * (see measureOnce), each the median of the ratios within one run, since absolute
 * times on a shared machine drift and other programs take the CPU mid-step.
 */
import nlp from 'compromise/two';
import { rules } from '../rules/index.js';
import { clearAnalysisCache, lastAnalyseStats } from '../src/engine/analysis/analyse.js';
import { lint } from '../src/engine/lint.js';
import type { Draft } from '../src/engine/types.js';
import { realisticDraft } from './drafts.js';
import { measureOnce, median, round, type Timing } from './measure.js';

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
  /** Wall-clock medians, in milliseconds. */
  cold: number;
  parse: number;
  incremental: number;
  /** Typing a letter at the end, the usual case: every other sentence stays where it was. */
  incrementalEnd: number;
  /**
   * Ratios of CPU time, each the median of the ratios within one run: neither load
   * that drifts between runs nor other programs taking the CPU mid-step skews them.
   */
  parseRatio: number;
  incrementalRatio: number;
  incrementalEndRatio: number;
  /** CPU-time medians, in milliseconds. */
  coldCpu: number;
  parseCpu: number;
  incrementalCpu: number;
  parsedSegments: number;
  segments: number;
}

function ratios(numerators: readonly Timing[], denominators: readonly Timing[]): number {
  return median(numerators.map((t, i) => t.cpu / denominators[i]!.cpu));
}

function measureSize(length: number): SizeFigures {
  const text = realisticDraft(length, SEED + length);
  const draft = draftOf(text);
  const editedDraft = draftOf(editInMiddle(text));
  const typedAtEnd = draftOf(`${text}e`);
  const warmups = length > 10_000 ? 1 : 5;
  for (let i = 0; i < warmups; i++) {
    clearAnalysisCache();
    lint(draft);
    lint(typedAtEnd);
    lint(editedDraft);
    nlp(text);
  }
  const cold: Timing[] = [];
  const parse: Timing[] = [];
  const incremental: Timing[] = [];
  const incrementalEnd: Timing[] = [];
  let stats = { segments: 0, parsed: 0 };
  for (let i = 0; i < runsFor(length); i++) {
    // Alternate the order, so garbage one leaves behind is not always charged to the other.
    const bare = () => parse.push(measureOnce(() => nlp(text)));
    if (i % 2) bare();
    clearAnalysisCache();
    cold.push(measureOnce(() => lint(draft)));
    incrementalEnd.push(measureOnce(() => lint(typedAtEnd)));
    incremental.push(measureOnce(() => lint(editedDraft)));
    stats = lastAnalyseStats();
    if (!(i % 2)) bare();
  }
  const wall = (timings: readonly Timing[]) => median(timings.map((t) => t.wall));
  return {
    cold: wall(cold),
    parse: wall(parse),
    incremental: wall(incremental),
    incrementalEnd: wall(incrementalEnd),
    parseRatio: ratios(cold, parse),
    incrementalRatio: ratios(incremental, cold),
    incrementalEndRatio: ratios(incrementalEnd, cold),
    coldCpu: median(cold.map((t) => t.cpu)),
    parseCpu: median(parse.map((t) => t.cpu)),
    incrementalCpu: median(incremental.map((t) => t.cpu)),
    parsedSegments: stats.parsed,
    segments: stats.segments,
  };
}

/** What each rule adds (CPU milliseconds) to a lint of a 3,000-character draft whose analysis is cached. */
function measureRules(): Record<string, number> {
  const draft = draftOf(realisticDraft(3000, SEED + 3000));
  const out: Record<string, number> = {};
  const timeRules = (only: typeof rules) => {
    const settings = { rules: Object.fromEntries(only.map((r) => [r.meta.id, { enabled: true }])) };
    lint(draft, { rules: only, settings });
    const times: number[] = [];
    for (let i = 0; i < 31; i++) times.push(measureOnce(() => lint(draft, { rules: only, settings })).cpu);
    return median(times);
  };
  const base = timeRules([]);
  out.lint_warm_cpu_ms_3000_no_rules = round(base);
  for (const rule of rules) out[`rule_cpu_ms_3000_${rule.meta.id}`] = round(Math.max(0, timeRules([rule]) - base));
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
    out[`lint_cold_cpu_ms_${length}`] = round(f.coldCpu);
    out[`parse_cpu_ms_${length}`] = round(f.parseCpu);
    out[`lint_incremental_cpu_ms_${length}`] = round(f.incrementalCpu);
  }
  out.rules_registered = rules.length;
  return { ...out, ...measureRules() };
}
