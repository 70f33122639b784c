import nlp from 'compromise/two';
import { emptyPronouns, personOf } from './pronouns.js';
import type { PronounCounts, Token } from './types.js';

/** What one segment yields, with offsets relative to the segment; cached by segment text. */
export interface SegmentAnalysis {
  tokens: Token[];
  wordCount: number;
  isQuestion: boolean;
  isImperative: boolean;
  pronouns: PronounCounts;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  implicit?: string;
  tags: Set<string>;
}

const QUESTION_OPENERS = new Set([
  'who', 'what', 'when', 'where', 'why', 'how', 'which', 'anyone', 'anybody', 'does', 'do', 'did', 'is', 'are',
  'was', 'were', 'can', 'could', 'would', 'will', 'should', 'shall', 'have', 'has', 'may', 'any', 'thoughts',
]);

// Words that may precede the verb of a command without making it a statement.
const IMPERATIVE_LEAD_INS = new Set(['please', 'pls', 'plz', 'just', 'so', 'hey', 'hi', 'guys', 'now', 'and', 'also', 'go', 'do', 'dont', "don't"]);

export function analyseSegment(text: string): SegmentAnalysis {
  return fromTerms(text, parseTerms(text));
}

/**
 * Analyse many segments with one run of the tagger. Each segment is tokenised on its
 * own (so its sentences never merge with a neighbour's), then all their sentences go
 * through compromise's compute hooks together: the tagger works sentence by sentence,
 * so the result is the same as parsing each segment apart, without paying the
 * per-call cost of compromise once per segment on a cold lint.
 */
export function analyseSegments(texts: readonly string[]): SegmentAnalysis[] {
  if (texts.length <= 1) return texts.map(analyseSegment);
  const tokenized = texts.map((text) => tokenizer.fromString(text, world));
  const sentences = tokenized.flat();
  const doc = nlp(sentences.map((terms) => ({ terms })) as unknown as string) as unknown as { document: CompromiseTerm[][] };
  // compromise keeps one document entry per sentence it was given; if that ever
  // changes, parse segment by segment rather than mis-assign terms.
  if (doc.document.length !== sentences.length) return texts.map(analyseSegment);
  const out: SegmentAnalysis[] = [];
  let at = 0;
  texts.forEach((text, i) => {
    const count = tokenized[i]!.length;
    out.push(fromTerms(text, doc.document.slice(at, at + count).flat()));
    at += count;
  });
  return out;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

function fromTerms(text: string, terms: readonly CompromiseTerm[]): SegmentAnalysis {
  const tokens: Token[] = [];
  const pronouns = emptyPronouns();
  let offset = 0;
  let wordCount = 0;
  for (const term of terms) {
    const at = locate(text, term, offset);
    offset = at.after;
    const normal = (term.implicit ?? term.normal ?? term.text).toLowerCase();
    // A word has a letter or a digit; a term of marks or emoji alone is not one.
    if (at.end > at.start && WORDLIKE.test(term.text)) wordCount++;
    const person = personOf(term.text.length > 0 ? normal : term.implicit ?? '');
    if (person && at.end > at.start) pronouns[person]++;
    tokens.push({ start: at.start, end: at.end, text: text.slice(at.start, at.end), normal, tags: term.tags });
  }
  return {
    tokens,
    wordCount,
    isQuestion: isQuestion(text, tokens),
    isImperative: isImperative(tokens),
    pronouns,
  };
}

interface Tokenizer {
  fromString(text: string, world: unknown): CompromiseTerm[][];
}
const world = nlp.world() as unknown as { methods: { one: { tokenize: Tokenizer } } };
const tokenizer = world.methods.one.tokenize;

function parseTerms(text: string): CompromiseTerm[] {
  // compromise's internal document is an array of sentences of terms; reading it
  // directly avoids building its JSON output, which costs more than the parse.
  const doc = nlp(text) as unknown as { document: CompromiseTerm[][] };
  return doc.document.flat();
}

/**
 * compromise keeps pre + text + post lossless, so offsets come from walking them;
 * when it normalises something (it rarely does), fall back to searching.
 */
function locate(text: string, term: CompromiseTerm, from: number): { start: number; end: number; after: number } {
  const start = from + term.pre.length;
  if (text.startsWith(term.text, start)) {
    const end = start + term.text.length;
    const after = text.startsWith(term.post, end) ? end + term.post.length : end;
    return { start, end, after };
  }
  const found = term.text ? text.indexOf(term.text, from) : -1;
  if (found >= 0) return { start: found, end: found + term.text.length, after: found + term.text.length };
  return { start: Math.min(from, text.length), end: Math.min(from, text.length), after: from };
}

function isQuestion(text: string, tokens: Token[]): boolean {
  if (/[?\uff1f]/.test(text)) return true;
  const first = tokens.find((t) => t.end > t.start);
  return first !== undefined && QUESTION_OPENERS.has(first.normal) && tokens.length > 2 && !/[.!]$/.test(text);
}

function isImperative(tokens: Token[]): boolean {
  for (const token of tokens) {
    if (token.end === token.start) continue;
    if (IMPERATIVE_LEAD_INS.has(token.normal) && !token.tags.has('Verb')) continue;
    if (token.tags.has('Pronoun') || token.tags.has('Determiner')) return false;
    return token.tags.has('Infinitive') && !token.tags.has('Modal') && !token.tags.has('Copula');
  }
  return false;
}
