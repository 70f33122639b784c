import { rules as registeredRules } from '../../rules/index.js';
import { analyse } from './analysis/analyse.js';
import { parseDraft } from './draft.js';
import { EMPTY_HISTORY, type HistoryView } from './history-view.js';
import { safeRange } from './ranges.js';
import { formatMessage, type FindingReport, type RuleModule } from './rule.js';
import { collectRuleEvidence } from './model/evidence.js';
import { draftFeatures, type DraftFeatures } from './model/features.js';
import { predict, type PromotionalModel, type Verdict } from './model/model.js';
import { shippedModel } from './model/shipped.js';
import { bandOf, score } from './score.js';
import { resolveSettings, type EngineSettings, type ResolvedRule } from './settings.js';
import { SEVERITIES, type Draft, type Finding, type Report, type Severity, type Suggestion } from './types.js';

export interface LintOptions {
  settings?: EngineSettings;
  history?: HistoryView;
  /** The rules to run; the registry's when absent (the rule tester passes one rule). */
  rules?: readonly RuleModule[];
  /** The learned promotional model; the shipped one when absent. */
  model?: PromotionalModel;
}

/** The rule that hosts the learned promotional verdict: turning it off takes the model out of the score. */
export const VERDICT_RULE_ID = 'sales-pitch';

export interface RuleFailure {
  ruleId: string;
  error: string;
}

export interface LintResult extends Report {
  /** The learned promotional verdict, when sales-pitch is enabled. */
  verdict?: Verdict;
  /** Rules that threw; their findings are missing, the rest of the report stands. */
  failures?: RuleFailure[];
}

// Settings objects are reused across keystrokes; resolve each once.
const resolvedCache = new WeakMap<object, WeakMap<readonly RuleModule[], ResolvedRule[]>>();
const NO_SETTINGS = {};

function resolveCached(settings: EngineSettings | undefined, rules: readonly RuleModule[]): ResolvedRule[] {
  const key = settings ?? NO_SETTINGS;
  let byRules = resolvedCache.get(key);
  if (!byRules) resolvedCache.set(key, (byRules = new WeakMap()));
  let resolved = byRules.get(rules);
  if (!resolved) byRules.set(rules, (resolved = resolveSettings(settings, rules)));
  return resolved;
}

function lowerOf(a: Severity, b: Severity | undefined): Severity {
  if (!b) return a;
  return SEVERITIES.indexOf(b) < SEVERITIES.indexOf(a) ? b : a;
}

function toFinding(text: string, resolved: ResolvedRule, report: FindingReport): Finding {
  const { meta } = resolved.rule;
  const template = (meta.messages as Record<string, string>)[report.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown message id "${report.messageId}"`);
  const finding: Finding = {
    ruleId: meta.id,
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    severity: lowerOf(resolved.severity, report.severity),
    range: safeRange(text, report.range[0], report.range[1]),
  };
  if (report.suggestions?.length) {
    finding.suggestions = report.suggestions.map((s): Suggestion => {
      const t = (meta.messages as Record<string, string>)[s.messageId];
      if (t === undefined) throw new Error(`rule ${meta.id} suggested unknown message id "${s.messageId}"`);
      const suggestion: Suggestion = { messageId: s.messageId, message: formatMessage(t, s.data) };
      if (s.edits?.length) suggestion.edits = s.edits.map((e) => ({ range: safeRange(text, e.range[0], e.range[1]), text: e.text }));
      return suggestion;
    });
  }
  return finding;
}

/** The model's features of a draft under the given settings (for training and for tests). */
export function extractFeatures(input: Draft, options: LintOptions = {}): DraftFeatures {
  const draft = parseDraft(input);
  const resolved = resolveCached(options.settings, options.rules ?? registeredRules);
  const analysis = analyse(draft.text);
  return draftFeatures(draft, analysis, collectRuleEvidence(draft, analysis, resolved, options.history ?? EMPTY_HISTORY));
}

/** Lint one draft. Throws only for an invalid draft or invalid settings (DraftError, SettingsError). */
export function lint(input: Draft, options: LintOptions = {}): LintResult {
  const draft = parseDraft(input);
  const rules = options.rules ?? registeredRules;
  const resolved = resolveCached(options.settings, rules);
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  if (draft.text.trim() === '') return { score: 100, band: 'social', findings: [], breakdown: [] };

  const analysis = analyse(draft.text);
  const history = options.history ?? EMPTY_HISTORY;
  // The rules' evidence and the draft's words go into the learned model first, so that
  // the promotional rules can report with its verdict.
  const verdict = resolved.some((r) => r.rule.meta.id === VERDICT_RULE_ID)
    ? predict(options.model ?? shippedModel(), draftFeatures(draft, analysis, collectRuleEvidence(draft, analysis, resolved, history)), draft.surface)
    : undefined;
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const r of resolved) {
    try {
      const reports = r.rule.check({ draft, analysis, options: r.options, history, ...(verdict ? { verdict } : {}) });
      for (const report of reports) findings.push(toFinding(draft.text, r, report));
    } catch (error) {
      failures.push({ ruleId: r.rule.meta.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
  const scored = score(findings, byId, verdict ? { ruleId: VERDICT_RULE_ID, probability: verdict.probability, thresholds: verdict.thresholds } : undefined);
  const result: LintResult = { score: scored.score, band: bandOf(scored.score), findings, breakdown: scored.breakdown };
  if (verdict) result.verdict = verdict;
  if (failures.length) result.failures = failures;
  return result;
}
