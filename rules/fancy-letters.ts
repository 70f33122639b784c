import { z } from 'zod';
import { defineRule, type FindingReport } from '../src/engine/rule.js';
import { FULLWIDTH_FIRST, FULLWIDTH_LAST, foldFancy } from './support/fancy-text.js';

type MessageId = 'fancyLetters' | 'plainLetters';

interface Run {
  start: number;
  end: number;
  /** The run with each fancy character folded to its plain one. */
  plain: string;
  /** The most fancy letters and digits in a row in the run, so a lone symbol ("ℝ → ℝ") does not count as a word. */
  letters: number;
  /** Fancy letters and digits in a row at the end of the run so far. */
  inRow: number;
}

const ALNUM = /^[A-Za-z0-9]$/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Between two fancy words a run may go on over spaces and marks ("𝗕𝗶𝗴 — 𝗻𝗲𝘄𝘀"), never over
// a line break, a plain letter or digit, or a long stretch.
const MAX_GAP = 6;
const GAP_BREAKS = /[\p{L}\p{N}\n\r\u2028\u2029]/u;
// Generators have no small capital x and leave a plain one in the word ("ᴛᴇxᴛ").
const PLAIN_IN_SMALL_CAPS = /^[xq]$/;

const MAX_SHOWN = 40;

function shorten(text: string): string {
  if (text.length <= MAX_SHOWN) return text;
  let cut = MAX_SHOWN;
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--;
  return `${text.slice(0, cut)}…`;
}

/**
 * Runs of fancy characters, in one pass over the text. A run ends at a line break, at
 * a plain letter or digit (except an x or q inside small capitals), or after a gap of
 * more than MAX_GAP units of spaces and marks.
 */
export function fancyRuns(text: string): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  // Whether the current line has Chinese, Japanese or Korean in it, worked out once a line and only when asked.
  let lineStart = 0;
  let lineCjk: boolean | undefined;
  const onCjkLine = (at: number): boolean => {
    if (lineCjk === undefined) {
      const end = text.indexOf('\n', at);
      lineCjk = CJK.test(text.slice(lineStart, end < 0 ? text.length : end));
    }
    return lineCjk;
  };
  let gap = '';
  let gapOk = true;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (cp === 0x0a) {
      lineStart = i + 1;
      lineCjk = undefined;
    }
    const width = cp > 0xffff ? 2 : 1;
    const next = text.charCodeAt(i + width);
    let plain = foldFancy(cp, next);
    if (plain !== undefined && cp >= FULLWIDTH_FIRST && cp <= FULLWIDTH_LAST && onCjkLine(i)) plain = undefined;
    if (plain !== undefined) {
      if (run && gapOk && gap.length <= MAX_GAP) {
        run.plain += gap + plain;
        run.end = i + width;
      } else {
        if (run) runs.push(run);
        run = { start: i, end: i + width, plain, letters: 0, inRow: 0 };
      }
      run.inRow = ALNUM.test(plain) ? (gap === '' ? run.inRow : PLAIN_IN_SMALL_CAPS.test(gap) ? run.inRow + 1 : 0) + 1 : 0;
      run.letters = Math.max(run.letters, run.inRow);
      gap = '';
      gapOk = true;
    } else if (run) {
      const ch = text.slice(i, i + width);
      const smallCapsLetter = gap === '' && PLAIN_IN_SMALL_CAPS.test(ch) && foldFancy(text.codePointAt(i + width) ?? 0, text.charCodeAt(i + width + 1)) !== undefined;
      if (!smallCapsLetter && GAP_BREAKS.test(ch)) gapOk = false;
      if (gapOk) gap += ch;
      // A run that cannot go on is closed at once, so the gap never grows past MAX_GAP.
      if (!gapOk || gap.length > MAX_GAP) {
        runs.push(run);
        run = undefined;
        gap = '';
        gapOk = true;
      }
    }
    i += width;
  }
  if (run) runs.push(run);
  return runs;
}

export default defineRule({
  meta: {
    id: 'fancy-letters',
    category: 'gimmicks',
    // Unlike the other readability hints, this hides the words themselves from screen readers and search.
    severity: 'warning',
    title: 'Fancy Unicode letters',
    description: 'Letters borrowed from symbol blocks to look bold, italic, circled, wide or in small capitals (𝗕𝗶𝗴 𝗻𝗲𝘄𝘀, ⓒⓘⓡⓒⓛⓔⓓ, ＦＲＥＥ), which screen readers spell out or skip and search does not find.',
    why: 'To a screen reader “𝗕𝗶𝗴 𝗻𝗲𝘄𝘀” is a string of mathematical symbols, and search does not find it.',
    source: {
      article: '002_0caf8cfc3144613d.txt',
      quote: 'Social networking is for everyone, it just all boils down to what matters to you.',
    },
    messages: {
      fancyLetters: '“{{plain}}” is written in look-alike symbols: screen readers spell them out or skip them, and search does not find them.',
      plainLetters: 'Write it in plain letters: “{{plain}}”.',
    },
  },
  options: z.strictObject({
    minLetters: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(2)
      .describe('Fancy letters or digits in a row before it counts (one alone is usually a symbol, such as ℝ or ℓ)'),
  }),
  check({ analysis, options }) {
    const findings: FindingReport<MessageId>[] = [];
    for (const run of fancyRuns(analysis.text)) {
      if (run.letters < options.minLetters) continue;
      const shown = shorten(run.plain);
      findings.push({
        messageId: 'fancyLetters',
        range: [run.start, run.end],
        data: { plain: shown },
        suggestions: [{ messageId: 'plainLetters', data: { plain: shown }, edits: [{ range: [run.start, run.end], text: run.plain }] }],
      });
    }
    return findings;
  },
});
