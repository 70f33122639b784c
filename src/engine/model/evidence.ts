import type { Analysis } from '../analysis/types.js';
import type { HistoryView } from '../history-view.js';
import type { RuleEvidence } from '../rule.js';
import type { ResolvedRule } from '../settings.js';
import type { Draft } from '../types.js';

/** Each enabled rule's evidence, by rule id (rules without an `evidence` method add nothing). */
export function collectRuleEvidence(draft: Draft, analysis: Analysis, resolved: readonly ResolvedRule[], history: HistoryView): Map<string, RuleEvidence> {
  const evidence = new Map<string, RuleEvidence>();
  for (const r of resolved) {
    if (!r.rule.evidence) continue;
    evidence.set(r.rule.meta.id, r.rule.evidence({ draft, analysis, options: r.options, history }));
  }
  return evidence;
}
