import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sociable-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function corpus(name: string, lines: readonly unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}

function sociable(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'sociable.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const rows = [
  { text: 'URGENT! You have won a £1000 cash prize. To claim call 09061701461 now. T&Cs apply', label: 'promotional', source: 'test' },
  { text: 'Subscribe to my channel and check out my new video!', label: 'promotional' },
  { text: 'Sorry, I will call you later tonight.', label: 'genuine' },
  { text: 'This song never gets old, I still listen to it every week.', label: 'genuine', surface: 'comment' },
];

describe('sociable eval', () => {
  it('--json prints exactly one JSON object with the metrics', () => {
    const { code, stdout } = sociable('eval', corpus('small.jsonl', rows), '--json');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!) as Record<string, number>;
    expect(Object.keys(summary).sort()).toEqual(['auc', 'f1', 'fn', 'fp', 'mcc', 'n', 'noise', 'precision', 'recall', 'tn', 'tp'].sort());
    expect(summary.n).toBe(4);
    expect(summary.tp! + summary.fn!).toBe(2);
    expect(summary.tn! + summary.fp!).toBe(2);
    for (const key of ['precision', 'recall', 'f1', 'auc', 'noise']) expect(summary[key]).toBeGreaterThanOrEqual(0);
  });

  it('prints a readable table by default', () => {
    const { code, stdout } = sociable('eval', corpus('table.jsonl', rows));
    expect(code).toBe(0);
    for (const key of ['n', 'tp', 'fp', 'tn', 'fn', 'precision', 'recall', 'f1', 'mcc', 'auc', 'noise']) expect(stdout).toMatch(new RegExp(`^  ${key}\\s+[0-9.]+$`, 'm'));
  });

  it('a malformed line is an error naming the line, exit 2', () => {
    const path = corpus('bad.jsonl', [rows[0], rows[1], '{"text": "no label"}', rows[2]]);
    const { code, stdout, stderr } = sociable('eval', path, '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/line 3: label/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing file or a missing argument is a usage error', () => {
    expect(sociable('eval', join(dir, 'nope.jsonl')).code).toBe(2);
    expect(sociable('eval').code).toBe(2);
    expect(sociable('eval', corpus('ok.jsonl', rows), '--surface', 'tweet').code).toBe(2);
  });

  it('keeps progress off stdout on long files', () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ text: `ok ${i}`, label: i % 2 ? 'genuine' : 'promotional' }));
    const { code, stdout, stderr } = sociable('eval', corpus('long.jsonl', many), '--json');
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stderr).toMatch(/1000\/1001/);
  });
});
