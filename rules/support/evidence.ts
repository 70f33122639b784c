import type { Analysis, Span } from '../../src/engine/analysis/types.js';

/**
 * Weighted evidence, shared by the promotional rules: hits are grouped, each group
 * adds its weight once (several different hits add up to half again), and a weaker
 * hit overlapping a stronger one is dropped so nothing counts twice.
 */
export interface Evidence<G extends string> extends Span {
  group: G;
}

export type Weights<G extends string> = Readonly<Record<G, number>>;

/**
 * A group's total depends on at most a handful of different hits, so a flood ("free free
 * free ..." 20,000 times) is cut to its first hits per group before the pairwise work.
 */
export const MAX_HITS_PER_GROUP = 64;

const REPEAT_BONUS = 0.5;
const REPEAT_CAP = 1.5;

/** Keeps the first MAX_HITS_PER_GROUP hits of each group, in the order found. */
export function capPerGroup<G extends string>(found: readonly Evidence<G>[]): Evidence<G>[] {
  const counts = new Map<G, number>();
  return found.filter((e) => {
    const n = counts.get(e.group) ?? 0;
    counts.set(e.group, n + 1);
    return n < MAX_HITS_PER_GROUP;
  });
}

/** Strongest first, so that of two overlapping hits the weaker is dropped. Returns hits in text order. */
export function dedupe<G extends string>(found: Evidence<G>[], weights: Weights<G>): Evidence<G>[] {
  const sorted = capPerGroup(found).sort((a, b) => weights[b.group] - weights[a.group] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Evidence<G>[] = [];
  for (const e of sorted) if (!kept.some((k) => e.start < k.end && e.end > k.start)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}

// The same hits come back on every keystroke: their normal forms are kept (bounded).
const normalForms = new Map<string, string>();

/** A hit's text for telling hits apart: lower case, white space as one space. */
function normalForm(text: string): string {
  let normal = normalForms.get(text);
  if (normal === undefined) {
    if (normalForms.size >= 2000) normalForms.clear();
    normalForms.set(text, (normal = text.toLowerCase().replace(/\s+/g, ' ')));
  }
  return normal;
}

export function groupTotals<G extends string>(evidence: readonly Evidence<G>[], weights: Weights<G>): Map<G, number> {
  const distinct = new Map<G, Set<string>>();
  for (const e of evidence) {
    let set = distinct.get(e.group);
    if (!set) distinct.set(e.group, (set = new Set()));
    set.add(normalForm(e.text));
  }
  const totals = new Map<G, number>();
  for (const [group, set] of distinct) totals.set(group, weights[group] * Math.min(REPEAT_CAP, 1 + REPEAT_BONUS * (set.size - 1)));
  return totals;
}

export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * The sentence holding the most evidence (stretched to cover its hits): the one a
 * person should rewrite. Sentences are weighed like drafts, each group once.
 */
export function strongestSentence<G extends string>(analysis: Analysis, evidence: readonly Evidence<G>[], weights: Weights<G>): [number, number] {
  let best: [number, number] = [evidence[0]!.start, evidence[evidence.length - 1]!.end];
  let bestWeight = 0;
  const { sentences } = analysis;
  // Each hit goes to the sentences it overlaps; a sentence with none weighs nothing.
  const byIndex = new Map<number, Evidence<G>[]>();
  for (const e of evidence) {
    for (let i = firstEndingAfter(sentences, e.start); i < sentences.length && sentences[i]!.start < e.end; i++) {
      const list = byIndex.get(i);
      if (list) list.push(e);
      else byIndex.set(i, [e]);
    }
  }
  for (const i of [...byIndex.keys()].sort((a, b) => a - b)) {
    const sentence = sentences[i]!;
    const inside = byIndex.get(i)!;
    const total = sum(groupTotals(inside, weights).values());
    if (total > bestWeight) {
      bestWeight = total;
      best = [Math.min(sentence.start, ...inside.map((e) => e.start)), Math.max(sentence.end, ...inside.map((e) => e.end))];
    }
  }
  return best;
}

/** The first of `spans` (sorted, not overlapping) that ends after `at`. */
function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const quotes = new Map<string, string>();

/** A hit as the message quotes it: white space as one space, at most 40 characters. */
function quote(text: string): string {
  let quoted = quotes.get(text);
  if (quoted === undefined) {
    if (quotes.size >= 2000) quotes.clear();
    const t = text.replace(/\s+/g, ' ').trim();
    quotes.set(text, (quoted = `"${t.length > 40 ? `${t.slice(0, 39)}\u2026` : t}"`));
  }
  return quoted;
}

/** The strongest few hits, quoted, for the message: "call now", "£1000". */
export function describeEvidence<G extends string>(evidence: readonly Evidence<G>[], weights: Weights<G>, max = 3): string {
  const quoted = [...evidence].sort((a, b) => weights[b.group] - weights[a.group] || a.start - b.start).map((e) => quote(e.text));
  return [...new Set(quoted)].slice(0, max).join(', ');
}

/** True when the span overlaps one of the links. */
export function insideAny(span: Span, links: readonly Span[]): boolean {
  return links.some((l) => span.start < l.end && span.end > l.start);
}

/**
 * Phrase-group hits (matches[g] belongs to groups[g]) and amounts of money that are the
 * writer's own words: one inside a link ("ebay" in www.ebay.com/itm/...) is the link's.
 */
export function ownWordEvidence<G extends string>(
  matches: readonly (readonly Span[])[],
  groups: readonly G[],
  money: readonly Span[],
  links: readonly Span[],
): Evidence<G | 'money'>[] {
  const found: Evidence<G | 'money'>[] = [];
  groups.forEach((group, g) => {
    for (const span of matches[g] ?? []) if (!insideAny(span, links)) found.push({ ...span, group });
  });
  for (const span of money) if (!insideAny(span, links)) found.push({ ...span, group: 'money' });
  return found;
}
