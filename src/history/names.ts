import { isCommonWord, isGivenName, isWordName } from './name-words.js';

/**
 * Takes people's names out of a message before it is fingerprinted, so that the same
 * message sent to someone else ("... meet you and Dana at the meetup" / "... meet you and
 * Priya at the meetup", "Best, Marc" / "Cheers, Ana") keeps its fingerprint. Names are
 * recognised without an NLP library (this runs on every keystroke, on every query), with
 * two word lists (name-words.json: ordinary English words, known first names). A word is
 * a name when
 *
 *  - it is a known first name that is not also an ordinary word ("Dana", "sam", "JOHN"),
 *    in any case, so a copy in capitals or lower case loses the same names;
 *  - it is capitalised (a capital then a small letter: not "I", not an acronym) and not an
 *    ordinary word (nor a plain inflection of one), wherever it stands: "Priya", "Okafor",
 *    but not "Then", "Check", "Unveils", "Monday", "Boston" (places are kept: a place is
 *    what a message is about, not who it is for);
 *  - it follows a known first name and starts with a capital ("Katy PERRY", "John Dacey");
 *  - it is a first name that is also a word, capitalised inside a sentence ("... you and
 *    Will at the meetup", not "Will you come?");
 *
 * and a title before a name ("Dr.", "Ms") goes with it. A hashtag is never a name.
 *
 * Headlines and shouting: in a run of three or more capitalised words ("Party Rock Anthem",
 * "Call The Mobile Update Co", a text in capitals or Title Case) capitals say nothing
 * about names, and dropping every uncommon word there would empty a headline down to its
 * small words and make two different headlines alike (the Twitter pairs); there only known
 * first names are dropped. Runs ignore punctuation, so adding or removing it never changes
 * what is dropped.
 *
 * What it costs: a message that mentions people or brands loses those words on both sides
 * of every comparison, so it is compared on the rest. Measured on the Twitter URL pairs,
 * false repeats stay well under the 1 % budget (rules/copy-paste.md).
 */

// A word: letters (with combining marks), and an apostrophe inside ("Dana's", "don't").
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const COMBINING_MARK = /\p{M}+/gu;
const POSSESSIVE = /['’]s$/iu;
const APOSTROPHE = /['’]/u;
const SENTENCE_END_BEFORE = /[.!?…:;\n]/u;
const IRISH_SURNAME = /^\p{Lu}['’]\p{Lu}\p{Ll}/u;
// Parts of one name: "Hyun-woo", "Jean-Luc", "Smith-Jones".
const HYPHEN = /^[-‐]$/u;
const TITLE_BEFORE_NAME = /\b(?:Mrs?|Ms|Mx|Dr|Prof)\b\.?(?=\s+\p{Lu})/gu;
/** This many capitalised words in a row are a title or a shout, not names. */
const TITLE_RUN = 3;
// Simple inflections: "Unveils", "Wanted" are ordinary when "unveil", "want" are. Not
// "-er" or "-ly": "Peter" and "Kelly" are not inflections of "pet" and "kel".
const INFLECTION = /(?:es|s|ed|ing)$/u;

const NOT_ASCII = /[^\x00-\x7f]/u;

function fold(word: string): string {
  // Most words are plain ASCII, and normalize() is the slow part of this.
  return NOT_ASCII.test(word) ? word.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase() : word.toLowerCase();
}

function isOrdinary(lower: string): boolean {
  if (isCommonWord(lower)) return true;
  if (lower.endsWith('ies') && isCommonWord(`${lower.slice(0, -3)}y`)) return true;
  const stem = lower.replace(INFLECTION, '');
  return stem.length >= 3 && stem !== lower && (isCommonWord(stem) || isCommonWord(`${stem}e`) || isCommonWord(`${stem}y`));
}

interface Token {
  start: number;
  end: number;
  /** Folded, without a possessive "'s"; undefined for a contraction ("don't"). */
  lower: string | undefined;
  capitalised: boolean;
  upperStart: boolean;
  /** First in its sentence (after ., !, ?, a colon or a line break, or first of all). */
  sentenceStart: boolean;
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    let base = word;
    let lower: string | undefined;
    let irish = false;
    if (APOSTROPHE.test(word)) {
      // "Dana's" is Dana, "O'Brien" a surname; any other apostrophe ("don't", "I'm") is no name.
      if (POSSESSIVE.test(word)) base = word.slice(0, -2);
      irish = IRISH_SURNAME.test(base);
      if (irish) base = base.replace(APOSTROPHE, '');
      else if (APOSTROPHE.test(base)) base = '';
    }
    if (base) lower = fold(base);
    // A hashtag is a topic, not a name ("#SmallBusiness").
    if (text[m.index - 1] === '#' || text[m.index - 1] === '＃') lower = undefined;
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      lower,
      capitalised: lower !== undefined && (irish || CAPITALISED.test(base)),
      upperStart: STARTS_UPPER.test(word) && word !== 'I',
      sentenceStart: SENTENCE_END_BEFORE.test(text.slice(tokens.length ? tokens[tokens.length - 1]!.end : 0, m.index)) || tokens.length === 0,
    });
  }
  return tokens;
}

/**
 * Marks the words in runs of TITLE_RUN or more capitalised words (in a row, whatever
 * punctuation stands between them, so that adding or removing punctuation changes
 * nothing): a headline or a shout, where capitals say nothing about names.
 */
function inTitleRuns(tokens: readonly Token[]): boolean[] {
  const inTitle = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; ) {
    if (!tokens[i]!.upperStart) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]!.upperStart) j++;
    if (j - i >= TITLE_RUN) inTitle.fill(true, i, j);
    i = j;
  }
  return inTitle;
}

/** The text with every name (and a title before one) replaced by a space. */
export function dropNames(input: string): string {
  const text = input.replace(TITLE_BEFORE_NAME, ' ');
  const tokens = tokenise(text);
  const inTitle = inTitleRuns(tokens);
  const drop = new Array<boolean>(tokens.length).fill(false);
  let afterGivenName = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const givenName = t.lower !== undefined && isGivenName(t.lower);
    drop[i] =
      givenName ||
      (t.lower !== undefined &&
        // "Priya" on its own or "Priya Patel" in ordinary text; "KATY PERRY" / "Katy Perry Rocks": the surname after a first name.
        ((!isOrdinary(t.lower) && ((t.capitalised && !inTitle[i]) || (afterGivenName && t.upperStart))) ||
          // "... you and Will at the meetup", but not "Will you come?"
          (t.capitalised && !inTitle[i] && !t.sentenceStart && isWordName(t.lower))));
    afterGivenName = givenName;
  }
  // A name goes whole: both sides of a hyphen.
  for (let i = 1; i < tokens.length; i++) {
    if (drop[i] === drop[i - 1] || !HYPHEN.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) continue;
    drop[i] = drop[i - 1] = true;
  }
  let out = '';
  let last = 0;
  tokens.forEach((t, i) => {
    if (!drop[i]) return;
    out += `${text.slice(last, t.start)} `;
    last = t.end;
  });
  return out + text.slice(last);
}
