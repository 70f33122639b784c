/**
 * The README's "real runs": every `npx sociable` command in its console blocks is run as
 * printed (through bash, in a scratch directory) and must print what the README shows, so
 * a retrained model or a reworded message cannot leave the README telling a person
 * something the tool no longer does. `$ cat FILE` lines create FILE from the lines shown
 * under them; `$ echo $?` shows the previous command's exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/sociable.mjs');

interface Step {
  command: string;
  shown: string;
}

/** The commands of one console block and what the README shows under each. */
function stepsOf(block: string): Step[] {
  const steps: Step[] = [];
  const lines = block.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('$ ')) {
      if (steps.length === 0) throw new Error(`README console block: output before any command: ${line}`);
      steps[steps.length - 1]!.shown += `${line}\n`;
      continue;
    }
    let command = line.slice(2);
    // A command broken over lines with a trailing backslash.
    while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1)} ${lines[++i]!.trim()}`;
    steps.push({ command, shown: '' });
  }
  return steps;
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/\n$/, ''));
const dir = mkdtempSync(join(tmpdir(), 'sociable-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README console examples', () => {
  it('has examples to check', () => {
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.flatMap(stepsOf).filter((s) => s.command.startsWith('npx sociable') || s.command.includes('| npx sociable')).length).toBeGreaterThan(2);
  });

  it.each(blocks.map((block, i) => [i + 1, block] as const))('block %i prints what the README shows', (_, block) => {
    let lastCode = 0;
    for (const step of stepsOf(block)) {
      const cat = /^cat (\S+)$/.exec(step.command);
      if (cat) {
        writeFileSync(join(dir, cat[1]!), `${step.shown.trimEnd()}\n`);
        continue;
      }
      if (step.command === 'echo $?') {
        expect(`${lastCode}`, `exit code shown after the command before`).toBe(step.shown.trimEnd());
        continue;
      }
      expect(step.command, 'only sociable commands are run').toMatch(/npx sociable /);
      const run = spawnSync('bash', ['-c', `${step.command.replaceAll('npx sociable', `"${process.execPath}" "${CLI}"`)} 2>&1`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      lastCode = run.status ?? -1;
      // A blank line in the README separates one run from the next.
      expect(run.stdout.trimEnd(), step.command).toBe(step.shown.trimEnd());
    }
  }, 120_000);
});
