/**
 * The `sociable lint` command as a person runs it: `node bin/sociable.mjs` from the
 * repository root, checking exit codes, stdout and the one-line reasons on stderr.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isValidRange } from '../../src/engine/ranges.js';
import { applySuggestion } from '../../src/engine/suggestions.js';
import type { Report } from '../../src/engine/types.js';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'sociable-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function sociable(args: readonly string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/sociable.mjs', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const CLEAN = 'Loved your talk on onboarding, Priya. The bit about pairing new hires with a buddy stuck with me. How did you get managers on board?';
const PITCH = 'Check out my new channel https://example.com/c/mine';
const TEMPLATE = 'Hi [Name],\nI saw your profile and wanted to connect. Buy now: https://shop.example.com/deal';

function expectOneLineReason(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('sociable lint', () => {
  it('exits 0 and says so when the draft is clean (text format, stdin with -)', async () => {
    const run = await sociable(['lint', '-'], CLEAN);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // No finding; the learned verdict still takes its point or two (the draft is not 0 % promotional).
    expect(run.stdout).toMatch(/^<stdin>\n {2}no findings\n\nscore (?:[89]\d(?:\.\d)?|100)\/100 \(social\) {2}\[sales-pitch -\d+(?:\.\d)?\]\n$/);
  });

  it('reads standard input when no file is given', async () => {
    const run = await sociable(['lint'], CLEAN);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/score (?:[89]\d(?:\.\d)?|100)\/100 \(social\)/);
  });

  it('exits 1 on a warning and prints position, severity, message, rule, suggestion and score', async () => {
    const run = await sociable(['lint', '-'], `${PITCH}\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('<stdin>');
    // "  1:26  warning  This link has only 5 word(s) ...  bare-link"
    expect(run.stdout).toMatch(/^ {2}1:26 {2}warning {2}This link has only \d+ word\(s\) of your own around it\. {2}bare-link$/m);
    expect(run.stdout).toMatch(/^ +-> +Lead with why this matters to you, then the link\.$/m);
    expect(run.stdout).toMatch(/^score \d+(?:\.\d)?\/100 \((?:social|mixed|broadcast)\) {2}\[.*bare-link -\d+(?:\.\d)?.*\]$/m);
  });

  it('prints the report as JSON with --format json', async () => {
    const run = await sociable(['lint', '-', '--format', 'json', '--surface', 'message', '--to', 'Sam Lee'], TEMPLATE);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(Object.keys(report).sort()).toEqual(['band', 'breakdown', 'findings', 'score', 'verdict']);
    expect(report.score).toBeLessThan(100);
    for (const f of report.findings) expect(isValidRange(TEMPLATE, f.range)).toBe(true);
    const merge = report.findings.find((f) => f.ruleId === 'template-greeting');
    expect(merge, run.stdout).toBeDefined();
    expect(TEMPLATE.slice(...merge!.range)).toBe('[Name]');
    // --to reaches the engine: the fix fills in the recipient's first name.
    expect(merge!.suggestions?.some((s) => s.edits?.some((e) => e.text === 'Sam'))).toBe(true);
    expect(report.breakdown.reduce((n, b) => n + b.count, 0)).toBe(report.findings.length);
  });

  it('prints a clean JSON report and exits 0', async () => {
    const run = await sociable(['lint', '--format=json', '-'], CLEAN);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report).toMatchObject({ band: 'social', findings: [] });
    expect(report.score).toBeGreaterThanOrEqual(80);
    // The verdict's cost is its own line, with no finding behind it.
    expect(report.breakdown).toEqual([{ ruleId: 'sales-pitch', category: 'promotional', severity: 'info', count: 0, points: expect.any(Number) }]);
    expect(report.breakdown[0]!.points).toBeCloseTo(100 - report.score, 5);
  });

  it('reads a file, names it, and counts lines and columns after Windows line endings', async () => {
    const path = file('post.txt', `I made this.\r\n${PITCH}\r\n`);
    const run = await sociable(['lint', path, '--platform', 'linkedin']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe(path);
    expect(run.stdout).toMatch(/^ {2}2:26 {2}warning .* bare-link$/m);
  });

  it('exits 2 with a one-line reason for a missing file', async () => {
    const missing = join(dir, 'nope.txt');
    expectOneLineReason(await sociable(['lint', missing]), new RegExp(`^sociable lint: no such file: ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('exits 2 with a one-line reason for an unknown option', async () => {
    expectOneLineReason(await sociable(['lint', '-', '--colour', 'red'], CLEAN), /^sociable lint: unknown option --colour$/);
  });

  it('exits 2 with a one-line reason for a bad --platform, a bad --format and a missing value', async () => {
    const [platform, format, to] = await Promise.all([
      sociable(['lint', '-', '--platform', 'myspace'], CLEAN),
      sociable(['lint', '-', '--format', 'xml'], CLEAN),
      sociable(['lint', '-', '--to'], CLEAN),
    ]);
    expectOneLineReason(platform, /^sociable lint: --platform must be one of x, linkedin, facebook, generic$/);
    expectOneLineReason(format, /^sociable lint: --format must be one of text, json$/);
    expectOneLineReason(to, /^sociable lint: option --to needs a value$/);
  });

  it('exits 2 for two files and for an unknown command', async () => {
    const [two, unknown] = await Promise.all([sociable(['lint', 'a.txt', 'b.txt']), sociable(['lnit'])]);
    expectOneLineReason(two, /^sociable lint: lint takes one file, got 2$/);
    expectOneLineReason(unknown, /^sociable: unknown command "lnit"/);
  });
});

describe('sociable lint: posts everyone can read (issue 9)', () => {
  const A11Y = '𝗕𝗶𝗴 𝗻𝗲𝘄𝘀 from the allotment: the first tomatoes 🍅🍅🍅🍅🍅 #growyourown\n✅ Sown in March\n✅ Watered daily\n✅ Picked today';

  it('reports fancy letters, one-case hashtags and emoji walls, each with its fix, in text', async () => {
    const run = await sociable(['lint', '-'], A11Y);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}1:1 {2}warning {2}“Big news” is written in look-alike symbols.* {2}fancy-letters\n {11}fix {2}Write it in plain letters: “Big news”\.$/m);
    expect(run.stdout).toMatch(/^ {2}1:\d+ {2}info {5}5 emoji in a row: .* {2}emoji-wall\n {11}fix {2}Keep one 🍅\.$/m);
    expect(run.stdout).toMatch(/^ {2}1:\d+ {2}info {5}“#growyourown” runs 3 words together.* {2}hashtag-case\n {11}fix {2}Capitalise each word: #GrowYourOwn\.$/m);
    expect(run.stdout).toMatch(/^ {2}2:1 {2}info {5}3 lines open with an emoji: .* {2}emoji-wall\n {11}-> {3}Start the lines with a plain/m);
  });

  it('gives fixes in JSON that applySuggestion turns into the expected text', async () => {
    const run = await sociable(['lint', '-', '--format', 'json'], A11Y);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const fixed = (ruleId: string) => {
      const finding = report.findings.find((f) => f.ruleId === ruleId && f.suggestions?.some((s) => s.edits?.length));
      expect(finding, `${ruleId} in ${run.stdout}`).toBeDefined();
      expect(isValidRange(A11Y, finding!.range)).toBe(true);
      return applySuggestion(A11Y, finding!.suggestions!.find((s) => s.edits?.length)!);
    };
    const rest = '\n✅ Sown in March\n✅ Watered daily\n✅ Picked today';
    expect(fixed('fancy-letters')).toBe(`Big news from the allotment: the first tomatoes 🍅🍅🍅🍅🍅 #growyourown${rest}`);
    expect(fixed('hashtag-case')).toBe(`𝗕𝗶𝗴 𝗻𝗲𝘄𝘀 from the allotment: the first tomatoes 🍅🍅🍅🍅🍅 #GrowYourOwn${rest}`);
    expect(fixed('emoji-wall')).toBe(`𝗕𝗶𝗴 𝗻𝗲𝘄𝘀 from the allotment: the first tomatoes 🍅 #growyourown${rest}`);
    const bullets = report.findings.find((f) => f.ruleId === 'emoji-wall' && !f.suggestions?.some((s) => s.edits?.length));
    expect(A11Y.slice(...bullets!.range)).toBe('✅ Sown in March\n✅ Watered daily\n✅ Picked today');
  });
});
