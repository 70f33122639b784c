import { z } from 'zod';
import type { Span } from '../src/engine/analysis/types.js';
import { ownWordCount } from '../src/engine/analysis/words.js';
import { findPhraseGroups, mapSentences } from '../src/engine/analysis/phrase-cache.js';
import type { Analysis } from '../src/engine/analysis/types.js';
import { loadLexicon } from '../src/engine/phrases.js';
import { defineRule, type FindingReport } from '../src/engine/rule.js';
import type { Edit, Range } from '../src/engine/types.js';
import baitData from './lexicons/engagement-bait.json' with { type: 'json' };

type MessageId =
  | 'shouting'
  | 'punctuationRun'
  | 'hashtagStuffing'
  | 'hashtagsOverWords'
  | 'engagementBait'
  | 'sentenceCase'
  | 'collapse'
  | 'keepHashtags'
  | 'sayItInWords'
  | 'askInstead';

const bait = loadLexicon('engagement-bait', baitData);
const BAIT_GROUP_NAMES = Object.keys(bait.groups);
const BAIT_GROUPS = BAIT_GROUP_NAMES.map((group) => bait.groups[group]!);

// A word for the shouting check: letters, digits and apostrophes ("DON'T", "2NITE").
const WORD = /[\p{L}\p{N}'\u2019]+/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CASED_LETTER = /[\p{Lu}\p{Ll}]/gu;
const PUNCTUATION_RUN = /[!?\uff01\uff1f]{2,}/gu;
const QUESTION_MARK = /[?\uff1f]/u;
const SENTENCE_START = /(^|[.!?\u2026]\s+)(\p{L})/gu;
const LONE_I = /(?<![\p{L}\p{N}])i(?=$|[^\p{L}\p{N}]|['\u2019](?:m|ll|d|ve)\b)/gu;
const BEFORE_SENTENCE = /(?:^|[.!?\u2026:]\s*|\n\s*)$/u;
const INLINE_SPACE = /[ \t\u00a0]/;
// Matched together, sentence by sentence: the bait groups, then runs of !!! and ???.
const PATTERNS: readonly RegExp[] = [...BAIT_GROUPS, PUNCTUATION_RUN];

interface ShoutedRun extends Span {
  words: number;
  letters: number;
}

/** A word with a lower-case letter, or a line break between two words: either ends a run. */
const BREAK = null;

/**
 * One sentence's runs of words with capitals and breaks, in order, with offsets relative
 * to the sentence. Runs in neighbouring sentences join up in shoutedRuns.
 */
function shoutedParts(text: string): (ShoutedRun | typeof BREAK)[] {
  const parts: (ShoutedRun | typeof BREAK)[] = [];
  let run: ShoutedRun | undefined;
  let lastEnd = -1;
  const close = () => {
    if (run) parts.push(run);
    run = undefined;
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if (lastEnd >= 0 && text.slice(lastEnd, start).includes('\n')) {
      close();
      parts.push(BREAK);
    }
    lastEnd = end;
    if (LOWER.test(word)) {
      close();
      parts.push(BREAK);
      continue;
    }
    if (!UPPER.test(word)) continue;
    const letters = word.match(CASED_LETTER)?.length ?? 0;
    if (run) {
      run.end = end;
      run.words++;
      run.letters += letters;
    } else run = { start, end, text: '', words: 1, letters };
  }
  close();
  return parts;
}

/**
 * Runs of words with capitals and no lower-case letter, within one line; digits-only
 * words neither break nor count. Worked out sentence by sentence, so a re-lint looks again
 * only at the sentence that changed.
 */
function shoutedRuns(analysis: Analysis): ShoutedRun[] {
  const { text } = analysis;
  const runs: ShoutedRun[] = [];
  let run: ShoutedRun | undefined;
  const close = () => {
    if (run) runs.push(run);
    run = undefined;
  };
  const sentenceParts = mapSentences(analysis, shoutedParts);
  sentenceParts.forEach((parts, i) => {
    const at = analysis.sentences[i]!.start;
    for (const part of parts) {
      if (part === BREAK) {
        close();
        continue;
      }
      const start = part.start + at;
      if (run && text.slice(run.end, start).includes('\n')) close();
      if (run) {
        run.end = part.end + at;
        run.words += part.words;
        run.letters += part.letters;
      } else run = { start, end: part.end + at, text: '', words: part.words, letters: part.letters };
    }
  });
  close();
  for (const r of runs) r.text = text.slice(r.start, r.end);
  return runs;
}

/** Lower-case a shouted run, capitalising sentence starts and the pronoun "I". */
export function toSentenceCase(run: string, startsSentence: boolean): string {
  const lower = run.toLowerCase();
  const cased = lower.replace(SENTENCE_START, (whole: string, lead: string, letter: string, offset: number) =>
    offset === 0 && !startsSentence ? whole : lead + letter.toUpperCase(),
  );
  return cased.replace(LONE_I, 'I');
}

/** The range to delete for one hashtag: the tag and the spaces before it (or after it, at the start of a line). */
function removalRange(text: string, tag: Span): Range {
  let start = tag.start;
  while (start > 0 && INLINE_SPACE.test(text[start - 1] ?? '')) start--;
  let end = tag.end;
  if (start === 0 || text[start - 1] === '\n') {
    start = tag.start;
    while (end < text.length && INLINE_SPACE.test(text[end] ?? '')) end++;
  }
  return [start, end];
}

/** Merge touching or overlapping deletions so the edits never overlap; a line left empty goes with its line break. */
function mergeDeletions(text: string, ranges: Range[]): Edit[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  for (const range of merged) {
    const wholeLine = (range[0] === 0 || text[range[0] - 1] === '\n') && (range[1] === text.length || text[range[1]] === '\n');
    if (wholeLine && range[0] > 0) range[0] -= 1;
  }
  return merged.map((range) => ({ range, text: '' }));
}

export default defineRule({
  meta: {
    id: 'gimmicks',
    category: 'gimmicks',
    severity: 'warning',
    title: 'Gimmicks',
    description: 'Shouting in capitals, runs of !!! or ???, hashtag stuffing and engagement bait ("like if you agree", "tag 3 friends").',
    why: 'Caps, hashtag walls and "like if you agree" are the tricks of automated accounts; people scroll past them.',
    source: {
      article: '003_0f25b87894c1b256.txt',
      quote: 'Sure, you can buy an automated tool that employs lots of gimmicks to rapidly increase your follower count.',
    },
    messages: {
      shouting: 'This is written in capitals, which reads as shouting.',
      punctuationRun: '“{{run}}” reads as shouting.',
      hashtagStuffing: '{{count}} hashtags: more than {{max}} reads as hashtag stuffing.',
      hashtagsOverWords: '{{count}} hashtags and only {{words}} word(s) of your own.',
      engagementBait: '“{{phrase}}” asks for likes, shares or tags instead of earning them.',
      sentenceCase: 'Write it in sentence case; keep capitals for one word you want to stress.',
      collapse: 'Use a single “{{mark}}”.',
      keepHashtags: 'Keep the first {{max}} hashtags and remove the rest.',
      sayItInWords: 'Say in a sentence of your own what this is about, and keep one or two hashtags.',
      askInstead: 'Ask a real question instead, one people would want to answer.',
    },
  },
  options: z.strictObject({
    minWords: z
      .number()
      .int()
      .min(0)
      .max(200)
      .default(8)
      .describe('Words a draft needs before capitals and !!! count (a short exclamation is enthusiasm, not a gimmick)'),
    minShoutWords: z.number().int().min(1).max(50).default(3).describe('Words in capitals in a row before it reads as shouting'),
    minShoutLetters: z
      .number()
      .int()
      .min(2)
      .max(500)
      .default(12)
      .describe('Letters in capitals in a row before it reads as shouting (so acronyms do not count)'),
    minPunctuationRun: z.number().int().min(2).max(20).default(3).describe('Exclamation or question marks in a row before it reads as shouting'),
    maxHashtags: z.number().int().min(1).max(30).default(5).describe('Hashtags in one post before it reads as stuffing'),
    minHashtagsForRatio: z
      .number()
      .int()
      .min(1)
      .max(30)
      .default(3)
      .describe('Hashtags needed before "more hashtags than words" counts'),
  }),
  // Engagement bait ("thumbs up if ...", "tag 3 friends") is evidence for the learned
  // verdict too: comment spam leans on it, and the model learns how much it counts.
  evidence({ analysis }) {
    const matches = findPhraseGroups(analysis, PATTERNS);
    const found: Record<string, number> = {};
    BAIT_GROUP_NAMES.forEach((group, g) => {
      if (matches[g]!.length > 0) found[group] = 1;
    });
    return found;
  },
  check({ analysis, options }) {
    const { text } = analysis;
    const findings: FindingReport<MessageId>[] = [];
    const judgeTone = ownWordCount(analysis) >= options.minWords;

    for (const run of judgeTone ? shoutedRuns(analysis) : []) {
      if (run.words < options.minShoutWords || run.letters < options.minShoutLetters) continue;
      const startsSentence = BEFORE_SENTENCE.test(text.slice(Math.max(0, run.start - 200), run.start));
      const fixed = toSentenceCase(run.text, startsSentence);
      findings.push({
        messageId: 'shouting',
        range: [run.start, run.end],
        // Many people type whole texts in capitals on old phones: a weak signal on its own.
        severity: 'info',
        suggestions: [{ messageId: 'sentenceCase', ...(fixed === run.text ? {} : { edits: [{ range: [run.start, run.end], text: fixed }] }) }],
      });
    }

    const matches = findPhraseGroups(analysis, PATTERNS);
    for (const m of judgeTone ? matches[BAIT_GROUPS.length]! : []) {
      if (m.text.length < options.minPunctuationRun) continue;
      const mark = m.text.match(QUESTION_MARK)?.[0] ?? m.text[0] ?? '!';
      const range: Range = [m.start, m.end];
      findings.push({
        messageId: 'punctuationRun',
        range,
        data: { run: m.text },
        severity: 'info',
        suggestions: [{ messageId: 'collapse', data: { mark }, edits: [{ range, text: mark }] }],
      });
    }

    const tags = analysis.hashtags;
    if (tags.length > options.maxHashtags) {
      const extra = tags.slice(options.maxHashtags);
      // A wall of tags with little said, or twice the limit, is stuffing. A few tags over
      // the limit closing a post with something to say is a habit (many LinkedIn posts end
      // with six to ten), so a hint: 66 of the 593 genuine LinkedIn posts we labelled.
      const wall = tags.length > 2 * options.maxHashtags || tags.length > ownWordCount(analysis);
      findings.push({
        messageId: 'hashtagStuffing',
        range: [extra[0]!.start, tags[tags.length - 1]!.end],
        data: { count: tags.length, max: options.maxHashtags },
        ...(wall ? {} : { severity: 'info' as const }),
        suggestions: [
          {
            messageId: 'keepHashtags',
            data: { max: options.maxHashtags },
            edits: mergeDeletions(text, extra.map((tag) => removalRange(text, tag))),
          },
        ],
      });
    } else if (tags.length >= options.minHashtagsForRatio) {
      const words = ownWordCount(analysis);
      if (tags.length > words) {
        findings.push({
          messageId: 'hashtagsOverWords',
          range: [tags[0]!.start, tags[tags.length - 1]!.end],
          data: { count: tags.length, words },
          suggestions: [{ messageId: 'sayItInWords' }],
        });
      }
    }

    const seen = new Set<number>();
    for (let g = 0; g < BAIT_GROUPS.length; g++) {
      for (const hit of matches[g]!) {
        if (seen.has(hit.start)) continue;
        seen.add(hit.start);
        findings.push({
          messageId: 'engagementBait',
          range: [hit.start, hit.end],
          data: { phrase: hit.text },
          suggestions: [{ messageId: 'askInstead' }],
        });
      }
    }
    return findings;
  },
});
