import { DraftError } from '../engine/draft.js';
import { SettingsError } from '../engine/settings.js';
import { UsageError } from './args.js';
import { EVAL_USAGE, evalCommand } from './eval-command.js';
import { EVAL_PAIRS_USAGE, evalPairsCommand } from './eval-pairs-command.js';
import { LINT_USAGE, lintCommand } from './lint-command.js';

type Command = (argv: readonly string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  lint: { run: lintCommand, usage: LINT_USAGE },
  eval: { run: evalCommand, usage: EVAL_USAGE },
  'eval-pairs': { run: evalPairsCommand, usage: EVAL_PAIRS_USAGE },
};

function usage(): string {
  return ['Usage:', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

/** Exit codes: 0 clean, 1 findings of warning or error, 2 bad usage or input. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`sociable: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError || error instanceof DraftError || error instanceof SettingsError) {
      process.stderr.write(`sociable ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
