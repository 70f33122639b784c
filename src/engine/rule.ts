import type { z } from 'zod';
import type { Analysis } from './analysis/types.js';
import type { HistoryView } from './history-view.js';
import type { Verdict } from './model/model.js';
import type { Category, Draft, Edit, Range, Severity } from './types.js';

export interface RuleSource {
  /** File name of the article in shared/articles the rule comes from. */
  article: string;
  /** The article's own words that the rule answers. */
  quote: string;
}

export interface RuleMeta<M extends string = string> {
  id: string;
  category: Category;
  severity: Severity;
  title: string;
  /** One sentence: what the rule flags. */
  description: string;
  /** One line for the card: why it matters to the reader. */
  why: string;
  source: RuleSource;
  /** Message templates by id; `{{name}}` is filled from a finding's data. */
  messages: Record<M, string>;
  /** Multiplies the score penalty of this rule's findings; 1 when absent. */
  weight?: number;
  /**
   * What a finding of one message costs the score, in points of what is left, instead of
   * its severity's points times `weight`: for a finding that is only a hint (it must not
   * warn) but says the draft is a broadcast all the same.
   */
  points?: Partial<Record<M, number>>;
  /** Off unless the person turns it on. */
  defaultEnabled?: boolean;
}

export type MessageData = Readonly<Record<string, string | number>>;

export interface SuggestionReport<M extends string = string> {
  messageId: M;
  data?: MessageData;
  edits?: Edit[];
}

export interface FindingReport<M extends string = string> {
  messageId: M;
  range: Range;
  data?: MessageData;
  /** A rule may report a weak signal at a lower severity than configured, never a higher one. */
  severity?: Severity;
  suggestions?: SuggestionReport<M>[];
}

export interface RuleContext<O> {
  draft: Draft;
  analysis: Analysis;
  options: O;
  history: HistoryView;
  /** The learned promotional verdict, when the model is in use (sales-pitch enabled). */
  verdict?: Verdict;
}

/** What a rule found, as named numbers the learned model reads as features. */
export type RuleEvidence = Readonly<Record<string, number>>;

export interface RuleModule<O = unknown, M extends string = string> {
  meta: RuleMeta<M>;
  options: z.ZodType<O>;
  // Method syntax on purpose: the registry holds rules with different option types.
  check(ctx: RuleContext<O>): FindingReport<M>[];
  /** The rule's evidence as model features (rules of the promotional category have it). */
  evidence?(ctx: RuleContext<O>): RuleEvidence;
}

/** Identity at run time; it exists so each rule's options and message ids are type-checked. */
export function defineRule<const M extends string, S extends z.ZodType>(rule: {
  meta: RuleMeta<M>;
  options: S;
  check(ctx: RuleContext<z.output<S>>): FindingReport<M>[];
  evidence?(ctx: RuleContext<z.output<S>>): RuleEvidence;
}): RuleModule<z.output<S>, M> {
  return rule as RuleModule<z.output<S>, M>;
}

export function formatMessage(template: string, data?: MessageData): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : String(value);
  });
}
