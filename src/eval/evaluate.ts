import { preparePhraseAnchors } from '../engine/anchor-index.js';
import { lint, type LintOptions } from '../engine/lint.js';
import type { RuleModule } from '../engine/rule.js';
import type { Category, Finding, Platform, Surface } from '../engine/types.js';
import type { CorpusRow } from './corpus.js';
import { confusion, f1, mcc, precision, recall, rocAuc } from './metrics.js';

/** The category whose findings make the verdict. */
export const VERDICT_CATEGORY: Category = 'promotional';

export interface RowOutcome {
  row: CorpusRow;
  score: number;
  /** Any warning or error from a promotional rule. */
  promotional: boolean;
  /** Any warning or error from any rule. */
  warned: boolean;
  findings: Finding[];
}

export interface EvalSummary {
  n: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  mcc: number;
  auc: number;
  /** Share of genuine rows with any warning or error from any rule. */
  noise: number;
}

export interface EvalOptions {
  rules: readonly RuleModule[];
  settings?: LintOptions['settings'];
  /** Used for rows that do not say. */
  platform?: Platform;
  /** Used for rows that do not say; when absent, a row's `source` decides (see surfaceFromSource), else 'post'. */
  surface?: Surface;
  /** Called after each row with the count done so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * A corpus row's `source` says where the text was written, which the engine would
 * know from the site: YouTube comments are comments, SMS are messages. Rows may
 * also say `surface` themselves, which wins.
 */
export function surfaceFromSource(source: unknown): Surface | undefined {
  if (typeof source !== 'string') return undefined;
  // YouTube ("yt-" too) and Reddit are comments under someone else's post; a chat is messages.
  if (/youtube|\byt\b|\byt-|comment|reddit/i.test(source)) return 'comment';
  if (/\bsms\b|sms-|message|\bdm\b|chat\b/i.test(source)) return 'message';
  if (/\breply\b/i.test(source)) return 'reply';
  return undefined;
}

function isWarning(f: Finding): boolean {
  return f.severity === 'warning' || f.severity === 'error';
}

/** Lints every row the way a person would see it, with the given rules and settings. */
export function evaluateRows(rows: readonly CorpusRow[], options: EvalOptions): RowOutcome[] {
  const categories = new Map(options.rules.map((r) => [r.meta.id, r.meta.category]));
  const outcomes: RowOutcome[] = [];
  for (const row of rows) {
    const report = lint(
      {
        text: row.text,
        platform: row.platform ?? options.platform ?? 'generic',
        surface: row.surface ?? options.surface ?? surfaceFromSource(row.source) ?? 'post',
        ...(row.recipient ? { recipient: row.recipient } : {}),
      },
      { rules: options.rules, ...(options.settings ? { settings: options.settings } : {}) },
    );
    // Once the first row has met the phrase lists, their anchors are read: the rest go faster.
    if (outcomes.length === 0) preparePhraseAnchors();
    const warnings = report.findings.filter(isWarning);
    outcomes.push({
      row,
      score: report.score,
      promotional: warnings.some((f) => categories.get(f.ruleId) === VERDICT_CATEGORY),
      warned: warnings.length > 0,
      findings: report.findings,
    });
    options.onProgress?.(outcomes.length, rows.length);
  }
  return outcomes;
}

export function summarise(outcomes: readonly RowOutcome[]): EvalSummary {
  const c = confusion(outcomes.map((o) => ({ actual: o.row.label === 'promotional', predicted: o.promotional })));
  const genuine = outcomes.filter((o) => o.row.label === 'genuine');
  return {
    n: outcomes.length,
    ...c,
    precision: precision(c),
    recall: recall(c),
    f1: f1(c),
    mcc: mcc(c),
    // A lower score means more promotional, so rank by the negated score.
    auc: rocAuc(outcomes.map((o) => ({ actual: o.row.label === 'promotional', score: -o.score }))),
    noise: genuine.length === 0 ? 0 : genuine.filter((o) => o.warned).length / genuine.length,
  };
}

export function evaluate(rows: readonly CorpusRow[], options: EvalOptions): EvalSummary {
  return summarise(evaluateRows(rows, options));
}
