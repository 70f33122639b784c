import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realisticDraft } from '../../bench/drafts.js';
import { lastAnalyseStats } from '../../src/engine/analysis/analyse.js';
import { splitSegments } from '../../src/engine/analysis/segments.js';
import { clearEngineCaches } from '../../src/engine/caches.js';
import { extractFeatures, lint, type LintResult } from '../../src/engine/lint.js';
import type { Draft } from '../../src/engine/types.js';

const post = (text: string): Draft => ({ text, platform: 'linkedin', surface: 'post' });

/** What a person sees of a report, and the verdict's probability. */
function seen(result: LintResult) {
  return { score: result.score, findings: result.findings, probability: result.verdict?.probability };
}

describe('clearEngineCaches', () => {
  it('makes the next lint parse every sentence of a draft seen before', () => {
    const text = realisticDraft(3000, 21);
    lint(post(text));
    lint(post(text));
    expect(lastAnalyseStats().parsed).toBe(0);
    clearEngineCaches();
    lint(post(text));
    const distinct = new Set(splitSegments(text).map((s) => s.text)).size;
    expect(lastAnalyseStats().parsed).toBe(distinct);
  });

  it('changes no report or feature: a lint with warm caches after edits equals one with every cache empty (property)', () => {
    const base = `${realisticDraft(700, 22)}\nMy new course opens Monday, link in the comments. DM me for 20% off!`;
    const edit = fc.record({ at: fc.nat(base.length), remove: fc.nat(5), insert: fc.constantFrom('', 'x', '. ', '\n', ' 🙂', '@sam ', 'https://a.co ', '$5 ', 'Buy now! ') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        clearEngineCaches();
        let text = base;
        lint(post(text));
        for (const e of edits) {
          text = text.slice(0, e.at) + e.insert + text.slice(Math.min(text.length, e.at + e.remove));
          const warm = lint(post(text));
          const warmFeatures = [...extractFeatures(post(text)).values];
          clearEngineCaches();
          expect(seen(warm)).toEqual(seen(lint(post(text))));
          clearEngineCaches();
          expect(warmFeatures).toEqual([...extractFeatures(post(text)).values]);
        }
      }),
      { numRuns: 15 },
    );
  });
});
