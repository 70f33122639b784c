/**
 * Realistic social drafts of any length, for the benchmark and the robustness tests.
 * Sentences are assembled from varied English parts (opinions, stories, questions,
 * thanks, plans, the odd link, mention, hashtag, price and emoji) with a seeded
 * generator, so every run measures the same text and no corpus row is reused.
 */

/** Mulberry32: small, fast, good enough to pick words reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Sam', 'Priya', 'my sister', 'our new intern', 'a friend from college', 'the team', 'my neighbour', 'Jordan', 'Aiko', 'my dad'];
const PLACES = ['the conference', 'the office', 'the park', 'Lisbon', 'the meetup last night', 'a tiny café downtown', 'the library', 'the farmers market'];
const THINGS = [
  'remote work',
  'the new release',
  'sourdough',
  'our onboarding guide',
  'this book on habits',
  'the quarterly report',
  'open source maintainers',
  'a better morning routine',
  'the hiring process',
  'climate data',
  'the design review',
  'my first marathon',
];
const FEELINGS = ['honestly surprised', 'really grateful', 'a bit nervous', 'so proud', 'still thinking about it', 'pretty tired but happy', 'curious'];
const TIMES = ['yesterday', 'this morning', 'last week', 'on Friday', 'after lunch', 'two years ago', 'tonight'];
const LINKS = ['https://example.com/notes/remote-work', 'example.org/blog/2024/habits', 'https://blog.example.net/p/design-review?ref=share'];
const TAGS = ['#remotework', '#opensource', '#running', '#design', '#hiring', '#books'];
const HANDLES = ['@sam_writes', '@priya.dev', '@aiko', '@jordanruns'];
const EMOJI = ['🙂', '🎉', '🙏', '👩🏽‍💻', '❤️', '🚀', '😅'];

type Part = (pick: <T>(items: readonly T[]) => T) => string;

const SENTENCES: readonly Part[] = [
  (p) => `I spent ${p(TIMES)} reading about ${p(THINGS)} and I'm ${p(FEELINGS)}.`,
  (p) => `Huge thanks to ${p(PEOPLE)} for walking me through ${p(THINGS)} at ${p(PLACES)}.`,
  (p) => `What has worked for you when it comes to ${p(THINGS)}?`,
  (p) => `We tried a new approach to ${p(THINGS)} ${p(TIMES)}, and it went better than I expected.`,
  (p) => `My take: ${p(THINGS)} matters less than the people doing it.`,
  (p) => `Congrats to ${p(HANDLES)} on shipping ${p(THINGS)}, well deserved ${p(EMOJI)}`,
  (p) => `I wrote up a few notes on ${p(THINGS)} here: ${p(LINKS)}`,
  (p) => `Does anyone else find ${p(THINGS)} harder than it looks?`,
  (p) => `${p(TIMES).replace(/^./, (c) => c.toUpperCase())} ${p(PEOPLE)} told me something about ${p(THINGS)} that changed my mind.`,
  (p) => `The ticket was $${10 + Math.floor(p([0, 5, 15, 35]))} and worth every cent ${p(TAGS)}`,
  (p) => `I'm ${p(FEELINGS)} that about 40% of the room had never heard of ${p(THINGS)}.`,
  (p) => `If you're in ${p(PLACES)} next week, say hi!`,
  (p) => `Still learning, still getting things wrong, still enjoying ${p(THINGS)} ${p(EMOJI)}`,
  (p) => `Here is the thing nobody tells you about ${p(THINGS)}: it takes time.`,
  (p) => `Would love to hear what ${p(HANDLES)} thinks about ${p(THINGS)}.`,
];

/**
 * A draft of exactly `length` UTF-16 code units (never ending inside a surrogate
 * pair), made of sentences and the occasional paragraph break.
 */
export function realisticDraft(length: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let text = '';
  while (text.length < length) {
    const sentence = pick(SENTENCES)(pick);
    const gap = text === '' ? '' : random() < 0.18 ? '\n\n' : ' ';
    text += gap + sentence;
  }
  text = text.slice(0, length);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = `${text.slice(0, -1)}.`;
  return text;
}
