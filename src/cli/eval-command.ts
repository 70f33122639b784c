import { rules } from '../../rules/index.js';
import { CorpusError, parseCorpus } from '../eval/corpus.js';
import { evaluateRows, summarise, type EvalSummary, type RowOutcome } from '../eval/evaluate.js';
import { PLATFORMS, SURFACES } from '../engine/types.js';
import { oneOf, parseArgs, UsageError } from './args.js';
import { readInput } from './io.js';

export const EVAL_USAGE =
  'sociable eval FILE.jsonl [--json] [--errors] [--platform x|linkedin|facebook|generic] [--surface post|reply|comment|message]';

// Progress is for people watching a terminal; in a pipe or a log it would be noise,
// so there it is a line now and then, and never on stdout.
const TTY_EVERY = 50;
const LOG_EVERY = 1000;

function progressReporter(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  if (stream.isTTY) {
    return (done, total) => {
      if (done % TTY_EVERY === 0 || done === total) stream.write(`\rsociable eval: ${done}/${total}${done === total ? '\n' : ''}`);
    };
  }
  return (done, total) => {
    if (done % LOG_EVERY === 0 && done < total) stream.write(`sociable eval: ${done}/${total}\n`);
  };
}

const RATES: readonly (keyof EvalSummary)[] = ['precision', 'recall', 'f1', 'mcc', 'auc', 'noise'];

export function formatSummary(summary: EvalSummary, source: string): string {
  const lines = [source];
  for (const [key, value] of Object.entries(summary) as [keyof EvalSummary, number][]) {
    lines.push(`  ${key.padEnd(10)} ${RATES.includes(key) ? value.toFixed(3) : String(value)}`);
  }
  return lines.join('\n');
}

function formatErrors(outcomes: readonly RowOutcome[], lines: readonly number[]): string {
  const out: string[] = [];
  outcomes.forEach((o, i) => {
    const wrong = o.promotional !== (o.row.label === 'promotional');
    if (!wrong) return;
    const kind = o.promotional ? 'false positive' : 'false negative';
    const rules = [...new Set(o.findings.map((f) => `${f.ruleId}:${f.severity}`))].join(' ') || 'no findings';
    out.push(`  line ${lines[i]}  ${kind}  score ${o.score}  [${rules}]  ${JSON.stringify(o.row.text.slice(0, 160))}`);
  });
  return out.length ? ['', 'misclassified rows:', ...out].join('\n') : '\nmisclassified rows: none';
}

export async function evalCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { json: 'boolean', errors: 'boolean', platform: 'value', surface: 'value' });
  if (args.positionals.length !== 1) throw new UsageError(`eval takes one FILE.jsonl, got ${args.positionals.length}`);
  const platform = oneOf('platform', args.flags.get('platform'), PLATFORMS, 'generic');
  const surfaceFlag = args.flags.get('surface');
  const surface = surfaceFlag === undefined ? undefined : oneOf('surface', surfaceFlag, SURFACES, 'post');
  const file = args.positionals[0]!;
  const source = await readInput(file);
  let numbered;
  try {
    numbered = parseCorpus(source);
  } catch (error) {
    if (error instanceof CorpusError) throw new UsageError(`${file === '-' ? '<stdin>' : file}: ${error.message}`);
    throw error;
  }
  const outcomes = evaluateRows(
    numbered.map((n) => n.row),
    { rules, platform, ...(surface ? { surface } : {}), onProgress: progressReporter(process.stderr) },
  );
  const summary = summarise(outcomes);
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    const text = formatSummary(summary, file === '-' ? '<stdin>' : file);
    const errors = args.flags.has('errors') ? formatErrors(outcomes, numbered.map((n) => n.line)) : '';
    process.stdout.write(`${text}${errors}\n`);
  }
  return 0;
}
