import type { Analysis, Span } from '../analysis/types.js';
import { straightApostrophes } from '../phrases.js';
import type { Range } from '../types.js';

/**
 * The words of a draft as the learned model sees them: Unicode-normalised (NFKC folds
 * full-width and "fancy" letters into plain ones), lower-cased, digits folded
 * ("$19,500" and "$2,000" read the same), and entities the analysis found replaced
 * by their kind ("<link>", "<at>", "<money>"), so that a handle or a price never
 * becomes a feature of its own. Each unit keeps its place in the draft, which is how
 * a verdict points at the words that weighed most.
 */
export interface TextUnit {
  token: string;
  start: number;
  end: number;
}

// Words with apostrophes inside ("don't"), plus the circled letters (Ⓐ-ⓩ), which
// Unicode files as symbols although people use them as letters.
const WORD = /[\p{L}\p{M}\p{N}\u24B6-\u24E9]+(?:['\u2019][\p{L}\p{M}\u24B6-\u24E9]+)*/gu;
const DIGITS = /\p{Nd}+/gu;

interface EntityUnit extends Span {
  kind: string;
}

function entityUnits(analysis: Analysis): EntityUnit[] {
  const units: EntityUnit[] = [];
  const add = (spans: readonly Span[], kind: (s: Span) => string) => {
    for (const s of spans) units.push({ ...s, kind: kind(s) });
  };
  add(analysis.links, () => '<link>');
  add(analysis.mentions, () => '<at>');
  add(analysis.cashtags, () => '<cashtag>');
  add(analysis.money, () => '<money>');
  add(analysis.percentages, () => '<percent>');
  add(analysis.phones, () => '<phone>');
  add(analysis.hashtags, (s) => `#${normaliseWord(s.text.slice(1))}`);
  add(analysis.emoji, (s) => s.text);
  // Longest first at one start, so "www.x.com/$5" stays one link rather than a link and money.
  units.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntityUnit[] = [];
  let reached = -1;
  for (const u of units) {
    if (u.start < reached) continue;
    kept.push(u);
    reached = u.end;
  }
  return kept;
}

// NFKC leaves ASCII as it is, and most words are ASCII: they skip the call, which cost a
// first lint of 3,000 characters about 0.2 ms.
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_DIGITS = /[0-9]+/g;

export function normaliseWord(word: string): string {
  if (ASCII_ONLY.test(word)) return word.toLowerCase().replace(ASCII_DIGITS, '0');
  // "don’t" and "don't" are one word (NFKC leaves the curly apostrophe as it is).
  return straightApostrophes(word.normalize('NFKC').toLowerCase().replace(DIGITS, '0'));
}

// "S U B  T O  M E", "f r e e  s k i n s": words spelt out letter by letter so that filters
// miss them. Three or more single letters one space apart are read as the word they spell.
const SPELT_OUT_MIN = 3;
const SINGLE_LETTER = /^\p{L}$/u;

function joinSpeltOut(units: readonly TextUnit[], text: string): TextUnit[] {
  const out: TextUnit[] = [];
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j < units.length && SINGLE_LETTER.test(units[j]!.token) && (j === i || text.slice(units[j - 1]!.end, units[j]!.start) === ' ')) j++;
    if (j - i >= SPELT_OUT_MIN) {
      const run = units.slice(i, j);
      out.push({ token: run.map((u) => u.token).join(''), start: run[0]!.start, end: run[run.length - 1]!.end });
      i = j;
    } else {
      out.push(units[i]!);
      i++;
    }
  }
  return out;
}

function unitsIn(text: string, entities: readonly EntityUnit[], from: number, to: number): TextUnit[] {
  const units: TextUnit[] = [];
  let e = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const start = from + m.index;
    const end = start + m[0].length;
    while (e < entities.length && entities[e]!.end <= start) {
      const en = entities[e++]!;
      units.push({ token: en.kind, start: en.start, end: en.end });
    }
    const entity = entities[e];
    if (entity && entity.start < end) continue; // inside an entity: the entity stands for it
    units.push({ token: normaliseWord(m[0]), start, end });
  }
  while (e < entities.length) {
    const en = entities[e++]!;
    units.push({ token: en.kind, start: en.start, end: en.end });
  }
  return joinSpeltOut(units, text);
}

/** One sentence's units (offsets relative to the sentence) and the word features inside it. */
interface SentenceGrams {
  units: readonly TextUnit[];
  /** Its unigrams and the bigrams within it, as feature names. */
  names: readonly string[];
  /** The same as a set: where a feature stands is looked for only in sentences that have it. */
  has: ReadonlySet<string>;
}

// A keystroke changes one sentence; the others' units and feature names come from here,
// by the sentence's text (and the character before it, which decides where an entity
// starts). Bounded: cleared when full.
const sentenceCache = new Map<string, SentenceGrams>();
const MAX_CACHED_SENTENCES = 4000;

export function clearWordFeatureCache(): void {
  sentenceCache.clear();
}

// A link on its own says little: people share links all the time, and in the training
// data genuine rows with links are rare, so the model would learn "link = pitch". What is
// around the link (the pairs) and where it goes (its host) do the telling.
const unigram = (token: string) => (token === '<link>' ? undefined : `w:${token}`);
const bigram = (a: string, b: string) => `b:${a} ${b}`;

