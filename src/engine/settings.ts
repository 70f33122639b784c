import { z } from 'zod';
import type { RuleModule } from './rule.js';
import { SEVERITIES, type Severity } from './types.js';

export const ruleSettingSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES).optional(),
  options: z.record(z.string(), z.unknown()).optional(),
});

export const engineSettingsSchema = z.strictObject({
  rules: z.record(z.string(), ruleSettingSchema).default({}),
});

export type RuleSetting = z.infer<typeof ruleSettingSchema>;
export type EngineSettings = z.input<typeof engineSettingsSchema>;

export class SettingsError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`invalid settings at ${path || '(root)'}: ${reason}`);
    this.name = 'SettingsError';
  }
}

export interface ResolvedRule {
  rule: RuleModule;
  severity: Severity;
  options: unknown;
}

function issuePath(prefix: readonly (string | number)[], issue: z.core.$ZodIssue): string {
  return [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? p.toString() : p))].join('.');
}

/**
 * Validate settings against the registry: the shape first, then each rule's own
 * option schema (which fills in defaults). The first problem is reported with
 * its full path, e.g. `rules.gimmicks.options.maxHashtags`.
 */
export function resolveSettings(settings: unknown, rules: readonly RuleModule[]): ResolvedRule[] {
  const parsed = engineSettingsSchema.safeParse(settings ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(issue ? issuePath([], issue) : '', issue?.message ?? 'invalid');
  }
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  for (const id of Object.keys(parsed.data.rules)) {
    if (!byId.has(id)) throw new SettingsError(`rules.${id}`, `unknown rule "${id}"; known rules: ${[...byId.keys()].join(', ')}`);
  }
  const resolved: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = parsed.data.rules[rule.meta.id] ?? {};
    if (!(setting.enabled ?? rule.meta.defaultEnabled ?? true)) continue;
    const options = rule.options.safeParse(setting.options ?? {});
    if (!options.success) {
      const issue = options.error.issues[0];
      throw new SettingsError(issue ? issuePath(['rules', rule.meta.id, 'options'], issue) : `rules.${rule.meta.id}.options`, issue?.message ?? 'invalid');
    }
    resolved.push({ rule, severity: setting.severity ?? rule.meta.severity, options: options.data });
  }
  return resolved;
}
