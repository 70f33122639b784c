import type { Severity } from '../engine/types.js';
import type { ReviewSettings, Settings, Site } from '../shared/settings.js';

/**
 * Each control of the options page changes one thing; these return the new settings
 * (never mutating the saved ones, so a refused change leaves them as they were).
 */
type RuleSetting = Settings['rules'][string];

function withRule(settings: Settings, ruleId: string, change: (rule: RuleSetting) => RuleSetting): Settings {
  const rule = change({ ...(settings.rules[ruleId] ?? {}) });
  const rules = { ...settings.rules };
  if (Object.keys(rule).length === 0) delete rules[ruleId];
  else rules[ruleId] = rule;
  return { ...settings, rules };
}

export function setRuleEnabled(settings: Settings, ruleId: string, enabled: boolean): Settings {
  return withRule(settings, ruleId, (rule) => ({ ...rule, enabled }));
}

export function setRuleSeverity(settings: Settings, ruleId: string, severity: Severity): Settings {
  return withRule(settings, ruleId, (rule) => ({ ...rule, severity }));
}

/**
 * Set one option, or one field of an object option (`['weights', 'selfPromo']`).
 * `undefined` removes it, so the rule's default applies again; an emptied object option goes too.
 */
export function setRuleOption(settings: Settings, ruleId: string, path: string | readonly string[], value: unknown): Settings {
  const keys = typeof path === 'string' ? [path] : path;
  return withRule(settings, ruleId, (rule) => {
    const options = setPath({ ...(rule.options ?? {}) }, keys, value);
    const next: RuleSetting = { ...rule, options };
    if (Object.keys(options).length === 0) delete next.options;
    return next;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function setPath(target: Record<string, unknown>, keys: readonly string[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = keys;
  if (key === undefined) return target;
  if (rest.length === 0) {
    if (value === undefined) delete target[key];
    else target[key] = value;
    return target;
  }
  const inner = setPath(isRecord(target[key]) ? { ...target[key] } : {}, rest, value);
  if (Object.keys(inner).length === 0) delete target[key];
  else target[key] = inner;
  return target;
}

export function setSiteEnabled(settings: Settings, site: Site, enabled: boolean): Settings {
  return { ...settings, sites: { ...settings.sites, [site]: enabled } };
}

/** The review before sending (issue 9): on or off, the band that triggers it, and each site. */
export function setReview(settings: Settings, change: Partial<Omit<ReviewSettings, 'sites'>> & { site?: [Site, boolean] }): Settings {
  const { site, ...rest } = change;
  const review = { ...settings.review, ...rest, sites: { ...settings.review.sites } };
  if (site) review.sites[site[0]] = site[1];
  return { ...settings, review };
}
