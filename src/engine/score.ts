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

export function score(findings: readonly Finding[], rules: ReadonlyMap<string, RuleModule>): { score: number; breakdown: BreakdownItem[] } {
  const groups = new Map<string, BreakdownItem>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.severity}`;
    const item = groups.get(key);
    if (item) item.count++;
    else {
      const rule = rules.get(f.ruleId);
      groups.set(key, { ruleId: f.ruleId, category: rule?.meta.category ?? 'gimmicks', severity: f.severity, count: 1, points: 0 });
    }
  }
  let total = 0;
  for (const item of groups.values()) {
    const weight = Math.max(0, rules.get(item.ruleId)?.meta.weight ?? 1);
    const factor = Math.min(MAX_FACTOR, 1 + REPEAT_FACTOR * (item.count - 1));
    item.points = Math.round(SEVERITY_POINTS[item.severity] * weight * factor * 10) / 10;
    total += item.points;
  }
  const breakdown = [...groups.values()].sort((a, b) => b.points - a.points || a.ruleId.localeCompare(b.ruleId));
  return { score: Math.max(0, Math.min(100, Math.round(100 - total))), breakdown };
}
