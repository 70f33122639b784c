import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { defineRule, type RuleModule } from '../../src/engine/rule.js';
import { BANDS, bandOf, score, SEVERITY_POINTS } from '../../src/engine/score.js';
import { SEVERITIES, type Category, type Finding, type Severity } from '../../src/engine/types.js';
import { z } from 'zod';

function fakeRule(id: string, category: Category, weight?: number): RuleModule {
  return defineRule({
    meta: {
      id,
      category,
      severity: 'warning',
      title: id,
      description: `${id} for tests.`,
      why: 'For tests.',
      source: { article: 'none', quote: 'none' },
      messages: { hit: 'hit' },
      ...(weight === undefined ? {} : { weight }),
    },
    options: z.strictObject({}),
    check: () => [],
  });
}

const RULES = new Map<string, RuleModule>([
  ['plain', fakeRule('plain', 'promotional')],
  ['heavy', fakeRule('heavy', 'impersonal', 2)],
  ['light', fakeRule('light', 'gimmicks', 0.5)],
  ['zero', fakeRule('zero', 'repetitive', 0)],
]);

function finding(ruleId: string, severity: Severity, at = 0): Finding {
  return { ruleId, messageId: 'hit', message: 'hit', severity, range: [at, at + 1] };
}

const findingArb = fc
  .record({ ruleId: fc.constantFrom(...RULES.keys(), 'unregistered'), severity: fc.constantFrom(...SEVERITIES), at: fc.nat(50) })
  .map((f) => finding(f.ruleId, f.severity, f.at));

/** The shipped model's thresholds on a post: a hint from 0.3, a warning from 0.5. */
const POST_THRESHOLDS = { info: 0.3, warning: 0.5 };

const thresholdsArb = fc
  .tuple(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }))
  .map(([a, b]) => ({ info: Math.min(a, b), warning: Math.max(a, b) }));

