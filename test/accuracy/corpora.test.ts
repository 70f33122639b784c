import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseCorpus } from '../../src/eval/corpus.js';
import { evaluateRows, summarise, type EvalSummary } from '../../src/eval/evaluate.js';

// Every registered rule at its defaults, on the development corpora and our own drafts.
// The learned model trains on all of these, so the figures are in-sample: they guard
// against a build that breaks the verdict, not how it does on new text. That is what
// leave-one-source-out in test/model/model.test.ts (and docs/model.md) measures.
const repoRoot = join(import.meta.dirname, '..', '..');
const corpora = join(repoRoot, '..', 'shared', 'corpora');

const TARGETS = { mcc: 0.98, precision: 0.98, auc: 0.99 };
// In-sample on the dev split, measured 2026-12-02 less about 0.02 (youtube 0.957/1.000/0.998, sms 0.960/0.959/1.000).
const DEV_TARGETS: Record<string, { mcc: number; precision: number; auc: number }> = {
  'youtube-spam-dev.jsonl': { mcc: 0.94, precision: 0.98, auc: 0.99 },
  'sms-spam-dev.jsonl': { mcc: 0.94, precision: 0.94, auc: 0.99 },
};
const MAX_SMS_NOISE = 0.05;
const NEW_DRAFTS = 544;

function run(file: string): EvalSummary {
  const rows = parseCorpus(readFileSync(join(corpora, file), 'utf8'));
  return summarise(evaluateRows(rows.map((r) => r.row), { rules }));
}

// Drafts written for this project, each file with how many rows it must hold:
// - drafts.jsonl: social posts in the style of X, LinkedIn and Facebook, written by hand
//   rather than collected: ads, offers, self-promotion and MLM pitches against everyday
//   posts that use the same words innocently ("free time", "I bought a car", "call your mum").
// - new-drafts.jsonl: later batches in other styles (LinkedIn B2B, launches, Marketplace
//   listings, #ad and affiliate posts, events, crypto, SaaS, venues, courses, giveaways, real
//   estate) against hard genuine posts (buying things, sales jobs, prices in stories, a
//   friend's shop). Each row's `batch` says which; each batch was measured before it changed
//   a lexicon.
// - drafts-counts.jsonl: YouTube comments about views, subscribers and likes, viewers
//   cheering the channel they watch against commenters asking for subscribers of their own
//   (written 2026-12-04 and measured before they joined training: MCC 0.852, 6 of 100
//   genuine ones warned).
const DRAFT_FILES: readonly (readonly [file: string, rows: number])[] = [
  ['drafts.jsonl', 440],
  ['new-drafts.jsonl', NEW_DRAFTS],
  ['drafts-counts.jsonl', 150],
];

describe('accuracy on drafts written for this project (all rules, defaults)', () => {
  for (const [file, n] of DRAFT_FILES) {
    it(`${file} meets the same targets`, { timeout: 60_000 }, () => {
      const rows = parseCorpus(readFileSync(join(import.meta.dirname, file), 'utf8'));
      const s = summarise(evaluateRows(rows.map((r) => r.row), { rules }));
      const figures = JSON.stringify(s);
      expect(s.n, figures).toBe(n);
      expect(s.mcc, figures).toBeGreaterThanOrEqual(TARGETS.mcc);
      expect(s.precision, figures).toBeGreaterThanOrEqual(TARGETS.precision);
      expect(s.auc, figures).toBeGreaterThanOrEqual(TARGETS.auc);
    });
  }
});

// Outside CI a checkout may lack ../shared; on CI a missing corpus must fail, not skip.
const describeIfCorpora = describe.skipIf(!existsSync(join(corpora, 'sms-spam-dev.jsonl')) && !process.env.CI);

describeIfCorpora('accuracy on the development corpora (all rules, defaults)', () => {
  for (const [file, target] of Object.entries(DEV_TARGETS)) {
    it(`${file}: MCC >= ${target.mcc}, precision >= ${target.precision}, AUC >= ${target.auc} (in-sample)`, { timeout: 180_000 }, () => {
      const s = run(file);
      const figures = JSON.stringify(s);
      expect(s.n, figures).toBeGreaterThan(1000);
      expect(s.mcc, figures).toBeGreaterThanOrEqual(target.mcc);
      expect(s.precision, figures).toBeGreaterThanOrEqual(target.precision);
      expect(s.auc, figures).toBeGreaterThanOrEqual(target.auc);
      if (file.startsWith('sms')) expect(s.noise, figures).toBeLessThanOrEqual(MAX_SMS_NOISE);
    });
  }
});
