/**
 * Reuse variants: a message and a copy of it with one edit people make when they send
 * the same thing again. Used to measure the copy-paste detector (test/history and
 * `sociable eval-pairs`), on any text, so nothing is tuned to particular messages.
 * Deterministic: the same text and edit give the same variant.
 */

export const EDIT_KINDS = [
  'greeting',
  'emoji',
  'punctuation',
  'whitespace',
  'case',
  'link',
  'sentence-added',
  'sentence-removed',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface VariantPair {
  edit: EditKind;
  /** The message as first sent. */
  a: string;
  /** The edited copy. */
  b: string;
}

type Random = () => number;

// mulberry32: a tiny seeded generator, so variants are reproducible.
function seeded(seed: number): Random {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string, edit: string): number {
  let h = 2166136261;
  for (const ch of `${edit}\u0000${text}`) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const NAMES = ['Sam', 'Maria', 'Alex', 'Priya', 'John', 'Aisha', 'Tom', 'Chen', 'Laura', 'Diego', 'Fatima', 'Ben'];
const GREETINGS: readonly ((name: string) => string)[] = [
  (n) => `Hi ${n}, `,
  (n) => `Hello ${n}! `,
  (n) => `Hey ${n} - `,
  (n) => `Dear ${n},\n`,
  (n) => `Good morning ${n}! `,
  (n) => `Hi ${n}!\n\n`,
  (n) => `${n}, `,
  () => 'Hi there, ',
  () => 'Hey everyone! ',
  () => 'Hello all, ',
];
const EMOJI = ['😊', '🙏', '🔥', '👉', '🎉', '❤️', '👍', '✨', '😂', '🚀', '💯', '👋🏽'];
const ADDED_SENTENCES = [
  'Hope you are doing well.',
  'Let me know what you think!',
  'Have a great weekend.',
  'Thanks for reading.',
  'I thought of you when I saw this.',
  'Would love to hear from you soon.',
  'Happy Monday everyone!',
  'Feel free to share it with your friends.',
  'It has been a busy week here.',
  'Just wanted to pass this along.',
];
const LINKS = ['https://example.com/offer?id=42', 'https://bit.ly/3xYzAbc', 'www.example.org/page/7', 'https://youtu.be/dQw4w9WgXcQ'];
const LINK_IN_TEXT = /\b(?:https?:\/\/|www\.)\S+/giu;
const HAS_LINK = /\b(?:https?:\/\/|www\.)\S+/iu;
const EMOJI_IN_TEXT = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*/gu;
const HAS_EMOJI = /\p{Extended_Pictographic}/u;

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function sentencesOf(text: string): string[] {
  return [...sentenceSegmenter.segment(text)].map((s) => s.segment).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words with a letter, not counting links (a text of links is not "a message"). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/^(?:https?:|www\.)|\.[a-z]{2,}\//iu.test(w)).length;
}

function withGreeting(text: string, random: Random): string {
  const greeting = pick(random, GREETINGS)(pick(random, NAMES));
  return greeting + text;
}

function withEmojiChanged(text: string, random: Random): string {
  if (HAS_EMOJI.test(text)) return text.replace(EMOJI_IN_TEXT, '');
  const words = text.split(' ');
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * (words.length + 1));
    words.splice(at, 0, pick(random, EMOJI));
  }
  return words.join(' ');
}

function withPunctuationChanged(text: string, random: Random): string {
  const mode = Math.floor(random() * 4);
  if (mode === 0) return text.replace(/[.,!?;:'"’“”()-]/g, '');
  if (mode === 1) return text.replace(/\./g, '!').replace(/,/g, ' -') + '!!';
  if (mode === 2) return text.replace(/([.!?])(\s|$)/g, '$1$1$1$2').replace(/'/g, '’');
  return text.replace(/,/g, '').replace(/([\p{L}\p{N}])(\s+)(?=\p{Lu})/gu, '$1.$2') + (/[.!?]$/.test(text) ? '' : '.');
}

function withWhitespaceChanged(text: string, random: Random): string {
  const mode = Math.floor(random() * 3);
  if (mode === 0) return `  ${text.replace(/ /g, '  ')}\n`;
  if (mode === 1) return text.replace(/([.!?])\s+/g, '$1\n\n').replace(/\s+/g, (s) => (s.includes('\n') ? s : ' '));
  return text.replace(/\s+/g, ' ').trim().replace(/ (\S+) /, '\t$1 ');
}

function withCaseChanged(text: string, random: Random): string {
  const mode = Math.floor(random() * 3);
  if (mode === 0) return text.toUpperCase();
  if (mode === 1) return text.toLowerCase();
  return text.replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
}

function withLinkChanged(text: string, random: Random): { a: string; b: string } {
  if (HAS_LINK.test(text)) {
    return { a: text, b: text.replace(LINK_IN_TEXT, () => pick(random, LINKS)) };
  }
  const first = pick(random, LINKS);
  const second = pick(random, LINKS.filter((l) => l !== first));
  return { a: `${text} ${first}`, b: `${text} ${second}` };
}

function withSentenceAdded(text: string, random: Random): string {
  const sentence = pick(random, ADDED_SENTENCES);
  if (random() < 0.5) return `${text.trimEnd()}${/[.!?]$/.test(text.trimEnd()) ? '' : '.'} ${sentence}`;
  return `${sentence} ${text}`;
}

function withSentenceRemoved(text: string, random: Random, minWords: number): string | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return undefined;
  const order = sentences.map((_, i) => i).sort(() => random() - 0.5);
  for (const drop of order) {
    const rest = sentences.filter((_, i) => i !== drop).join('').trim();
    if (wordCount(rest) >= minWords) return rest;
  }
  return undefined;
}

export interface VariantOptions {
  /** Shortest message (in words) to vary; shorter ones are not "a message" worth reusing. */
  minWords?: number;
}

/**
 * The pair for one edit, or undefined when the edit does not apply (a text too short,
 * or with one sentence for "sentence-removed").
 */
export function variantOf(text: string, edit: EditKind, options: VariantOptions = {}): VariantPair | undefined {
  const minWords = options.minWords ?? 8;
  if (wordCount(text) < minWords) return undefined;
  const random = seeded(seedOf(text, edit));
  switch (edit) {
    case 'greeting':
      return { edit, a: text, b: withGreeting(text, random) };
    case 'emoji':
      return { edit, a: text, b: withEmojiChanged(text, random) };
    case 'punctuation':
      return { edit, a: text, b: withPunctuationChanged(text, random) };
    case 'whitespace':
      return { edit, a: text, b: withWhitespaceChanged(text, random) };
    case 'case':
      return { edit, a: text, b: withCaseChanged(text, random) };
    case 'link':
      return { edit, ...withLinkChanged(text, random) };
    case 'sentence-added':
      return { edit, a: text, b: withSentenceAdded(text, random) };
    case 'sentence-removed': {
      const b = withSentenceRemoved(text, random, Math.min(minWords, 6));
      return b === undefined ? undefined : { edit, a: text, b };
    }
  }
}

/** Every applicable edit of every text, one edit at a time. */
export function reuseVariants(texts: Iterable<string>, options: VariantOptions = {}): VariantPair[] {
  const pairs: VariantPair[] = [];
  for (const text of texts) {
    for (const edit of EDIT_KINDS) {
      const pair = variantOf(text, edit, options);
      if (pair && pair.a !== pair.b) pairs.push(pair);
    }
  }
  return pairs;
}
