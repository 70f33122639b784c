import { z } from 'zod';
import { rulesById } from '../../rules/index.js';
import { lint } from '../engine/lint.js';
import type { RuleModule } from '../engine/rule.js';
import { fingerprintFields } from '../history/entry.js';
import { fingerprint } from '../history/fingerprint.js';
import { HistorySearch } from '../history/search.js';
import { emptyStore } from '../history/store.js';
import { parseArgs, UsageError } from './args.js';
import { readInput } from './io.js';

export const EVAL_PAIRS_USAGE = 'sociable eval-pairs FILE.jsonl [--json]';

export const pairSchema = z.object({
  a: z.string(),
  b: z.string(),
  label: z.enum(['same', 'different']),
});
export type Pair = z.output<typeof pairSchema>;

export interface PairSummary {
  n: number;
  same_n: number;
  same_flagged: number;
  different_n: number;
  different_flagged: number;
  /** same_flagged / same_n (0 with no `same` pairs). */
  recall: number;
  /** different_flagged / different_n (0 with no `different` pairs). */
  fp_rate: number;
}

const HOUR_MS = 60 * 60 * 1000;
// Fixed objects, so the engine resolves these settings once for all pairs.
const SETTINGS = { rules: { 'copy-paste': { enabled: true } } };

function copyPasteRule(): RuleModule {
  const rule = rulesById.get('copy-paste');
  if (!rule) throw new Error('the copy-paste rule is not registered');
  return rule;
}

/**
 * Would `b` be flagged copy-paste with `a` as the only history entry (sent an hour
 * earlier)? The whole engine runs, as when a person types `b`.
 */
export function makePairJudge(rule: RuleModule = copyPasteRule()): (a: string, b: string) => boolean {
  const rules = [rule];
  const now = Date.UTC(2026, 0, 15, 12);
  return (a, b) => {
    const search = new HistorySearch(emptyStore());
    search.add({ at: now - HOUR_MS, platform: 'generic', surface: 'post', tags: '', ...fingerprintFields(fingerprint(a)) });
    const report = lint({ text: b, platform: 'generic', surface: 'post' }, { rules, settings: SETTINGS, history: search.view(now) });
    return report.findings.some((f) => f.ruleId === rule.meta.id);
  };
}

export function summarisePairs(pairs: readonly Pair[], judge = makePairJudge()): PairSummary {
  const s = { n: pairs.length, same_n: 0, same_flagged: 0, different_n: 0, different_flagged: 0 };
  for (const pair of pairs) {
    const flagged = judge(pair.a, pair.b);
    if (pair.label === 'same') {
      s.same_n++;
      if (flagged) s.same_flagged++;
    } else {
      s.different_n++;
      if (flagged) s.different_flagged++;
    }
  }
  return { ...s, recall: s.same_n ? s.same_flagged / s.same_n : 0, fp_rate: s.different_n ? s.different_flagged / s.different_n : 0 };
}

/** Parses `{a, b, label}` lines; throws a UsageError naming the first bad line. */
export function parsePairs(source: string, name: string): Pair[] {
  const pairs: Pair[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw new UsageError(`${name} line ${i + 1}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = pairSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`${name} line ${i + 1}: ${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'invalid'}`);
    }
    pairs.push(parsed.data);
  });
  return pairs;
}

export async function evalPairsCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { json: 'boolean' });
  if (args.positionals.length !== 1) throw new UsageError(`eval-pairs takes one FILE.jsonl, got ${args.positionals.length}`);
  const file = args.positionals[0]!;
  const name = file === '-' ? '<stdin>' : file;
  const summary = summarisePairs(parsePairs(await readInput(file), name));
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  }
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  process.stdout.write(
    [
      name,
      `  pairs       ${summary.n}`,
      `  same        ${summary.same_flagged}/${summary.same_n} flagged (recall ${pct(summary.recall)})`,
      `  different   ${summary.different_flagged}/${summary.different_n} flagged (false positive rate ${pct(summary.fp_rate)})`,
    ].join('\n') + '\n',
  );
  return 0;
}