describe('score', () => {
  it('scores empty text 100 with no findings, in the social band', () => {
    for (const text of ['', '   ', '\n\t \n']) {
      const report = lint({ text, platform: 'generic', surface: 'post' });
      expect(report).toEqual({ score: 100, band: 'social', findings: [], breakdown: [] });
    }
  });

  it('scores no findings 100', () => {
    expect(score([], RULES)).toEqual({ score: 100, breakdown: [] });
  });

  it('takes off points by severity and rule weight', () => {
    expect(score([finding('plain', 'warning')], RULES).score).toBe(100 - SEVERITY_POINTS.warning);
    expect(score([finding('plain', 'error')], RULES).score).toBe(100 - SEVERITY_POINTS.error);
    expect(score([finding('plain', 'info')], RULES).score).toBe(100 - SEVERITY_POINTS.info);
    expect(score([finding('heavy', 'warning')], RULES).score).toBe(100 - 2 * SEVERITY_POINTS.warning);
    expect(score([finding('light', 'warning')], RULES).score).toBe(100 - 0.5 * SEVERITY_POINTS.warning);
    expect(score([finding('zero', 'error')], RULES).score).toBe(100);
  });

  it('counts a repeat of the same rule and severity at half, up to twice the single penalty', () => {
    const one = score([finding('plain', 'warning')], RULES);
    const two = score([finding('plain', 'warning', 0), finding('plain', 'warning', 5)], RULES);
    const many = score(Array.from({ length: 10 }, (_, i) => finding('plain', 'warning', i)), RULES);
    expect(two.breakdown).toEqual([{ ruleId: 'plain', category: 'promotional', severity: 'warning', count: 2, points: 1.5 * SEVERITY_POINTS.warning }]);
    expect(100 - two.score).toBeGreaterThan(100 - one.score);
    expect(many.breakdown[0]!.points).toBe(2 * SEVERITY_POINTS.warning);
  });

  it('lets the learned verdict cost its share first, then each rule a share of what is left', () => {
    // Above a post's warning (0.5) the share is the probability, plus the tenth of a point
    // that keeps a warned draft off 50.0: 0.6 costs 60.08.
    const verdict = { ruleId: 'plain', probability: 0.6, thresholds: POST_THRESHOLDS };
    const alone = score([], RULES, verdict);
    expect(alone.score).toBe(39.9);
    expect(alone.breakdown).toEqual([{ ruleId: 'plain', category: 'promotional', severity: 'info', count: 0, points: 60.1 }]);
    const withOthers = score([finding('plain', 'warning'), finding('heavy', 'warning')], RULES, verdict);
    // The verdict rule's own finding explains the probability and costs nothing more.
    expect(withOthers.breakdown.find((b) => b.ruleId === 'plain')).toMatchObject({ count: 1, severity: 'warning', points: 60.1 });
    // heavy takes half of the 39.92 left.
    expect(withOthers.breakdown.find((b) => b.ruleId === 'heavy')!.points).toBe(20);
    expect(withOthers.score).toBe(20);
  });

  it('puts a verdict below the hint in the social band, a hint in the mixed band and a warning in the broadcast band (property)', () => {
    fc.assert(
      fc.property(thresholdsArb, fc.double({ min: 0, max: 1, noNaN: true }), (thresholds, p) => {
        const band = bandOf(score([], RULES, { ruleId: 'plain', probability: p, thresholds }).score);
        // One decimal of rounding at the edges: a hair below a threshold may round onto it.
        const near = (t: number) => Math.abs(p - t) < 0.002;
        if (near(thresholds.info) || near(thresholds.warning)) return;
        expect(band).toBe(p < thresholds.info ? 'social' : p < thresholds.warning ? 'mixed' : 'broadcast');
      }),
    );
  });

  it("costs a post's warned verdict its probability, as before the bands were tied to the thresholds", () => {
    expect(score([], RULES, { ruleId: 'plain', probability: 0.8, thresholds: POST_THRESHOLDS }).score).toBeCloseTo(20, 0);
    expect(score([], RULES, { ruleId: 'plain', probability: 0.5, thresholds: POST_THRESHOLDS }).score).toBe(49.9);
    expect(score([], RULES, { ruleId: 'plain', probability: 0.3, thresholds: POST_THRESHOLDS }).score).toBe(80);
    expect(score([], RULES, { ruleId: 'plain', probability: 0.15, thresholds: POST_THRESHOLDS }).score).toBe(90);
  });

  it('a more certain verdict never raises the score (property)', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 20 }), thresholdsArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (findings, thresholds, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(score(findings, RULES, { ruleId: 'plain', probability: high, thresholds }).score).toBeLessThanOrEqual(score(findings, RULES, { ruleId: 'plain', probability: low, thresholds }).score);
      }),
    );
  });

  it('never goes below 0', () => {
    const findings = ['plain', 'heavy', 'light'].flatMap((id) => SEVERITIES.flatMap((s) => [finding(id, s), finding(id, s, 3)]));
    expect(score(findings, RULES).score).toBe(0);
  });

  it('adding a finding never raises the score (property)', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 30 }), findingArb, (findings, extra) => {
        const before = score(findings, RULES).score;
        const after = score([...findings, extra], RULES).score;
        expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('has a breakdown whose points add up to what the score lost, and whose counts add up to the findings (property)', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 30 }), (findings) => {
        const { score: value, breakdown } = score(findings, RULES);
        expect(breakdown.reduce((n, b) => n + b.count, 0)).toBe(findings.length);
        const lost = breakdown.reduce((n, b) => n + b.points, 0);
        // Each line is rounded to a tenth, so the sum may be off by a tenth per line.
        expect(Math.abs(100 - lost - value)).toBeLessThanOrEqual(0.05 * (breakdown.length + 1) + 1e-9);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
        expect(Math.round(value * 10) / 10).toBe(value);
        // Most costly first.
        for (let i = 1; i < breakdown.length; i++) expect(breakdown[i - 1]!.points).toBeGreaterThanOrEqual(breakdown[i]!.points);
        // One line per rule and severity, with the rule's category.
        const keys = breakdown.map((b) => `${b.ruleId}/${b.severity}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const b of breakdown) expect(b.category).toBe(RULES.get(b.ruleId)?.meta.category ?? 'gimmicks');
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the findings (property)', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 20 }), (findings) => {
        expect(score([...findings].reverse(), RULES).score).toBe(score(findings, RULES).score);
      }),
    );
  });
});

describe('bands', () => {
  it('labels 80 and up social, 50 to 79 mixed, below 50 broadcast', () => {
    expect(bandOf(100)).toBe('social');
    expect(bandOf(80)).toBe('social');
    expect(bandOf(79)).toBe('mixed');
    expect(bandOf(50)).toBe('mixed');
    expect(bandOf(49)).toBe('broadcast');
    expect(bandOf(0)).toBe('broadcast');
  });

  it('lists every band once, from the highest threshold down to 0', () => {
    expect(BANDS.map((b) => b.band)).toEqual(['social', 'mixed', 'broadcast']);
    expect(BANDS[BANDS.length - 1]!.min).toBe(0);
    for (let i = 1; i < BANDS.length; i++) expect(BANDS[i - 1]!.min).toBeGreaterThan(BANDS[i]!.min);
  });

  it('a lint report carries the band of its score', () => {
    const report = lint({ text: 'https://example.com/a https://example.com/b https://example.com/c', platform: 'x', surface: 'post' });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.band).toBe(bandOf(report.score));
    expect(report.score).toBeLessThan(100);
  });
});

describe("a message's own points (meta.points)", () => {
  const priced = defineRule({
    meta: {
      id: 'priced',
      category: 'promotional',
      severity: 'warning',
      title: 'priced',
      description: 'priced for tests.',
      why: 'For tests.',
      source: { article: 'none', quote: 'none' },
      messages: { hit: 'hit', broadcast: 'broadcast' },
      weight: 1.5,
      points: { broadcast: 52 },
    },
    options: z.strictObject({}),
    check: () => [],
  });
  const rules = new Map<string, RuleModule>([['priced', priced]]);
  const of = (messageId: string, severity: Severity): Finding => ({ ruleId: 'priced', messageId, message: messageId, severity, range: [0, 1] });

  it('costs its points whatever the severity, while other messages cost severity times weight', () => {
    expect(score([of('broadcast', 'info')], rules).score).toBe(48);
    expect(score([of('broadcast', 'warning')], rules).score).toBe(48);
    expect(score([of('hit', 'info')], rules).score).toBe(100 - SEVERITY_POINTS.info * 1.5);
  });

  it('a group of the rule costs as much as its dearest finding, and adding one never raises the score', () => {
    const one = score([of('hit', 'info')], rules).score;
    const both = score([of('hit', 'info'), of('broadcast', 'info')], rules);
    expect(both.score).toBeLessThan(one);
    expect(both.score).toBeLessThanOrEqual(48);
    expect(both.breakdown).toEqual([{ ruleId: 'priced', category: 'promotional', severity: 'info', count: 2, points: 100 - both.score }]);
  });
});
