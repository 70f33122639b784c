/**
 * Reuse variants: a message and a copy of it with one edit people make when they send
 * the same thing again. Used to measure the copy-paste detector (test/history and
 * `sociable eval-pairs`), on any text, so nothing is tuned to particular messages.
 * Deterministic: the same text and edit give the same variant.
 */

export const EDIT_KINDS = [
  'greeting',
  'name',
  'sign-off',
  'mention',
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

// Names from several cultures, some of them also words ("Grace", "Mark"), some unknown to
// any English name list.
const NAMES = [
  'Sam', 'Maria', 'Alex', 'Priya', 'John', 'Aisha', 'Tom', 'Chen', 'Laura', 'Diego', 'Fatima', 'Ben',
  'Dana', 'Marc', 'Ana', 'Kwame', 'Yuki', 'Olga', 'Mark', 'Grace', 'Ravi', 'Sofia', 'Liam', 'Noor',
];
const SURNAMES = ['Smith', 'Patel', 'Lee', 'Dubois', 'Souza', 'Becker', 'Mensah', 'Okafor', 'Nguyen', 'Kowalski', 'Haddad', 'Tanaka'];
const HANDLES = ['@sam_k', '@PriyaDesigns', '@john_doe84', '@MariaLopez', '@alex', '@the_real_chen', '@aisha_writes', '@DiegoR', '@dana', '@marc_dubois'];
const GREETINGS: readonly ((name: string, other: string, surname: string, handle: string) => string)[] = [
  (n) => `Hi ${n}, `,
  (n) => `Hello ${n}! `,
  (n) => `Hey ${n} - `,
  (n) => `Dear ${n},\n`,
  (n) => `Good morning ${n}! `,
  (n) => `Hi ${n}!\n\n`,
  (n) => `${n}, `,
  (n) => `${n} - `,
  (n, _o, s) => `Dear Dr. ${s},\n`,
  (n, _o, s) => `Good evening Ms. ${s},\n\n`,
  (n, o) => `Hi ${n} and ${o}, `,
  (n, _o, s) => `Hello ${n} ${s}, `,
  (_n, _o, _s, h) => `Hey ${h} `,
  (_n, _o, _s, h) => `${h} `,
  (n) => `Hiya ${n}!! `,
  () => 'Hi there, ',
  () => 'Hey everyone! ',
  () => 'Hello all, ',
];
// A sign-off, with a name or without: "Best, Marc" / "Cheers, Ana" / "- Sam".
const SIGN_OFFS: readonly ((name: string, surname: string) => string)[] = [
  (n) => `\n\nBest,\n${n}`,
  (n) => `\nCheers, ${n}`,
  (n) => ` Thanks, ${n}!`,
  (n) => `\n- ${n}`,
  (n, s) => `\n\nKind regards,\n${n} ${s}`,
  (n) => ` Talk soon, ${n}`,
  (n) => `\nxx ${n}`,
  (n) => `\n\nWarm wishes,\n${n}`,
  (n) => ` Best, ${n}`,
  (n, s) => `\n— ${n} ${s}`,
  (n) => `\n\nCheers!\n${n}`,
  (n) => ` Love, ${n} xx`,
  (_n, s) => `\n\nRegards,\nDr. ${s}`,
  () => '\n\nBest wishes',
  () => ' Thanks!',
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

/** Every sentence segment, joining back to the text, and the indexes of those with words. */
function segmentsOf(text: string): { segments: string[]; worded: number[] } {
  const segments = [...sentenceSegmenter.segment(text)].map((s) => s.segment);
  return { segments, worded: segments.flatMap((s, i) => (/[\p{L}\p{N}]/u.test(s) ? [i] : [])) };
}

function replaceSegment(segments: readonly string[], i: number, by: string): string {
  return [...segments.slice(0, i), by, ...segments.slice(i + 1)].join('');
}

/** Words with a letter, not counting links (a text of links is not "a message"). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/^(?:https?:|www\.)|\.[a-z]{2,}\//iu.test(w)).length;
}

function otherThan(random: Random, items: readonly string[], not: string): string {
  return pick(random, items.filter((i) => i !== not));
}

function greeting(random: Random, avoid = ''): string {
  const name = otherThan(random, NAMES, avoid);
  return pick(random, GREETINGS)(name, otherThan(random, NAMES, name), pick(random, SURNAMES), pick(random, HANDLES));
}

// A greeting added, or (a third of the time) the text sent first with one greeting and
// again with another.
function withGreeting(text: string, random: Random): { a: string; b: string } {
  if (random() < 2 / 3) return { a: text, b: greeting(random) + text };
  const first = greeting(random);
  let second = greeting(random);
  while (second === first) second = greeting(random);
  return { a: first + text, b: second + text };
}

// A sign-off added, or one sign-off swapped for another (another name, other words).
function withSignOff(text: string, random: Random): { a: string; b: string } {
  const signOff = () => pick(random, SIGN_OFFS)(pick(random, NAMES), pick(random, SURNAMES));
  const body = text.trimEnd();
  if (random() < 0.5) return { a: text, b: body + signOff() };
  const first = signOff();
  let second = signOff();
  while (second === first) second = signOff();
  return { a: body + first, b: body + second };
}

const MENTION_IN_TEXT = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]{1,30}/gu;

// Another @mention: the text's own mentions swapped, or one placed at the start, the end
// or after the first sentence, for one person and then another (or added).
function withMentionChanged(text: string, random: Random): { a: string; b: string } {
  if (MENTION_IN_TEXT.test(text)) {
    MENTION_IN_TEXT.lastIndex = 0;
    return { a: text, b: text.replace(MENTION_IN_TEXT, (m) => otherThan(random, HANDLES, m)) };
  }
  const first = pick(random, HANDLES);
  const second = otherThan(random, HANDLES, first);
  const sentences = sentencesOf(text);
  const place = Math.floor(random() * 3);
  const at = (h: string): string => {
    if (place === 0) return `${h} ${text}`;
    if (place === 1 || sentences.length < 2) return `${text.trimEnd()} ${h}`;
    return `${sentences[0]!.trimEnd()} ${h} ${sentences.slice(1).join('')}`;
  };
  return random() < 0.25 ? { a: text, b: at(second) } : { a: at(first), b: at(second) };
}

// Capitalised words inside a sentence that are not obviously ordinary: the generator's own
// idea of a name, deliberately simpler than the normaliser's (names.ts), so the test does
// not just replay the detector.
const NOT_NAMES = new Set(
  (
    'I Im I\'m I\'ll I\'ve I\'d OK Ok Lol LOL Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January ' +
    'February March April May June July August September October November December God Lord Jesus Christmas Easter English ' +
    'Internet TV The A An And But So To Of In On At For With My Your You We It This That'
  ).split(' '),
);
const CAPITALISED_WORD = /(?<=[\p{L}\p{N},;:]\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=[\s,.!?;:'’]|$)/gu;

function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{2,}/u.test(w));
  return words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.4;
}

// Another name in the middle of the text: a capitalised word (or two, a full name) inside
// a sentence swapped for a name, or, when there is none, a name put in: "..., Sam!" at the
// end of a sentence, "Sam, ..." at the start of a later one, or "you and Sam".
function withNameSwapped(text: string, random: Random): string {
  const candidates = titleCased(text)
    ? []
    : [...text.matchAll(CAPITALISED_WORD)].filter((m) => !m[0].split(/\s+/).some((w) => NOT_NAMES.has(w)));
  if (candidates.length > 0) {
    const chosen = pick(random, candidates);
    const old = chosen[0];
    const replacement = old.includes(' ') ? `${otherThan(random, NAMES, old.split(/\s+/)[0]!)} ${pick(random, SURNAMES)}` : otherThan(random, NAMES, old);
    // Every mention of that person changes, as it would in a message sent to someone else.
    return text.replaceAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${old}(?![\p{L}\p{N}])`, 'gu'), replacement);
  }
  const name = pick(random, NAMES);
  const { segments, worded: all } = segmentsOf(text);
  // Not inside a link: the sentence segmenter also splits at a link's "?".
  const worded = all.filter((i) => !LINKISH.test(segments[i]!) && !LINKISH.test(segments[i - 1] ?? ''));
  if (worded.length === 0) return `${text.trimEnd()}, ${name}`;
  const mode = Math.floor(random() * 3);
  const you = /\byou\b/u.exec(text);
  if (mode === 2 && you) return `${text.slice(0, you.index)}you and ${name}${text.slice(you.index + 3)}`;
  if (mode === 1 && worded.length >= 2) {
    const i = worded[1 + Math.floor(random() * (worded.length - 1))]!;
    const s = segments[i]!;
    const lead = /^\s*/u.exec(s)![0];
    const rest = s.slice(lead.length);
    const first = rest.split(/\s/u)[0] ?? '';
    // "It is..." -> "Sam, it is..."; other words (maybe names) keep their capital.
    const lowered = SENTENCE_STARTERS.has(first) ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
    return replaceSegment(segments, i, `${lead}${name}, ${lowered}`);
  }
  const i = worded[Math.floor(random() * worded.length)]!;
  const s = segments[i]!;
  const end = /([.!?]*)(\s*)$/u.exec(s)!;
  const body = s.slice(0, s.length - end[0].length);
  return replaceSegment(segments, i, `${body}, ${name}${end[1] ?? ''}${end[2] ?? ''}`);
}

const LINKISH = /(?:https?:|www\.|\/)\S*$/u;

const SENTENCE_STARTERS = new Set(
  'It This That The We You My Our Your There What How Do Are Is Can Just Please Thanks Hope Let If When So And But Have Will Would'.split(' '),
);

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
      return { edit, ...withGreeting(text, random) };
    case 'name':
      return { edit, a: text, b: withNameSwapped(text, random) };
    case 'sign-off':
      return { edit, ...withSignOff(text, random) };
    case 'mention':
      return { edit, ...withMentionChanged(text, random) };
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
