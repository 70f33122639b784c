/**
 * Engine benchmark: cold lint of realistic drafts against a bare compromise parse of
 * the same text (the floor any English analysis pays), and a re-lint after a
 * one-character edit against the cold lint. "Cold" empties every cache a draft's
 * sentences fill (clearEngineCaches: parse, phrase matches, lower case, word features)
 * but keeps modules and the JIT warm, which is what the background sees for a new draft.
 * Times are wall-clock medians over several interleaved runs. Ratios compare CPU time
 * (see measureOnce), each the median of the ratios within one run, since absolute
 * times on a shared machine drift and other programs take the CPU mid-step. The phrase
 * lists' anchors are read first (preparePhraseAnchors), as the background does between
 * messages after its first lint; what that costs once is `anchors_prepare_ms`.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import { rules } from '../rules/index.js';
import { lastAnalyseStats } from '../src/engine/analysis/analyse.js';
import { clearEngineCaches } from '../src/engine/caches.js';
import { lint, type LintOptions } from '../src/engine/lint.js';
import { loadModel } from '../src/engine/model/model.js';
import { preparePhraseAnchors } from '../src/engine/anchor-index.js';
import type { Draft } from '../src/engine/types.js';
import { realisticDraft } from './drafts.js';
import { measureOnce, median, round, type Timing } from './measure.js';

const SIZES = [280, 3000, 63206] as const;
const SEED = 20240601;

function runsFor(length: number): number {
  return length > 10_000 ? 7 : 35;
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
  /** The most segments a one-character edit had to parse again. */
  parsedSegments: number;
  /** Median segments in a draft of this size. */
  segments: number;
}

function ratios(numerators: readonly Timing[], denominators: readonly Timing[]): number {
  return median(numerators.map((t, i) => t.cpu / denominators[i]!.cpu));
}

/** Several different drafts per size, taken in turn, so no one draft's sentence lengths decide the figures. */
const DRAFTS_PER_SIZE = 7;

function measureSize(length: number, options: LintOptions = {}): SizeFigures {
  const variants = Array.from({ length: DRAFTS_PER_SIZE }, (_, k) => {
    const text = realisticDraft(length, SEED + length * 100 + k);
    return { text, draft: draftOf(text), edited: draftOf(editInMiddle(text)), typedAtEnd: draftOf(`${text}e`) };
  });
  for (const v of length > 10_000 ? variants.slice(0, 1) : variants) {
    clearEngineCaches();
    lint(v.draft, options);
    lint(v.typedAtEnd, options);
    lint(v.edited, options);
    nlp(v.text);
  }
  const cold: Timing[] = [];
  const parse: Timing[] = [];
  const incremental: Timing[] = [];
  const incrementalEnd: Timing[] = [];
  const segments: number[] = [];
  let parsedSegments = 0;
  for (let i = 0; i < runsFor(length); i++) {
    const v = variants[i % variants.length]!;
    // Alternate the order, so garbage one leaves behind is not always charged to the other.
    const bare = () => parse.push(measureOnce(() => nlp(v.text)));
    if (i % 2) bare();
    clearEngineCaches();
    cold.push(measureOnce(() => lint(v.draft, options)));
    segments.push(lastAnalyseStats().segments);
    incrementalEnd.push(measureOnce(() => lint(v.typedAtEnd, options)));
    incremental.push(measureOnce(() => lint(v.edited, options)));
    parsedSegments = Math.max(parsedSegments, lastAnalyseStats().parsed);
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
    parsedSegments,
    segments: median(segments),
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

/**
 * What the learned model costs the background at start-up: reading its JSON and checking
 * it with zod (the median of 9 loads from the file's text), and its size on disk.
 */
function measureModelLoad(): Record<string, number> {
  const text = readFileSync(new URL('../src/engine/model/promotional-model.json', import.meta.url), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const started = performance.now();
    loadModel(JSON.parse(text));
    times.push(performance.now() - started);
  }
  return { model_load_ms: round(median(times)), model_kb: round(Buffer.byteLength(text) / 1024) };
}

export async function run(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  // One lint meets every regex the rules match phrase by phrase; then their anchors are read.
  lint(draftOf(realisticDraft(3000, SEED)));
  const started = performance.now();
  preparePhraseAnchors();
  out.anchors_prepare_ms = round(performance.now() - started);
  for (const length of SIZES) {
    const f = measureSize(length);
    out[`lint_cold_ms_${length}`] = round(f.cold);
    out[`parse_ms_${length}`] = round(f.parse);
    out[`parse_ratio_${length}`] = round(f.parseRatio);
    out[`lint_incremental_ms_${length}`] = round(f.incremental);
    out[`incremental_ratio_${length}`] = round(f.incrementalRatio);
    out[`incremental_segments_parsed_max_${length}`] = f.parsedSegments;
    out[`lint_typing_at_end_ms_${length}`] = round(f.incrementalEnd);
    out[`typing_at_end_ratio_${length}`] = round(f.incrementalEndRatio);
    out[`segments_${length}`] = f.segments;
    out[`lint_cold_cpu_ms_${length}`] = round(f.coldCpu);
    out[`parse_cpu_ms_${length}`] = round(f.parseCpu);
    out[`lint_incremental_cpu_ms_${length}`] = round(f.incrementalCpu);
  }
  // The engine's own share: the same measurement with no rule at all.
  const bare = measureSize(3000, { rules: [] });
  out.parse_ratio_3000_no_rules = round(bare.parseRatio);
  out.incremental_ratio_3000_no_rules = round(bare.incrementalRatio);
  out.typing_at_end_ratio_3000_no_rules = round(bare.incrementalEndRatio);
  out.rules_registered = rules.length;
  return { ...out, ...measureModelLoad(), ...measureRules() };
}
