import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { resolveSettings, SettingsError } from '../../src/engine/settings.js';
import type { Draft } from '../../src/engine/types.js';

const bareLink = rules.find((r) => r.meta.id === 'bare-link')!;
const LINK_DRAFT: Draft = { text: 'Look https://example.com/a', platform: 'generic', surface: 'post' };

function errorOf(settings: unknown): SettingsError {
  try {
    resolveSettings(settings, rules);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('settings', () => {
  it('accepts no settings and enables every rule that is on by default, with its default severity and options', () => {
    const resolved = resolveSettings(undefined, rules);
    expect(resolved.map((r) => r.rule.meta.id)).toEqual(rules.filter((r) => r.meta.defaultEnabled !== false).map((r) => r.meta.id));
    for (const r of resolved) {
      expect(r.severity).toBe(r.rule.meta.severity);
      expect(r.options).toEqual(r.rule.options.parse({}));
    }
  });

  it('names the full path of an invalid rule option', () => {
    const error = errorOf({ rules: { 'bare-link': { options: { minOwnWords: -3 } } } });
    expect(error.path).toBe('rules.bare-link.options.minOwnWords');
    expect(error.message).toMatch(/^invalid settings at rules\.bare-link\.options\.minOwnWords: /);
  });

  it('names the path of an option of the wrong type and of an unknown option', () => {
    expect(errorOf({ rules: { 'bare-link': { options: { minOwnWords: 'ten' } } } }).path).toBe('rules.bare-link.options.minOwnWords');
    const unknown = errorOf({ rules: { 'bare-link': { options: { minOwnWordz: 3 } } } });
    expect(unknown.message).toContain('rules.bare-link.options');
    expect(unknown.message).toContain('minOwnWordz');
  });

  it('refuses an unknown rule id and lists the known ones', () => {
    const error = errorOf({ rules: { 'no-such-rule': { enabled: true } } });
    expect(error.path).toBe('rules.no-such-rule');
    expect(error.message).toContain('unknown rule "no-such-rule"');
    expect(error.message).toContain('bare-link');
  });

  it('names the path of a bad severity, a bad enabled flag and an unknown key', () => {
    expect(errorOf({ rules: { 'bare-link': { severity: 'fatal' } } }).path).toBe('rules.bare-link.severity');
    expect(errorOf({ rules: { 'bare-link': { enabled: 'yes' } } }).path).toBe('rules.bare-link.enabled');
    expect(errorOf({ rules: { 'bare-link': { colour: 'red' } } }).message).toContain('rules.bare-link');
    expect(errorOf({ rulez: {} }).message).toContain('rulez');
    expect(errorOf({ rules: [] }).path).toBe('rules');
    expect(errorOf('all').path).toBe('');
  });

  it('lint throws the same clear error', () => {
    expect(() => lint(LINK_DRAFT, { settings: { rules: { 'bare-link': { options: { minOwnWords: 1.5 } } } } })).toThrow(
      /invalid settings at rules\.bare-link\.options\.minOwnWords/,
    );
  });

  it('overrides a rule severity', () => {
    const base = lint(LINK_DRAFT).findings.filter((f) => f.ruleId === 'bare-link');
    expect(base.length).toBeGreaterThan(0);
    // Without a promotional verdict a bare link is a hint, below the configured severity.
    expect(base.every((f) => f.severity === 'info')).toBe(true);
    const lowered = lint(LINK_DRAFT, { settings: { rules: { 'bare-link': { severity: 'info' } } } }).findings.filter((f) => f.ruleId === 'bare-link');
    expect(lowered.length).toBe(base.length);
    expect(lowered.every((f) => f.severity === 'info')).toBe(true);
    const pitch = 'Big sale today only, 50% off everything, shop now https://shop.example.com';
    const raised = lint({ text: pitch, platform: 'x', surface: 'post' }, { settings: { rules: { 'bare-link': { severity: 'error' } } } });
    expect(raised.findings.filter((f) => f.ruleId === 'bare-link').every((f) => f.severity === 'error')).toBe(true);
    expect(raised.breakdown.find((b) => b.ruleId === 'bare-link')?.severity).toBe('error');
  });

  it('disables a rule', () => {
    const off = lint(LINK_DRAFT, { settings: { rules: { 'bare-link': { enabled: false } } } });
    expect(off.findings.some((f) => f.ruleId === 'bare-link')).toBe(false);
    expect(resolveSettings({ rules: { 'bare-link': { enabled: false } } }, rules).some((r) => r.rule.meta.id === 'bare-link')).toBe(false);
  });

  it('passes a rule its options, with defaults for the rest', () => {
    const strict = resolveSettings({ rules: { 'bare-link': { options: { minOwnWords: 0 } } } }, rules).find((r) => r.rule.meta.id === 'bare-link')!;
    expect(strict.options).toEqual({ ...(bareLink.options.parse({}) as object), minOwnWords: 0 });
    // With no words required, a link with one word around it is fine.
    const report = lint(LINK_DRAFT, { settings: { rules: { 'bare-link': { options: { minOwnWords: 0 } } } } });
    expect(report.findings.some((f) => f.ruleId === 'bare-link' && f.messageId === 'bareLink')).toBe(false);
  });

  it('skips a disabled rule whole, so its stale options cannot stop it being turned off', () => {
    // Turning a rule off must always work, even when its stored options are stale.
    expect(() => resolveSettings({ rules: { 'bare-link': { enabled: false, options: { minOwnWords: -1 } } } }, rules)).not.toThrow();
  });
});
