import type { VerdictThresholds } from './model/model.js';
import type { RuleModule } from './rule.js';
import type { Band, BreakdownItem, Finding, Severity } from './types.js';

export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = { info: 4, warning: 25, error: 40 };

// A second finding of the same kind adds half as much again, and no rule can take
// more than twice its single penalty: repetition matters, but one habit should not
// zero the score on its own.
const REPEAT_FACTOR = 0.5;
const MAX_FACTOR = 2;

export const BANDS: readonly { band: Band; min: number; label: string }[] = [
  { band: 'social', min: 80, label: 'social' },
  { band: 'mixed', min: 50, label: 'mixed' },
  { band: 'broadcast', min: 0, label: 'broadcast' },
];

export function bandOf(score: number): Band {
  return (BANDS.find((b) => score >= b.min) ?? { band: 'broadcast' as const }).band;
}

/** The learned promotional verdict as the score sees it: which rule carries it, how sure it is, and where it hints and warns. */
export interface ScoredVerdict {
  ruleId: string;
  probability: number;
  thresholds: VerdictThresholds;
}

const SOCIAL_MIN = BANDS[0]!.min;
const MIXED_MIN = BANDS[1]!.min;

/**
 * The share of the score (0-1) the verdict takes: its probability mapped so that the band
 * agrees with what the rule says. Below the hint threshold the draft stays "social", from
 * the hint to the warning it is "mixed", from the warning on "broadcast". Straight lines
 * between those points keep the map rising with the probability, so the score still ranks
 * drafts by it and a more certain verdict never raises the score. Without the map a draft
 * with no finding at all could read "mixed" (p 0.25 kept 75), and a warned comment (which
 * warns from 0.35) could too.
 */
export function verdictShare(probability: number, thresholds: VerdictThresholds): number {
  const p = Math.min(1, Math.max(0, probability));
  const { info, warning } = thresholds;
  const points: readonly [number, number][] = [
    [0, 0],
    [info, 1 - SOCIAL_MIN / 100],
    // A tenth of a point past the band's edge: scores keep one decimal, so a warned draft
    // just at the threshold would otherwise round to 50.0 and read "mixed".
    [warning, 1 - (MIXED_MIN - 0.1) / 100],
    [1, 1],
  ];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    if (p <= x1) return x1 > x0 ? y0 + ((p - x0) / (x1 - x0)) * (y1 - y0) : y1;
  }
  return 1;
}

/** One finding's cost in points: its message's own (meta.points), or its severity's times the rule's weight. */
function findingPoints(finding: Finding, rule: RuleModule | undefined): number {
  const own = (rule?.meta.points as Readonly<Record<string, number>> | undefined)?.[finding.messageId];
  if (own !== undefined) return Math.max(0, own);
  return SEVERITY_POINTS[finding.severity] * Math.max(0, rule?.meta.weight ?? 1);
}

/** Scores keep one decimal, so that drafts rarely tie; screens show the whole number. */
const roundScore = (value: number) => Math.round(value * 10) / 10;

/**
 * How social a draft reads, 0-100. The score is the share of the draft that survives
 * every problem: the learned verdict keeps (1 - verdictShare(p)) of it, where p is the
 * calibrated probability that the draft reads as promotion, and each other rule's findings keep
 * (1 - points / 100) of what is left. So a draft the model is sure is a pitch scores
 * near 0 whatever else is wrong, a problem can only lower the score, and the
 * breakdown says what each cost, in order. The verdict rule's own findings explain p
 * and cost nothing more.
 */
export function score(
  findings: readonly Finding[],
  rules: ReadonlyMap<string, RuleModule>,
  verdict?: ScoredVerdict,
): { score: number; breakdown: BreakdownItem[] } {
  const groups = new Map<string, BreakdownItem>();
  /** The points one finding of each group costs (the most of its findings). */
  const basePoints = new Map<BreakdownItem, number>();
  const verdictItem: BreakdownItem | undefined = verdict
    ? { ruleId: verdict.ruleId, category: rules.get(verdict.ruleId)?.meta.category ?? 'promotional', severity: 'info', count: 0, points: 0 }
    : undefined;
  for (const f of findings) {
    if (verdictItem && f.ruleId === verdictItem.ruleId) {
      verdictItem.count++;
      if (SEVERITY_POINTS[f.severity] > SEVERITY_POINTS[verdictItem.severity]) verdictItem.severity = f.severity;
      continue;
    }
    const key = `${f.ruleId}\u0000${f.severity}`;
    const rule = rules.get(f.ruleId);
    const points = findingPoints(f, rule);
    const item = groups.get(key);
    if (item) {
      item.count++;
      basePoints.set(item, Math.max(basePoints.get(item)!, points));
    } else {
      const created: BreakdownItem = { ruleId: f.ruleId, category: rule?.meta.category ?? 'gimmicks', severity: f.severity, count: 1, points: 0 };
      groups.set(key, created);
      basePoints.set(created, points);
    }
  }
  // Each group's penalty on its own, then applied most costly first to what is left.
  const penalties = new Map<BreakdownItem, number>();
  for (const item of groups.values()) {
    const factor = Math.min(MAX_FACTOR, 1 + REPEAT_FACTOR * (item.count - 1));
    penalties.set(item, Math.min(1, (basePoints.get(item)! * factor) / 100));
  }
  const ordered = [...groups.values()].sort((a, b) => penalties.get(b)! - penalties.get(a)! || a.ruleId.localeCompare(b.ruleId) || a.severity.localeCompare(b.severity));
  let left = 100;
  const breakdown: BreakdownItem[] = [];
  if (verdictItem) {
    const share = verdictShare(verdict!.probability, verdict!.thresholds);
    verdictItem.points = roundScore(left * share);
    left -= left * share;
    if (verdictItem.points > 0 || verdictItem.count > 0) breakdown.push(verdictItem);
  }
  for (const item of ordered) {
    const lost = left * penalties.get(item)!;
    item.points = roundScore(lost);
    left -= lost;
    breakdown.push(item);
  }
  breakdown.sort((a, b) => b.points - a.points || a.ruleId.localeCompare(b.ruleId));
  return { score: Math.max(0, Math.min(100, roundScore(left))), breakdown };
}
