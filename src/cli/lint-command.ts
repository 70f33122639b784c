import { lint } from '../engine/lint.js';
import { PLATFORMS, SURFACES } from '../engine/types.js';
import { oneOf, parseArgs, UsageError } from './args.js';
import { formatReport } from './format.js';
import { historyOption } from './history-option.js';
import { readInput } from './io.js';

export const LINT_USAGE =
  'sociable lint [FILE|-] [--platform x|linkedin|facebook|generic] [--surface post|reply|comment|message] [--to NAME] [--format text|json] [--history FILE.jsonl]';

export async function lintCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { platform: 'value', surface: 'value', to: 'value', format: 'value', history: 'value' });
  if (args.positionals.length > 1) throw new UsageError(`lint takes one file, got ${args.positionals.length}`);
  const platform = oneOf('platform', args.flags.get('platform'), PLATFORMS, 'generic');
  const surface = oneOf('surface', args.flags.get('surface'), SURFACES, 'post');
  const format = oneOf('format', args.flags.get('format'), ['text', 'json'] as const, 'text');
  const to = args.flags.get('to');
  if (to === true) throw new UsageError('option --to needs a value');
  const file = args.positionals[0];
  const text = (await readInput(file)).replace(/\r\n/g, '\n').replace(/\n$/, '');
  const history = await historyOption(args.flags.get('history'));
  const report = lint({ text, platform, surface, ...(to ? { recipient: to } : {}) }, history ? { history } : {});
  process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(text, report, file && file !== '-' ? file : '<stdin>')}\n`);
  return report.findings.some((f) => f.severity !== 'info') ? 1 : 0;
}
