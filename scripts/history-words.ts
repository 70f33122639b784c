/**
 * Builds src/history/name-words.json, the word lists the history normaliser uses to tell
 * a name from an ordinary word without running an NLP library on every keystroke:
 *
 *  - `common`: ordinary English words, the ones a capitalised token may be without being
 *    a name ("Then", "Amazing", "Check"). The most frequent words of English Wikipedia
 *    (popular-english-words, ranked by frequency) that are also in a word-game dictionary
 *    (an-array-of-english-words, Letterpress: no proper nouns unless they are also a word),
 *    minus what compromise's lexicon tags as a person's name, a place or an organisation,
 *    plus contractions written without their apostrophe ("dont", "im"), and words always
 *    capitalised that are not names (days, months, nationalities, holidays, languages).
 *  - `givenNames`: first names compromise's lexicon lists (MaleName, FemaleName) that are not
 *    also ordinary words: these are names in any case ("dana", "DANA").
 *  - `wordNames`: first names that are also ordinary words ("Will", "Hope"), a hand-made
 *    list: names only when capitalised inside a sentence.
 *
 * Run after upgrading any of the three packages: `npx tsx scripts/history-words.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { dictionary, popularWords, TOP_WORDS } from './word-sources.js';

const root = join(import.meta.dirname, '..');

function compromiseLexicon(): Record<string, string | string[]> {
  return (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
const PROPER_TAGS = new Set([...NAME_TAGS, 'Organization', 'SportsTeam', 'ProperNoun']);
const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region']);

// First names that are just as often ordinary words: never dropped when written in lower
// case, and not dropped capitalised either (they stay in `common`).
const ALSO_WORDS = new Set(
  (
    'abbey amber angel autumn buddy cal carol clay dawn dee don ed faith gale garland genesis harmony heather hope iris ivy jewel ' +
    'joy kat kay laurel lea lex lin marina nur pearl rin roman rosemary ruby sal sierra summer valentine violet willow'
  ).split(' '),
);

// Words always written with a capital that are not names: days, months, nationalities
// (from compromise's lexicon), and holidays and languages.
const CAPITALISED_TAGS = new Set(['Month', 'WeekDay', 'Demonym']);
const CAPITALISED_WORDS = (
  'christmas xmas easter halloween thanksgiving valentines hanukkah ramadan diwali eid newyear english french spanish ' +
  'german italian portuguese dutch russian chinese japanese korean arabic hindi urdu bengali turkish greek polish latin'
).split(' ');

// First names that are also ordinary words ("Will", "Hope", "Mark"): a name only when
// capitalised inside a sentence, never at its start ("Will you...", "Hope you are well").
const WORD_NAMES = (
  'amber april art august autumn bill bob buck carol chase cliff crystal daisy dale dawn dean don drew earl faith frank ' +
  'gene glen grace grant hank heather holly hope iris ivy jack jade jay jean joy june lance lily mark max may miles nick ' +
  'norm pat pearl penny pete poppy ray rich rob rose ruby rusty sandy sky stan sue summer ted violet wade will woody'
).split(' ');

// Contractions as people type them without an apostrophe (and as "punctuation removed" leaves them).
const CONTRACTIONS = (
  'im ive id ill youre youve youd youll hes shes its were weve wed well theyre theyve theyd theyll thats whats whos wheres ' +
  'hows theres heres lets dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt arent wasnt werent havent hasnt hadnt ' +
  'aint mustnt neednt yall gonna wanna gotta ok okay'
).split(' ');

// Informal words Wikipedia seldom uses, common in posts and messages ("Congrats to...").
const INFORMAL = (
  'congrats congratulations lol lmao omg btw fyi imo tbh haha hahaha hehe wow yay yeah yep yup nope hey hiya hi hello ' +
  'thx thanx pls plz ppl luv xoxo bday asap awesome cool cheers blog vlog selfie emoji hashtag retweet tweet tweets online ' +
  'email app apps website youtube facebook instagram twitter linkedin tiktok whatsapp google iphone android'
).split(' ');

function tagsOf(lexicon: Record<string, string | string[]>, word: string): string[] {
  const tags = lexicon[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

function build(): { common: string[]; givenNames: string[]; wordNames: string[] } {
  const lexicon = compromiseLexicon();
  const words = dictionary();
  const isProper = (w: string) => tagsOf(lexicon, w).some((t) => PROPER_TAGS.has(t));
  const common = new Set<string>();
  for (const w of popularWords().slice(0, TOP_WORDS)) {
    if (/^[a-z]+$/.test(w) && words.has(w) && (!isProper(w) || ALSO_WORDS.has(w))) common.add(w);
  }
  for (const w of CONTRACTIONS) common.add(w);
  for (const w of CAPITALISED_WORDS) common.add(w);
  for (const w of INFORMAL) common.add(w);
  for (const w of WORD_NAMES) common.add(w);
  for (const w of Object.keys(lexicon)) if (/^[a-z]+$/.test(w) && tagsOf(lexicon, w).some((t) => PLACE_TAGS.has(t))) common.add(w);
  for (const w of Object.keys(lexicon)) if (/^[a-z]+$/.test(w) && tagsOf(lexicon, w).some((t) => CAPITALISED_TAGS.has(t))) common.add(w);
  for (const w of ALSO_WORDS) common.add(w);
  const givenNames = Object.keys(lexicon)
    .filter((w) => /^[a-z]{3,}$/.test(w) && tagsOf(lexicon, w).some((t) => t === 'MaleName' || t === 'FemaleName') && !common.has(w))
    .sort();
  return { common: [...common].sort(), givenNames, wordNames: [...WORD_NAMES].sort() };
}

/** The file's content, as built from the installed packages. */
export function nameWordsJson(): string {
  const { common, givenNames, wordNames } = build();
  const out = {
    description:
      'Generated by scripts/history-words.ts; do not edit by hand. common: ordinary English words (a capitalised one is not taken for a name); givenNames: first names in any case; wordNames: first names that are also words, names when capitalised inside a sentence.',
    sources: [
      `popular-english-words (top ${TOP_WORDS} words of English Wikipedia, ISC)`,
      'an-array-of-english-words (Letterpress word list, MIT)',
      'compromise lexicon (MIT): names, places and organisations',
    ],
    common: common.join(' '),
    givenNames: givenNames.join(' '),
    wordNames: wordNames.join(' '),
  };
  return `${JSON.stringify(out, null, 1)}\n`;
}

export const NAME_WORDS_PATH = join(root, 'src', 'history', 'name-words.json');

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  writeFileSync(NAME_WORDS_PATH, nameWordsJson());
  console.log(`wrote ${NAME_WORDS_PATH}`);
}
