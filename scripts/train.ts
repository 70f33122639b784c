// `npm run train`: rebuilds the learned promotional model from ../shared/corpora and
// the project's own labelled drafts, prints leave-one-source-out figures, and writes
// src/engine/model/promotional-model.json (no corpus text, only feature weights).
//
//   npm run train                  full run: validation figures, then the model
//   npm run train -- --model-only  only the model (what the determinism test rebuilds)
//   npm run train -- --check       rebuild and compare with the committed file; exit 1 if different
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, MODEL_PATH, SHIPPED_SOURCES, MEASURE_ONLY, leaveOneSourceOut, measureOn, otherParts, formatFigures, type Figures } from '../src/train/run.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const progress = (what: string) => (done: number, total: number) => {
  if (done === total || done % 2000 === 0) process.stderr.write(`train: ${what} ${done}/${total}\n`);
};

async function main(): Promise<number> {
  const missing = [...SHIPPED_SOURCES, ...MEASURE_ONLY].map((s) => join(root, s.path)).filter((p) => !existsSync(p));
  if (missing.length) {
    process.stderr.write(`train: missing training data:\n  ${missing.join('\n  ')}\nThe corpora live in ../shared/corpora next to this checkout.\n`);
    return 2;
  }
  const started = Date.now();
  const { file, fitted, table } = await buildModel(root, progress('features'));
  const json = `${JSON.stringify(file)}\n`;
  const path = join(root, MODEL_PATH);
  if (args.has('--check')) {
    const same = existsSync(path) && readFileSync(path, 'utf8') === json;
    process.stdout.write(same ? 'train: the committed model equals a rebuilt one\n' : 'train: the committed model differs from a rebuilt one: run `npm run train`\n');
    return same ? 0 : 1;
  }
  writeFileSync(path, json);
  process.stdout.write(`train: wrote ${MODEL_PATH} (${file.weights.length} weights, ${(json.length / 1024).toFixed(0)} KB) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  if (args.has('--model-only')) return 0;
  const figures: Figures[] = [
    ...(await leaveOneSourceOut(table, file.thresholds, progress('leave-one-source-out'))),
    ...(await otherParts(table, file.thresholds, progress('other parts'))),
    ...measureOn(root, fitted, file.thresholds),
  ];
  process.stdout.write(`\n${formatFigures(figures)}\n`);
  writeFileSync(join(root, 'docs', 'model-figures.json'), `${JSON.stringify(figures, null, 1)}\n`);
  process.stdout.write(`train: figures in docs/model-figures.json (${((Date.now() - started) / 1000).toFixed(0)} s in all)\n`);
  return 0;
}

process.exitCode = await main();
