import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sociable-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: readonly unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}

function sociable(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'sociable.mjs'), ...args], { cwd: root, encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const pitch = 'I came across your profile and think you would be a great fit for our coaching programme. Do you have 15 minutes for a call this week?';

describe('sociable lint --history', () => {
  it('runs copy-paste against past posts and says where and when', () => {
    const history = file('past.jsonl', [
      { text: 'Lovely to see everyone at the meetup last night!', platform: 'x', at: '1 day ago' },
      { text: `Hi Anna, ${pitch}`, platform: 'linkedin', surface: 'message', at: '3 days ago' },
    ]);
    const draft = file('draft.txt', [`Hey Sam! ${pitch}`]);
    const { code, stdout } = sociable(['lint', draft, '--surface', 'message', '--history', history]);
    expect(stdout).toContain('Nearly the same as your LinkedIn message of 3 days ago');
    expect(stdout).toContain('copy-paste');
    expect(code).toBe(1);
  });

  it('without --history the same draft is no repeat', () => {
    const { stdout } = sociable(['lint', '-', '--surface', 'message'], `Hey Sam! ${pitch}`);
    expect(stdout).not.toContain('copy-paste');
  });

  it('a malformed line is an error naming the line, exit 2', () => {
    const history = file('bad.jsonl', [{ text: 'fine' }, '{"text": 3}', { text: 'also fine' }]);
    const { code, stderr } = sociable(['lint', '-', '--history', history], 'Hello there');
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.jsonl line 2: text:/);
  });

  it('a line that is not JSON or has a bad time is an error too', () => {
    expect(sociable(['lint', '-', '--history', file('notjson.jsonl', ['{"text": "a"}', 'nope'])], 'Hello').stderr).toMatch(/line 2: not JSON/);
    const badTime = sociable(['lint', '-', '--history', file('time.jsonl', [{ text: 'a', at: 'last tuesdayish' }])], 'Hello');
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toMatch(/line 1: "at" is not a time/);
  });
});

describe('sociable eval-pairs', () => {
  const pairs = [
    { a: `Hi Anna, ${pitch}`, b: `Hello Sam!! ${pitch.toLowerCase()} 🙂`, label: 'same' },
    { a: 'Check out my new channel, I post a new video every Friday! https://example.com/c', b: 'CHECK OUT MY NEW CHANNEL, I POST A NEW VIDEO EVERY FRIDAY https://example.com/other', label: 'same' },
    { a: 'The city council approved the new bike lanes on Main Street today', b: 'Finally! Cycling to work on Main Street will be so much safer for my kids', label: 'different' },
    { a: 'Apple unveils its new headset at the developer conference', b: 'Not sure who will pay that much for a headset, honestly', label: 'different', votes: 0 },
  ];

  it('--json prints exactly one object with the counts and rates', () => {
    const { code, stdout } = sociable(['eval-pairs', file('pairs.jsonl', pairs), '--json']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!) as Record<string, number>;
    expect(Object.keys(summary).sort()).toEqual(['different_flagged', 'different_n', 'fp_rate', 'n', 'recall', 'same_flagged', 'same_n']);
    expect(summary).toEqual({ n: 4, same_n: 2, same_flagged: 2, different_n: 2, different_flagged: 0, recall: 1, fp_rate: 0 });
  });

  it('prints a readable summary by default', () => {
    const { code, stdout } = sociable(['eval-pairs', file('pairs2.jsonl', pairs)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/same\s+2\/2 flagged \(recall 100\.00 %\)/);
    expect(stdout).toMatch(/different\s+0\/2 flagged \(false positive rate 0\.00 %\)/);
  });

  it('a malformed line is an error naming the line, exit 2', () => {
    const { code, stderr } = sociable(['eval-pairs', file('badpairs.jsonl', [pairs[0], { a: 'x', b: 'y', label: 'maybe' }])]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/badpairs\.jsonl line 2: label:/);
  });
});
