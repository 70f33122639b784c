/**
 * "No draft makes it throw" (issue 2): hostile and huge drafts through every
 * registered rule, and a property test over arbitrary strings. Each draft must give a
 * report whose ranges are all valid; the 5 s bound is a loose safety net against a
 * pathological slowdown, not a benchmark (that lives in bench/).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realisticDraft } from '../../bench/drafts.js';
import { rules } from '../../rules/index.js';
import { clearAnalysisCache } from '../../src/engine/analysis/analyse.js';
import { lint, type LintResult } from '../../src/engine/lint.js';
import { isValidRange } from '../../src/engine/ranges.js';
import { applySuggestion } from '../../src/engine/suggestions.js';
import { PLATFORMS, SURFACES, type Draft } from '../../src/engine/types.js';

// Every registered rule, including any that is off by default.
const ALL_ON = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, { enabled: true }])) };
const SAFETY_MS = 5000;

function repeatTo(unit: string, length: number): string {
  let out = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  // Never end on half a pair: that case has drafts of its own below.
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/** Lints and checks everything a renderer relies on; returns the report. */
function lintChecked(draft: Draft): LintResult {
  const report = lint(draft, { settings: ALL_ON });
  const { text } = draft;
  expect(report.failures, `rules that threw: ${JSON.stringify(report.failures)}`).toBeUndefined();
  expect(report.score).toBeGreaterThanOrEqual(0);
  expect(report.score).toBeLessThanOrEqual(100);
  expect(Math.round(report.score * 10) / 10).toBe(report.score);
  for (const f of report.findings) {
    expect(isValidRange(text, f.range), `${f.ruleId} range ${JSON.stringify(f.range)} in a text of ${text.length}`).toBe(true);
    expect(f.message.trim()).not.toBe('');
    for (const s of f.suggestions ?? []) {
      for (const e of s.edits ?? []) expect(isValidRange(text, e.range), `${f.ruleId} edit ${JSON.stringify(e.range)}`).toBe(true);
      if (s.edits?.length) expect(typeof applySuggestion(text, s)).toBe('string');
    }
  }
  expect(report.breakdown.reduce((n, b) => n + b.count, 0)).toBe(report.findings.length);
  return report;
}

const EMOJI_MIX = '👩🏽‍💻👍🏿❤️👨‍👩‍👧‍👦🏳️‍🌈🧑🏻‍🤝‍🧑🏿🙂 ';
const ARABIC = 'مرحبا بكم في منشوري الجديد، شكرا لكم على الدعم! هل جربتم هذا؟ ';
const HEBREW = 'שלום לכולם, תודה רבה על התמיכה. מה דעתכם? ';
const CJK = '我今天在会议上学到了很多东西。你们觉得怎么样？ありがとうございます！감사합니다. ';
const HTML =
  '<script>alert("x")</script><img src=x onerror="alert(1)"> &amp; &lt;b&gt;bold&lt;/b&gt; &#x1F600; &nbsp; <a href="https://example.com">link</a> <!-- comment --> <style>*{}</style> ';
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u0085\u200b\u200e\u200f\u202e\u2066\ufeff\ufffe\uffff';

