import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseCorpus } from '../../src/eval/corpus.js';
import { evaluateRows, summarise, type EvalSummary } from '../../src/eval/evaluate.js';

// Issue 2's accuracy targets, with every registered rule at its defaults, on the
// development corpora. The same targets are checked on held-out data, so these
// guard against regressions; they are not the thing tuned for.
const repoRoot = join(import.meta.dirname, '..', '..');
const corpora = join(repoRoot, '..', 'shared', 'corpora');

const TARGETS = { mcc: 0.93, precision: 0.97, auc: 0.97 };
const MAX_SMS_NOISE = 0.05;
const NEW_DRAFTS = 544;

function run(file: string): EvalSummary {
  const rows = parseCorpus(readFileSync(join(corpora, file), 'utf8'));
  return summarise(evaluateRows(rows.map((r) => r.row), { rules }));
}

describe('accuracy on drafts written for this project (all rules, defaults)', () => {
  // Social posts in the style of X, LinkedIn and Facebook, written by hand rather than
  // collected: ads, offers, self-promotion and MLM pitches against everyday posts that
  // use the same words innocently ("free time", "I bought a car", "call your mum").
  it('drafts.jsonl meets the same targets', { timeout: 60_000 }, () => {
    const rows = parseCorpus(readFileSync(join(import.meta.dirname, 'drafts.jsonl'), 'utf8'));
    const s = summarise(evaluateRows(rows.map((r) => r.row), { rules }));
    const figures = JSON.stringify(s);
    expect(s.n, figures).toBe(440);
    expect(s.mcc, figures).toBeGreaterThanOrEqual(TARGETS.mcc);
    expect(s.precision, figures).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(s.auc, figures).toBeGreaterThanOrEqual(TARGETS.auc);
  });

  // Later batches in other styles (LinkedIn B2B, launches, Marketplace listings, #ad and
  // affiliate posts, events, crypto, SaaS, venues, courses, giveaways, real estate) against
  // hard genuine posts (buying things, sales jobs, prices in stories, a friend's shop).
  // Each row's `batch` says which; each batch was measured before it changed a lexicon.
  it('new-drafts.jsonl meets the same targets', { timeout: 60_000 }, () => {
    const rows = parseCorpus(readFileSync(join(import.meta.dirname, 'new-drafts.jsonl'), 'utf8'));
    const s = summarise(evaluateRows(rows.map((r) => r.row), { rules }));
    const figures = JSON.stringify(s);
    expect(s.n, figures).toBe(NEW_DRAFTS);
    expect(s.mcc, figures).toBeGreaterThanOrEqual(TARGETS.mcc);
    expect(s.precision, figures).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(s.auc, figures).toBeGreaterThanOrEqual(TARGETS.auc);
  });
});

// Outside CI a checkout may lack ../shared; on CI a missing corpus must fail, not skip.
const describeIfCorpora = describe.skipIf(!existsSync(join(corpora, 'sms-spam-dev.jsonl')) && !process.env.CI);

describeIfCorpora('accuracy on the development corpora (all rules, defaults)', () => {
  for (const file of ['youtube-spam-dev.jsonl', 'sms-spam-dev.jsonl']) {
    it(`${file}: MCC >= ${TARGETS.mcc}, precision >= ${TARGETS.precision}, AUC >= ${TARGETS.auc}`, { timeout: 180_000 }, () => {
      const s = run(file);
      const figures = JSON.stringify(s);
      expect(s.n, figures).toBeGreaterThan(1000);
      expect(s.mcc, figures).toBeGreaterThanOrEqual(TARGETS.mcc);
      expect(s.precision, figures).toBeGreaterThanOrEqual(TARGETS.precision);
      expect(s.auc, figures).toBeGreaterThanOrEqual(TARGETS.auc);
      if (file.startsWith('sms')) expect(s.noise, figures).toBeLessThanOrEqual(MAX_SMS_NOISE);
    });
  }
});
