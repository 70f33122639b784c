import type { Analysis, Span } from '../analysis/types.js';
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

export function normaliseWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(DIGITS, '0');
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
  return units;
}

// A keystroke changes one sentence; the others' units come from here, by the sentence's
// text (and the character before it, which decides where an entity starts), with offsets
// relative to the sentence. Bounded: cleared when full.
const sentenceUnits = new Map<string, readonly TextUnit[]>();
const MAX_CACHED_SENTENCES = 4000;

/** The draft as a sequence of units in text order, sentence by sentence. */
export function textUnits(analysis: Analysis): TextUnit[] {
  const entities = entityUnits(analysis);
  const units: TextUnit[] = [];
  let e = 0;
  for (const sentence of analysis.sentences) {
    while (e < entities.length && entities[e]!.start < sentence.start) e++;
    const first = e;
    while (e < entities.length && entities[e]!.start < sentence.end) e++;
    const inside = entities.slice(first, e);
    // An entity that runs past the sentence (rare) makes the sentence uncacheable.
    const clean = inside.every((en) => en.end <= sentence.end);
    const key = `${sentence.start > 0 ? analysis.text[sentence.start - 1] : ''}\u0000${sentence.text}`;
    let relative = clean ? sentenceUnits.get(key) : undefined;
    if (!relative) {
      relative = unitsIn(analysis.text, inside, sentence.start, sentence.end).map((u) => ({ token: u.token, start: u.start - sentence.start, end: u.end - sentence.start }));
      if (clean) {
        if (sentenceUnits.size >= MAX_CACHED_SENTENCES) sentenceUnits.clear();
        sentenceUnits.set(key, relative);
      }
    }
    for (const u of relative) units.push({ token: u.token, start: u.start + sentence.start, end: u.end + sentence.start });
  }
  return units;
}

/** A link's host as people name it: "youtube.com", "bit.ly", "t.me". */
export function hostOf(url: string): string | undefined {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:www\d?\.)?([^/?#:\s]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return undefined;
  const labels = host.split('.');
  const keep = labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export type FeatureSpans = Map<string, Range[]>;

/**
 * Word unigrams ("w:invested") and bigrams ("b:invested <money>"), and link hosts
 * ("host:t.me"), each with where it stands in the draft. Presence, not counts: a
 * flood of one word says no more than the word once.
 */
export function ngramFeatures(analysis: Analysis): FeatureSpans {
  const features: FeatureSpans = new Map();
  const put = (name: string, start: number, end: number) => {
    const spans = features.get(name);
    if (spans) {
      if (spans.length < 4) spans.push([start, end]);
    } else features.set(name, [[start, end]]);
  };
  const units = textUnits(analysis);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // A link on its own says little: people share links all the time, and in the training
    // data genuine rows with links are rare, so the model would learn "link = pitch". What
    // is around the link (the pairs below) and where it goes (its host) do the telling.
    if (u.token !== '<link>') put(`w:${u.token}`, u.start, u.end);
    const next = units[i + 1];
    if (next) put(`b:${u.token} ${next.token}`, u.start, next.end);
  }
  for (const link of analysis.links) {
    const host = hostOf(link.url);
    if (host) put(`host:${host}`, link.start, link.end);
  }
  return features;
}