const HOSTILE: Record<string, string> = {
  'one letter, 100,000 times': 'a'.repeat(100_000),
  'one capital letter, 100,000 times': 'A'.repeat(100_000),
  'a word and a space, 100,000 characters': repeatTo('buy ', 100_000),
  'a link flood': repeatTo('https://example.com/deal?id=1 ', 60_000),
  'a bare-domain and short-link flood': repeatTo('shop.io bit.ly/x t.co/abc www.example.org ', 60_000),
  'a mention and hashtag flood': repeatTo('@sam #deal $TSLA #win ', 60_000),
  'an emoji flood (ZWJ sequences, skin tones, flags)': repeatTo(EMOJI_MIX, 60_000),
  'emoji with no spaces at all': repeatTo('👩🏽‍💻', 60_000),
  'a lone high surrogate at the start': '\ud83d Check out my page https://example.com now!',
  'a lone low surrogate at the start': '\ude00 Check out my page https://example.com now!',
  'lone surrogates in the middle': 'Buy now \ud83d\ud83d cheap \ude00 deals \ude00\ud83d at https://example.com',
  'a lone high surrogate at the end': 'I loved this talk, thanks @sam! \ud83d',
  'a lone low surrogate at the end': 'I loved this talk, thanks @sam! \ude00',
  'only lone surrogates': repeatTo('\ude00\ud83d', 20_000),
  'Arabic (RTL)': repeatTo(ARABIC, 20_000),
  'Hebrew (RTL)': repeatTo(HEBREW, 20_000),
  'CJK': repeatTo(CJK, 20_000),
  'mixed direction with controls': `${ARABIC}\u202eBUY NOW\u202c ${HEBREW} https://example.com/\u202e ${CJK}`,
  'HTML and entities': repeatTo(HTML, 30_000),
  'NUL and control characters': repeatTo(`${CONTROLS}Hi there${CONTROLS}`, 20_000),
  'only white space and line breaks': repeatTo(' \n\t\r\u00a0\u3000\u2028', 50_000),
  'only punctuation': repeatTo('!?.…,;:"\'()[]{}', 50_000),
  'one exclamation mark, 100,000 times (no space to end a sentence)': '!'.repeat(100_000),
  'one full stop, 100,000 times': '.'.repeat(100_000),
  'one endless sentence of 100,000 characters': repeatTo('and then we ', 100_000),
  'digits (phone and money patterns)': repeatTo('0800 123 4567 $1,000,000.00 99% ', 50_000),
  'one endless line of digits': '1'.repeat(100_000),
  // Runs a pattern can start anywhere inside (a number, a host name, an email address): each
  // must be matched in one pass, not once from every character.
  'digits and commas with no space (a number that never ends)': repeatTo('1,', 60_000),
  'a line of dashes': '-'.repeat(60_000),
  'a word and a dash, 60,000 characters': repeatTo('a-', 60_000),
  'a word and a full stop, with no space': repeatTo('a.', 60_000),
  'an address-like run with no @': repeatTo('a.b+', 60_000),
  'a merge field flood': repeatTo('Dear [Name], {{first_name}} %FIRSTNAME% ', 50_000),
  'a realistic draft of 63,206 characters': realisticDraft(63_206, 42),
};

describe('no draft makes it throw', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name} (${text.length} code units)`, () => {
      for (const draft of [
        { text, platform: 'x', surface: 'post' },
        { text, platform: 'linkedin', surface: 'message', recipient: 'Sam Lee' },
      ] satisfies Draft[]) {
        clearAnalysisCache();
        const started = performance.now();
        lintChecked(draft);
        const elapsed = performance.now() - started;
        expect(elapsed, `${draft.platform}/${draft.surface} took ${Math.round(elapsed)} ms`).toBeLessThan(SAFETY_MS);
      }
    });
  }

  it('flags what it should even in a huge draft (the engine does not give up on long text)', () => {
    const report = lintChecked({ text: repeatTo('https://example.com/deal?id=1 ', 60_000), platform: 'x', surface: 'post' });
    expect(report.findings.some((f) => f.ruleId === 'bare-link')).toBe(true);
  });
});

describe('no draft makes it throw (property)', () => {
  const draftOf = (text: fc.Arbitrary<string>) =>
    fc.record(
      { text, platform: fc.constantFrom(...PLATFORMS), surface: fc.constantFrom(...SURFACES), recipient: fc.string({ maxLength: 30 }) },
      { requiredKeys: ['text', 'platform', 'surface'] },
    );
  const SOCIAL = ['https://example.com/x', 'shop.io', '@sam', '#win', '$5', '50% off', 'Buy now!', 'DM me', 'I ', 'you ', '?', '!!!', '\n', ' ', '🙂', '👩🏽‍💻', '[Name]', '{{first_name}}', 'Dear friend,', 'FREE', '\ud83d', '\ude00'];

  it('over arbitrary code points, lone surrogates included', () => {
    fc.assert(
      fc.property(draftOf(fc.string({ unit: 'binary', maxLength: 300 })), (draft) => {
        lintChecked(draft);
      }),
      { numRuns: 300 },
    );
  });

  it('over arbitrary graphemes and UTF-16 code units', () => {
    fc.assert(
      fc.property(draftOf(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }))), (draft) => {
        lintChecked(draft);
      }),
      { numRuns: 300 },
    );
  });

  it('over social-looking text built from risky pieces', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...SOCIAL), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(draftOf(text), (draft) => {
        const report = lintChecked(draft);
        // Applying every fix of every finding gives a string, and linting that string works too.
        for (const f of report.findings) for (const s of f.suggestions ?? []) if (s.edits?.length) lintChecked({ ...draft, text: applySuggestion(draft.text, s) });
      }),
      { numRuns: 300 },
    );
  });
});
