import { z } from 'zod';
import type { RuleModule } from '../engine/rule.js';
import type { Response } from '../shared/protocol.js';

type RuleInfo = Extract<Response, { kind: 'report' }>['rules'][string];
type RuleCatalogueEntry = Extract<Response, { kind: 'rules' }>['rules'][number];

/** What the page's card and the popup need to say about a rule, without the engine. */
export function ruleInfo(rule: RuleModule): RuleInfo {
  const { id, title, category, severity, description, why } = rule.meta;
  return { id, title, category, severity, description, why };
}

/** Info for the given rule ids only (a report names few rules; keep each keystroke's answer small). */
export function ruleInfoMap(rules: readonly RuleModule[], ids?: Iterable<string>): Record<string, RuleInfo> {
  const wanted = ids ? new Set(ids) : undefined;
  const map: Record<string, RuleInfo> = {};
  for (const rule of rules) if (!wanted || wanted.has(rule.meta.id)) map[rule.meta.id] = ruleInfo(rule);
  return map;
}

/** Where the build puts a rule's rendered doc inside the extension (see vite.config.ts). */
export function docPath(ruleId: string): string {
  return `docs/${ruleId}.html`;
}

/**
 * Every rule with the JSON Schema of its options (the input side, so defaults and bounds
 * show), from which the options page generates its form.
 */
export function ruleCatalogue(rules: readonly RuleModule[]): RuleCatalogueEntry[] {
  return rules.map((rule) => {
    const entry: RuleCatalogueEntry = {
      ...ruleInfo(rule),
      options: z.toJSONSchema(rule.options, { io: 'input', unrepresentable: 'any' }),
      doc: docPath(rule.meta.id),
    };
    if (rule.meta.defaultEnabled !== undefined) entry.defaultEnabled = rule.meta.defaultEnabled;
    return entry;
  });
}
