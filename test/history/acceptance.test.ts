import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePairJudge, parsePairs, summarisePairs } from '../../src/cli/eval-pairs-command.js';
import { EDIT_KINDS, reuseVariants, type EditKind } from '../../src/history/variants.js';

/**
 * Issue 4's acceptance measurements, run through the real copy-paste rule (the same
 * judge as `sociable eval-pairs`): reuse variants are caught (>= 98 % per edit) and
 * separately written tweets about one link are not (<= 1 % flagged).
 */
const corpora = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
const have = existsSync(join(corpora, 'sms-spam-dev.jsonl'));

function texts(file: string): string[] {
  return readFileSync(join(corpora, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

// Outside CI a checkout may lack ../shared; on CI a missing corpus must fail, not skip.
describe.skipIf(!have && !process.env.CI)('copy-paste acceptance on the development corpora', () => {
  it('catches at least 98 % of reuse variants, for each kind of edit', { timeout: 300_000 }, () => {
    // The name edits of issue 4 ("another name or greeting"), each measured on its own.
    expect(EDIT_KINDS).toEqual(expect.arrayContaining(['greeting', 'name', 'sign-off', 'mention']));
    const pairs = reuseVariants([...texts('sms-spam-dev.jsonl'), ...texts('youtube-spam-dev.jsonl')], { minWords: 8 });
    const judge = makePairJudge();
    const recall: Partial<Record<EditKind, string>> = {};
    const misses: string[] = [];
    for (const edit of EDIT_KINDS) {
      const ofEdit = pairs.filter((p) => p.edit === edit);
      expect(ofEdit.length, edit).toBeGreaterThan(500);
      let flagged = 0;
      for (const p of ofEdit) {
        if (judge(p.a, p.b)) flagged++;
        else if (misses.length < 30) misses.push(`${edit}: ${JSON.stringify(p.a)} -> ${JSON.stringify(p.b)}`);
      }
      recall[edit] = `${((flagged / ofEdit.length) * 100).toFixed(2)} % of ${ofEdit.length}`;
    }
    console.log('copy-paste recall by edit', recall, misses.length ? `\nsome misses:\n${misses.join('\n')}` : '');
    for (const edit of EDIT_KINDS) expect(Number.parseFloat(recall[edit]!), edit).toBeGreaterThanOrEqual(98);
  });

  it('flags at most 1 % of the different pairs of the Twitter URL corpus', { timeout: 120_000 }, () => {
    const pairs = parsePairs(readFileSync(join(corpora, 'twitter-url-pairs-dev.jsonl'), 'utf8'), 'twitter-url-pairs-dev.jsonl');
    const summary = summarisePairs(pairs);
    console.log('twitter url pairs', summary);
    expect(summary.different_n).toBeGreaterThan(1000);
    expect(summary.fp_rate).toBeLessThanOrEqual(0.01);
  });
});
