import { z } from 'zod';
import type { Analysis, Span } from '../src/engine/analysis/types.js';
import { defineRule, type FindingReport, type SuggestionReport } from '../src/engine/rule.js';

type MessageId = 'emojiRun' | 'emojiBullets' | 'keepOne' | 'fewerEmoji' | 'plainBullets';

// Flags (pairs of regional indicators) and keycaps ("1️⃣", read as "keycap one"), which the
// analysis's emoji (pictographs) leave out.
const FLAG_OR_KEYCAP = /[\u{1F1E6}-\u{1F1FF}]{2}|[0-9#*]\uFE0F?\u20E3/gu;
// Inside a wall, emoji may be spaced out ("🔥 🔥 🔥"); a line break or anything else ends it.
const INLINE_GAP = /^[ \t\u00a0\u200b\u200d\ufe0f]*$/u;

interface Wall {
  start: number;
  end: number;
  emoji: Span[];
}

/** The draft's emoji, flags and keycaps, in text order. */
function allEmoji(analysis: Analysis): Span[] {
  const flags: Span[] = [];
  FLAG_OR_KEYCAP.lastIndex = 0;
  for (let m = FLAG_OR_KEYCAP.exec(analysis.text); m; m = FLAG_OR_KEYCAP.exec(analysis.text)) flags.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  if (flags.length === 0) return [...analysis.emoji];
  return [...analysis.emoji, ...flags].sort((a, b) => a.start - b.start);
}

/** Runs of emoji with nothing but spaces between them, on one line. */
function walls(text: string, emoji: readonly Span[]): Wall[] {
  const out: Wall[] = [];
  let wall: Wall | undefined;
  for (const e of emoji) {
    if (wall && INLINE_GAP.test(text.slice(wall.end, e.start))) {
      wall.end = e.end;
      wall.emoji.push(e);
    } else {
      if (wall) out.push(wall);
      wall = { start: e.start, end: e.end, emoji: [e] };
    }
  }
  if (wall) out.push(wall);
  return out;
}

/**
 * Blocks of lines that each open with an emoji followed by words ("✅ Free shipping"),
 * as [first emoji, end of the block's last line]. Blank lines do not end a block; a
 * line that opens otherwise does.
 */
function bulletBlocks(analysis: Analysis, emoji: readonly Span[], minLines: number): Span[] {
  const { text } = analysis;
  const blocks: Span[] = [];
  let first: Span | undefined;
  let lastEnd = 0;
  let count = 0;
  let e = 0;
  const close = () => {
    if (first && count >= minLines) blocks.push({ start: first.start, end: lastEnd, text: text.slice(first.start, lastEnd) });
    first = undefined;
    count = 0;
  };
  for (const line of analysis.lines) {
    const lead = line.text.length - line.text.trimStart().length;
    if (lead === line.text.length) continue;
    const at = line.start + lead;
    while (e < emoji.length && emoji[e]!.start < at) e++;
    const opener = emoji[e];
    const opens = opener !== undefined && opener.start === at;
    // A line of emoji only is decoration (or a wall), not a bullet before words.
    const hasWords = opens && /[\p{L}\p{N}]/u.test(text.slice(opener.end, line.end));
    if (opens && hasWords) {
      first ??= opener;
      lastEnd = line.start + line.text.trimEnd().length;
      count++;
    } else close();
  }
  close();
  return blocks;
}

export default defineRule({
  meta: {
    id: 'emoji-wall',
    category: 'gimmicks',
    // A hint: the post still reads, it only takes a screen reader user much longer.
    severity: 'info',
    title: 'Emoji walls',
    description: 'A run of many emoji in a row, or emoji used as bullets at the start of line after line, which screen readers read out one by one.',
    why: 'A screen reader reads every emoji by its name: five flames are “fire, fire, fire, fire, fire”.',
    source: {
      article: '004_4271e1fef3cfc11c.txt',
      quote: 'Actually, people need to understand that content is the key to social media, not volume.',
    },
    messages: {
      emojiRun: '{{count}} emoji in a row: a screen reader reads each one out by name.',
      emojiBullets: '{{count}} lines open with an emoji: a screen reader reads the emoji’s name before every line.',
      keepOne: 'Keep one {{emoji}}.',
      fewerEmoji: 'Keep the one or two that say most, at the end of the sentence.',
      plainBullets: 'Start the lines with a plain “-” or “•”, or move the emoji to the end of each line.',
    },
  },
  options: z.strictObject({
    minRun: z.number().int().min(2).max(50).default(5).describe('Emoji in a row before it reads as a wall'),
    minBulletLines: z.number().int().min(2).max(50).default(3).describe('Lines in a row opening with an emoji before they read as emoji bullets'),
  }),
  check({ analysis, options }) {
    const { text } = analysis;
    const findings: FindingReport<MessageId>[] = [];
    const emoji = allEmoji(analysis);
    if (emoji.length === 0) return findings;
    for (const wall of walls(text, emoji)) {
      if (wall.emoji.length < options.minRun) continue;
      const one = wall.emoji[0]!.text;
      // Collapsing is safe only when every emoji is the same: it drops repetition, not meaning.
      const same = wall.emoji.every((e) => e.text === one);
      const suggestion: SuggestionReport<MessageId> = same
        ? { messageId: 'keepOne', data: { emoji: one }, edits: [{ range: [wall.start, wall.end], text: one }] }
        : { messageId: 'fewerEmoji' };
      findings.push({ messageId: 'emojiRun', range: [wall.start, wall.end], data: { count: wall.emoji.length }, suggestions: [suggestion] });
    }
    for (const block of bulletBlocks(analysis, emoji, options.minBulletLines)) {
      const lines = text.slice(block.start, block.end).split('\n').filter((l) => l.trim() !== '').length;
      findings.push({ messageId: 'emojiBullets', range: [block.start, block.end], data: { count: lines }, suggestions: [{ messageId: 'plainBullets' }] });
    }
    return findings.sort((a, b) => a.range[0] - b.range[0]);
  },
});