// A long word's first five letters ("p:subsc"), so that "subscribe", "subscribers" and
// "subscription" share a feature and a form seen in training carries to one that was not.
// Measured 2026-12-05: LinkedIn in thirds 0.676 -> 0.693, SMS in thirds 0.937 -> 0.945,
// janitr-x left out 0.595 -> 0.609, YouTube by video 0.935 -> 0.932 (docs/model-log.md).
// Letters counted as code points, so a letter outside the BMP is never cut in half.
const LONG_WORD_PREFIX = /^(\p{L}{5})\p{L}{2,}$/u;
const prefixOf = (token: string) => {
  const first = LONG_WORD_PREFIX.exec(token)?.[1];
  return first === undefined ? undefined : `p:${first}`;
};

function gramsOf(units: readonly TextUnit[]): string[] {
  const names: string[] = [];
  units.forEach((u, i) => {
    const w = unigram(u.token);
    if (w) names.push(w);
    const p = prefixOf(u.token);
    if (p) names.push(p);
    const next = units[i + 1];
    if (next) names.push(bigram(u.token, next.token));
  });
  return names;
}

interface PlacedGrams {
  at: number;
  grams: SentenceGrams;
}

function sentenceGrams(analysis: Analysis): PlacedGrams[] {
  const entities = entityUnits(analysis);
  const placed: PlacedGrams[] = [];
  let e = 0;
  for (const sentence of analysis.sentences) {
    while (e < entities.length && entities[e]!.start < sentence.start) e++;
    const first = e;
    while (e < entities.length && entities[e]!.start < sentence.end) e++;
    const inside = entities.slice(first, e);
    // An entity that runs past the sentence (rare) makes the sentence uncacheable.
    const clean = inside.every((en) => en.end <= sentence.end);
    const key = `${sentence.start > 0 ? analysis.text[sentence.start - 1] : ''}\u0000${sentence.text}`;
    let grams = clean ? sentenceCache.get(key) : undefined;
    if (!grams) {
      const units = unitsIn(analysis.text, inside, sentence.start, sentence.end).map((u) => ({ token: u.token, start: u.start - sentence.start, end: u.end - sentence.start }));
      const names = gramsOf(units);
      grams = { units, names, has: new Set(names) };
      if (clean) {
        if (sentenceCache.size >= MAX_CACHED_SENTENCES) sentenceCache.clear();
        sentenceCache.set(key, grams);
      }
    }
    placed.push({ at: sentence.start, grams });
  }
  return placed;
}

/** The draft as a sequence of units in text order. */
export function textUnits(analysis: Analysis): TextUnit[] {
  return sentenceGrams(analysis).flatMap(({ at, grams }) => grams.units.map((u) => ({ token: u.token, start: u.start + at, end: u.end + at })));
}

/** A link's host as people name it: "youtube.com", "bit.ly", "t.me". */
export function hostOf(url: string): string | undefined {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:www\d?\.)?([^/?#:\s]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return undefined;
  const labels = host.split('.');
  const keep = labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export interface NgramFeatures {
  /** Each feature once, with the value 1 (presence). */
  names: Map<string, number>;
  /** Where a feature stands in the draft (at most 4 places); worked out only when asked. */
  rangesOf(feature: string): Range[];
}

const MAX_RANGES = 4;

/**
 * Word unigrams ("w:invested"), bigrams ("b:invested <money>"), long words' first five
 * letters ("p:inves") and link hosts ("host:t.me"). Presence, not counts: a flood of one
 * word says no more than the word once.
 */
export function ngramFeatures(analysis: Analysis): NgramFeatures {
  const placed = sentenceGrams(analysis);
  const names = new Map<string, number>();
  let previous: string | undefined;
  for (const { grams } of placed) {
    for (const name of grams.names) names.set(name, 1);
    const first = grams.units[0];
    const last = grams.units[grams.units.length - 1];
    if (previous !== undefined && first) names.set(bigram(previous, first.token), 1);
    if (last) previous = last.token;
  }
  const hosts = analysis.links.map((link) => ({ link, name: `host:${hostOf(link.url) ?? ''}` })).filter((h) => h.name !== 'host:');
  for (const h of hosts) names.set(h.name, 1);
  return {
    names,
    rangesOf(feature) {
      const ranges: Range[] = [];
      if (feature.startsWith('host:')) {
        for (const h of hosts) if (h.name === feature && ranges.length < MAX_RANGES) ranges.push([h.link.start, h.link.end]);
        return ranges;
      }
      const pair = feature.startsWith('b:');
      const prefix = feature.startsWith('p:');
      if (!pair && !prefix && !feature.startsWith('w:')) return ranges;
      // Tokens hold no spaces, so a pair's name splits back into its two tokens.
      const [a, b] = feature.slice(2).split(' ');
      const matches = (u: TextUnit) => (prefix ? prefixOf(u.token) === feature : u.token === a);
      placed.forEach(({ at, grams }, s) => {
        const { units } = grams;
        if (grams.has.has(feature)) {
          for (let i = 0; i < units.length && ranges.length < MAX_RANGES; i++) {
            const u = units[i]!;
            if (!matches(u)) continue;
            const next = units[i + 1];
            if (!pair) ranges.push([u.start + at, u.end + at]);
            else if (next && next.token === b) ranges.push([u.start + at, next.end + at]);
          }
        }
        // A pair across two sentences: this one's last unit and the next one's first.
        const last = units[units.length - 1];
        const following = placed[s + 1];
        const first = following?.grams.units[0];
        if (pair && last && first && last.token === a && first.token === b && ranges.length < MAX_RANGES) ranges.push([last.start + at, first.end + following.at]);
      });
      return ranges;
    },
  };
}
