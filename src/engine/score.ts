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

/** The learned promotional verdict as the score sees it: which rule carries it, and how sure it is. */
export interface ScoredVerdict {
  ruleId: string;
  probability: number;
}

/** Scores keep one decimal, so that drafts rarely tie; screens show the whole number. */
const roundScore = (value: number) => Math.round(value * 10) / 10;

/**
 * How social a draft reads, 0-100. The score is the share of the draft that survives
 * every problem: the learned verdict keeps (1 - p) of it, where p is the calibrated
 * probability that the draft reads as promotion, and each other rule's findings keep
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
    const item = groups.get(key);
    if (item) item.count++;
    else {
      const rule = rules.get(f.ruleId);
      groups.set(key, { ruleId: f.ruleId, category: rule?.meta.category ?? 'gimmicks', severity: f.severity, count: 1, points: 0 });
    }
  }
  // Each group's penalty on its own, then applied most costly first to what is left.
  const penalties = new Map<BreakdownItem, number>();
  for (const item of groups.values()) {
    const weight = Math.max(0, rules.get(item.ruleId)?.meta.weight ?? 1);
    const factor = Math.min(MAX_FACTOR, 1 + REPEAT_FACTOR * (item.count - 1));
    penalties.set(item, Math.min(1, (SEVERITY_POINTS[item.severity] * weight * factor) / 100));
  }
  const ordered = [...groups.values()].sort((a, b) => penalties.get(b)! - penalties.get(a)! || a.ruleId.localeCompare(b.ruleId) || a.severity.localeCompare(b.severity));
  let left = 100;
  const breakdown: BreakdownItem[] = [];
  if (verdictItem) {
    const p = Math.min(1, Math.max(0, verdict!.probability));
    verdictItem.points = roundScore(left * p);
    left -= left * p;
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
