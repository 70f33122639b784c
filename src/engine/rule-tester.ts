import type { HistoryView } from './history-view.js';
import { lint } from './lint.js';
import { isValidRange } from './ranges.js';
import type { RuleModule } from './rule.js';
import { applySuggestion } from './suggestions.js';
import type { Finding, Platform, Range, Severity, Surface } from './types.js';

/**
 * Valid and invalid drafts for one rule, in the manner of ESLint's RuleTester. It
 * runs the whole engine (analysis, settings, ranges) with only that rule enabled, so
 * a passing case is what a person would see.
 */
export interface TestCase {
  text: string;
  name?: string;
  platform?: Platform;
  surface?: Surface;
  recipient?: string;
  options?: Record<string, unknown>;
  history?: HistoryView;
}

export interface ExpectedSuggestion {
  messageId: string;
  /** The text after applying this suggestion; required when the suggestion is a fix. */
  output?: string;
}

export interface ExpectedFinding {
  messageId: string;
  range?: Range;
  /** The text the finding covers: easier to read than offsets. */
  covers?: string;
  severity?: Severity;
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase extends TestCase {
  errors: ExpectedFinding[];
}

export interface InvalidOptionsCase {
  options: Record<string, unknown>;
  /** A fragment of the expected error, which names the option's path. */
  error: string | RegExp;
}

export interface RuleTests {
  valid: (string | TestCase)[];
  invalid: InvalidCase[];
  invalidOptions?: InvalidOptionsCase[];
}

type Block = (name: string, fn: () => void) => void;

export class RuleTestError extends Error {
  override name = 'RuleTestError';
}

function fail(message: string): never {
  throw new RuleTestError(message);
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

function runCase(rule: RuleModule, test: TestCase): Finding[] {
  const settings = { rules: { [rule.meta.id]: { enabled: true, ...(test.options ? { options: test.options } : {}) } } };
  const result = lint(
    { text: test.text, platform: test.platform ?? 'generic', surface: test.surface ?? 'post', ...(test.recipient ? { recipient: test.recipient } : {}) },
    { rules: [rule], settings, ...(test.history ? { history: test.history } : {}) },
  );
  if (result.failures?.length) fail(`rule threw: ${result.failures.map((f) => f.error).join('; ')}`);
  for (const f of result.findings) {
    if (!isValidRange(test.text, f.range)) fail(`invalid range ${show(f.range)} for text of length ${test.text.length}`);
    if (!f.message.trim() || /\{\{/.test(f.message)) fail(`message "${f.message}" is empty or has an unfilled placeholder`);
  }
  return result.findings;
}

function checkFinding(text: string, actual: Finding, expected: ExpectedFinding, index: number): void {
  const where = `finding ${index}`;
  if (actual.messageId !== expected.messageId) fail(`${where}: expected messageId "${expected.messageId}", got "${actual.messageId}" (${actual.message})`);
  if (expected.range && (actual.range[0] !== expected.range[0] || actual.range[1] !== expected.range[1]))
    fail(`${where}: expected range ${show(expected.range)}, got ${show(actual.range)} ("${text.slice(...actual.range)}")`);
  if (expected.covers !== undefined && text.slice(actual.range[0], actual.range[1]) !== expected.covers)
    fail(`${where}: expected to cover ${show(expected.covers)}, covers ${show(text.slice(actual.range[0], actual.range[1]))}`);
  if (expected.severity && actual.severity !== expected.severity) fail(`${where}: expected severity ${expected.severity}, got ${actual.severity}`);
  const suggestions = actual.suggestions ?? [];
  for (const s of suggestions) {
    if (!s.edits?.length) continue;
    const want = expected.suggestions?.find((e) => e.messageId === s.messageId);
    if (want?.output === undefined) fail(`${where}: fix "${s.messageId}" has no expected output in the test case; its output is ${show(applySuggestion(text, s))}`);
    const got = applySuggestion(text, s);
    if (got !== want.output) fail(`${where}: fix "${s.messageId}" produced ${show(got)}, expected ${show(want.output)}`);
  }
  for (const want of expected.suggestions ?? []) {
    if (!suggestions.some((s) => s.messageId === want.messageId)) fail(`${where}: expected a suggestion "${want.messageId}", got ${show(suggestions.map((s) => s.messageId))}`);
  }
}

export class RuleTester {
  constructor(private readonly blocks: { describe: Block; it: Block }) {}

  run(rule: RuleModule, tests: RuleTests): void {
    const { describe, it } = this.blocks;
    describe(rule.meta.id, () => {
      it('has options with defaults and messages for its ids', () => {
        if (!rule.options.safeParse({}).success) fail('options schema must accept {} (every option needs a default)');
        if (Object.keys(rule.meta.messages).length === 0) fail('meta.messages is empty');
        if (tests.invalid.length === 0) fail('a rule needs at least one invalid case');
      });
      describe('valid', () => {
        tests.valid.forEach((raw, i) => {
          const test = typeof raw === 'string' ? { text: raw } : raw;
          it(test.name ?? `#${i}: ${test.text.slice(0, 60)}`, () => {
            const findings = runCase(rule, test);
            if (findings.length) fail(`expected no findings, got ${show(findings.map((f) => `${f.messageId} "${test.text.slice(...f.range)}"`))}`);
          });
        });
      });
      describe('invalid', () => {
        tests.invalid.forEach((test, i) => {
          it(test.name ?? `#${i}: ${test.text.slice(0, 60)}`, () => {
            if (test.errors.length === 0) fail('an invalid case must expect at least one finding');
            const findings = runCase(rule, test);
            if (findings.length === 0) fail('expected findings, got none');
            if (findings.length !== test.errors.length)
              fail(`expected ${test.errors.length} finding(s), got ${findings.length}: ${show(findings.map((f) => `${f.messageId} "${test.text.slice(...f.range)}"`))}`);
            findings.forEach((f, j) => checkFinding(test.text, f, test.errors[j]!, j));
          });
        });
      });
      if (tests.invalidOptions?.length) {
        describe('invalid options', () => {
          tests.invalidOptions!.forEach((test, i) => {
            it(`#${i}: ${show(test.options)}`, () => {
              let message = '';
              try {
                runCase(rule, { text: 'x', options: test.options });
              } catch (error) {
                message = error instanceof Error ? error.message : String(error);
              }
              if (!message) fail('expected the options to be refused');
              const ok = typeof test.error === 'string' ? message.includes(test.error) : test.error.test(message);
              if (!ok) fail(`error "${message}" does not match ${String(test.error)}`);
            });
          });
        });
      }
    });
  }
}
