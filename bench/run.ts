/**
 * `npm run bench`: runs every bench module and prints a table, or with `--json`
 * exactly one JSON object on stdout (progress and errors go to stderr).
 *
 * A bench module exports `async function run(): Promise<Record<string, number>>`.
 * To add one, add a line to MODULES. A module that fails (or does not exist yet)
 * is reported on stderr and its keys are left out; the others still run.
 */
export type BenchModule = { run: () => Promise<Record<string, number>> };

const MODULES: readonly { name: string; load: () => Promise<BenchModule> }[] = [
  { name: 'engine', load: () => import('./engine.js') },
  { name: 'history', load: () => import('./history.js') },
  { name: 'extension', load: () => import('./extension.js') },
];

const USAGE = 'usage: npm run bench -- [--json] [--only NAME[,NAME...]]';

interface Options {
  json: boolean;
  only: Set<string> | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { json: false, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg.includes('=') ? arg.slice('--only='.length) : argv[++i];
      if (!value) throw new Error(`--only needs a module name (${MODULES.map((m) => m.name).join(', ')})`);
      options.only = new Set(value.split(','));
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return options;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

function table(rows: readonly [string, string, number][]): string {
  const widths = [6, 3].map((min, col) => Math.max(min, ...rows.map((r) => String(r[col]).length)));
  const line = (a: string, b: string, c: string) => `${a.padEnd(widths[0]!)}  ${b.padEnd(widths[1]!)}  ${c}`;
  return [line('module', 'key', 'value'), line('-'.repeat(widths[0]!), '-'.repeat(widths[1]!), '-----'), ...rows.map(([m, k, v]) => line(m, k, formatValue(v)))].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 2;
  }
  const results: Record<string, number> = {};
  const rows: [string, string, number][] = [];
  let failed = 0;
  for (const mod of MODULES) {
    if (options.only && !options.only.has(mod.name)) continue;
    process.stderr.write(`bench: ${mod.name}...\n`);
    const started = performance.now();
    try {
      const figures = await (await mod.load()).run();
      for (const [key, value] of Object.entries(figures)) {
        if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`key ${key} is not a finite number: ${String(value)}`);
        if (key in results) throw new Error(`key ${key} is already reported by another module`);
      }
      for (const [key, value] of Object.entries(figures)) {
        results[key] = value;
        rows.push([mod.name, key, value]);
      }
      process.stderr.write(`bench: ${mod.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`bench: ${mod.name} failed, its keys are left out: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
  }
  process.stdout.write(options.json ? `${JSON.stringify(results)}\n` : `${table(rows)}\n`);
  return failed && rows.length === 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
