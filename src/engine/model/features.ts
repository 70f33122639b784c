import type { Analysis } from '../analysis/types.js';
import { anySentence } from '../analysis/phrase-cache.js';
import { CALLS_IT_A_SCAM } from '../analysis/scam-names.js';
import { ownWordCount } from '../analysis/words.js';
import type { Draft, Range } from '../types.js';
import { ngramFeatures } from './text-features.js';

/**
 * Everything the learned model reads about one draft, as named features. Three kinds,
 * as in SpamAssassin where the hand-written rules are features beside a token
 * classifier:
 * - `rule:<id>:<evidence>`: what the rules found (sales-pitch's evidence groups and the like);
 * - `w:` / `b:` / `host:`: the draft's words, word pairs and link hosts (see text-features);
 * - shape: how long the draft is in words of its own, how many links, shouting, questions,
 *   and who it talks about. Where it is written only together with a link: on its own, in
 *   the training data the surface says which source a row came from, and the model would
 *   learn the sources, not pitches.
 */
export interface DraftFeatures {
  values: Map<string, number>;
  /** Where a word feature stands in the draft, for explanations (worked out when asked). */
  rangesOf(feature: string): Range[];
}

const WORD_BUCKETS: readonly [max: number, name: string][] = [
  [0, '0'],
  [3, '1-3'],
  [8, '4-8'],
  [20, '9-20'],
  [50, '21-50'],
  [Infinity, '51+'],
];

// Asking people for a recommendation or for help: the writer seeks, where a pitch offers.
// "Can anyone recommend a dentist?", "Does anyone have a discount code?", "Where can I find ...".
const SEEKS_HELP =
  /(?<![\p{L}\p{N}])(?:(?:can|could|would|does|do|has|have|will)\s+(?:any|some)\s*(?:one|body)\s+(?:please\s+)?(?:recommend|suggest|explain|tell|help|know|have|point|lend)|(?:any|some)\s*(?:one|body)\s+(?:know|knows|have|has|got)\s+(?:a|an|any|of|how|where|what|if|whether|the)|where\s+(?:can|do|could|should)\s+i\s+(?:find|get|buy)|recommendations?\s+(?:for|please|welcome))(?![\p{L}\p{N}])/iu;

// Warning people about a scam: the writer names the scam to keep others out of it, where a
// pitch would praise it. "It's a scam, don't click it", "PSA: fake recruiters", "report and block"
// (what calls a thing a scam is shared with the sales-pitch rule: CALLS_IT_A_SCAM).
const WARNS_OF_SCAM = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    CALLS_IT_A_SCAM +
    "|psa|beware|heads\\s+up|(?:don'?t|don\u2019t|never)\\s+(?:click|reply|respond|send\\s+(?:them|money|anything)|pay|press|give|share\\s+your)" +
    '|report\\s+(?:it|them|and\\s+block|the\\s+(?:page|profile|account|post))|just\\s+(?:block|delete|hang\\s+up|ignore)' +
    '|(?:fake|scam|phishing)\\s+(?:page|profile|account|recruiters?|link|texts?|emails?|site|website|calls?|ads?)' +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

// Money raised for a good cause: a raffle for the school roof, "sponsor me" for a hospice
// run. Such drafts carry prices, links and asks like a pitch, for someone else's good.
const GOOD_CAUSE =
  /(?<![\p{L}\p{N}])(?:raising\s+(?:money|funds)|fund-?rais(?:er|ers|ing)|sponsor\s+me|sponsored\s+(?:walk|run|swim|silence|cycle|skydive)|(?:all|the)\s+proceeds|proceeds\s+(?:go|goes|will\s+go)|in\s+aid\s+of|(?:money|every\s+penny)\s+(?:goes|raised|will\s+go)\s+to|raffle|(?:donate|donation|donations)\s+(?:to|for)\s+(?:the\s+)?(?:\p{L}+\s+){0,3}(?:charity|hospital|hospice|shelter|school|foundation|research|ward|appeal|food\s+bank|rescue))(?![\p{L}\p{N}])/iu;

// Passing on someone else's work: "great piece by", "this talk from", "written by",
// "h/t", "worth a read". Sharing what others made is what a pitch for one's own is not.
const SHARES_OTHERS_WORK =
  /(?<![\p{L}\p{N}])(?:(?:great|good|interesting|fascinating|excellent|brilliant|powerful|insightful|thoughtful|fantastic|important|terrific|wonderful|must[- ]read|long)\s+(?:article|read|piece|post|thread|paper|essay|interview|talk|letter|op-?ed|write-?up|column|report|study|book|episode|podcast|video|documentary)\s+(?:by|from|in|on|about|with)|(?:this|that|the)\s+(?:article|piece|post|thread|paper|essay|interview|talk|letter|op-?ed|write-?up|column|report|study|video|episode)\s+(?:by|from)(?!\s+(?:me|us|our|my)(?![\p{L}\p{N}]))|(?:written|shared|posted|published|brought\s+to\s+my\s+attention|recorded)\s+by(?!\s+(?:me|us|our|my)(?![\p{L}\p{N}]))|h\/t|hat\s+tip|via\s+@|worth\s+(?:a|the|your)\s+(?:read|listen|watch|look|time))(?![\p{L}\p{N}])/iu;

// Recommending a tradesperson the writer has used: "our cleaner", "the guy who did our
// kitchen", "if you need a plumber, Dave is brilliant". Such drafts give a name, a number
// and "tell him I sent you" like a paid testimonial, for work the writer saw done.
const TRADE =
  '(?:plumber|electrician|sparky|cleaner|builder|hairdresser|hair\\s+dresser|barber|mechanic|decorator|painter|roofer|gardener|landscaper|babysitter|dog\\s+walker|childminder|nanny|handyman|locksmith|dentist|physio|joiner|carpenter|tiler|plasterer|kitchen\\s+fitter|window\\s+cleaner|chimney\\s+sweep|tree\\s+surgeon|vet|tutor|accountant|solicitor)s?';
const RECOMMENDS_A_TRADE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    `(?:our|my)\\s+(?:old\\s+|usual\\s+|local\\s+|new\\s+|regular\\s+)?${TRADE}` +
    '|(?:he|she|they)\\s+(?:did|fixed|sorted|redid|built|painted|rewired|serviced|cleaned|fitted|replaced|repaired|plastered|tiled)\\s+(?:our|my)' +
    '|the\\s+(?:guy|lady|woman|man|bloke|girl|fella|chap|company|firm|people)\\s+(?:who|that)\\s+(?:did|fixed|sorted|built|painted|rewired|fitted|cleaned|replaced|repaired|plastered|tiled)\\s+(?:our|my)' +
    `|if\\s+you(?:'re|\\s+are)?\\s+(?:still\\s+|ever\\s+)?(?:need|needing|looking\\s+for|after)\\s+(?:a|an)\\s+(?:good\\s+|great\\s+|reliable\\s+|decent\\s+|new\\s+)?${TRADE}` +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

// Selling or giving away one's own used things: "selling my son's bike", "barely used",
// "£80 ono", "collection from Heaton Moor", "garage sale". A price and "DM me" from a
// neighbour clearing a cupboard, not from a business.
const SELLS_OWN_THINGS =
  /(?<![\p{L}\p{N}])(?:selling\s+(?:my|our)|(?:barely|hardly|only|never)\s+(?:been\s+)?used|used\s+(?:once|twice|for\s+(?:one|a\s+few|\d+))|o\.?n\.?o|collection\s+(?:from|only|in)|pick-?\s?up\s+(?:in|from|only)|buyer\s+collects|giving\s+away\s+(?:my|our)|free\s+to\s+(?:a\s+)?good\s+home|(?:garage|yard|car\s+boot|moving|stoop)\s+sale|outgrown|declutter(?:ing)?|(?:we|i)\s+never\s+used)(?![\p{L}\p{N}])/iu;

// Passing on a job for someone else: "my team is hiring", "I'm not a recruiter", "I'll pass
// your CV on", "my cousin is looking for a job". The writer gains nothing from the post.
const PASSES_ON_A_JOB =
  /(?<![\p{L}\p{N}])(?:(?:my|our)\s+(?:team|department|office|unit|account)\s+(?:is|are)\s+(?:hiring|looking)|not\s+(?:a|my)\s+(?:recruiter|company)|(?:i'?ll|i\s+will|happy\s+to|can)\s+pass\s+(?:on\s+)?(?:your|their|her|his)\s+(?:cv|details|name|resume|info)|pass\s+(?:your|their|her|his)\s+(?:cv|details|name|resume)\s+on|(?:is|are)\s+looking\s+for\s+(?:a\s+)?(?:job|work|role|position|placement|internship)|if\s+(?:anyone|anybody)(?:'s|’s|\s+is)\s+hiring)(?![\p{L}\p{N}])/iu;

// Asking for votes for one's own family in a contest: "vote for my niece's drawing",
// "she's number 14". Engagement asked for a relative, with nothing sold.
const VOTES_FOR_KIN =
  /(?<![\p{L}\p{N}])(?:vote\s+for\s+(?:my|our)\s+(?:little\s+|baby\s+|big\s+)?(?:niece|nephew|son|daughter|sister|brother|cousin|friend|mum|mom|dad|wife|husband|grandson|granddaughter|kid|boy|girl)|(?:he|she)(?:'s|’s|\s+is)\s+(?:number|no\.?|#)\s*\d+)(?![\p{L}\p{N}])/iu;

// Announcing one's own published work: "my latest column", "our new report", "my article went
// live", "Forbes featured me". On LinkedIn this is the plug of a post (all 61 of our labelled
// posts that say it are promotional); SHARES_OTHERS_WORK is the other side, and "my
// favourite podcast" is someone else's, so "favourite" may not stand between.
const OWN_WORK_NOUN =
  '(?:article|piece|column|op-?ed|blog|e-?book|book|episode|podcast|video|vlog|interview|report|newsletter|webinar|talk|keynote|forecast|series|documentary|essay|workshop|masterclass|livestream|course)s?';
const ANNOUNCES_OWN_WORK = new RegExp(
  '(?<![\\p{L}\\p{N}_])(?:' +
    `(?:my|our)\\s+(?:(?!favou?rites?(?![\\p{L}\\p{N}])|favs?(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}'’-]+\\s+){0,3}${OWN_WORK_NOUN}` +
    '|(?:featured|interviewed|quoted|profiled)\\s+(?:me|us)|features?\\s+(?:one\\s+of\\s+)?(?:my|our)' +
    ')(?![\\p{L}\\p{N}_])',
  'iu',
);

// The shape features read from the words, each asked sentence by sentence (anySentence),
// so a re-lint asks only the sentence that changed.
const SENTENCE_SIGNS: readonly (readonly [feature: string, sign: RegExp])[] = [
  ['shape:seeks-help', SEEKS_HELP],
  ['shape:warns-of-scam', WARNS_OF_SCAM],
  ['shape:good-cause', GOOD_CAUSE],
  ['shape:shares-others-work', SHARES_OTHERS_WORK],
  ['shape:recommends-a-trade', RECOMMENDS_A_TRADE],
  ['shape:sells-own-things', SELLS_OWN_THINGS],
  ['shape:passes-on-a-job', PASSES_ON_A_JOB],
  ['shape:votes-for-kin', VOTES_FOR_KIN],
  ['shape:announces-own-work', ANNOUNCES_OWN_WORK],
];

function shapeFeatures(draft: Draft, analysis: Analysis, values: Map<string, number>): void {
  const words = ownWordCount(analysis);
  values.set(`shape:words:${WORD_BUCKETS.find(([max]) => words <= max)![1]}`, 1);
  // Not "has a link" (see text-features); several links are a list, which is something.
  if (analysis.links.length >= 3) values.set('shape:links:3+', 1);
  // A link under someone else's post or in a message pulls people elsewhere; in one's own
  // post it is how people share. So a link counts by where it is written.
  if (analysis.links.length > 0) values.set(`shape:link@${draft.surface}`, 1);
  if (analysis.mentions.length > 0) values.set('shape:mention', 1);
  if (analysis.letters >= 12 && analysis.upperLetters / analysis.letters > 0.6) values.set('shape:shouting', 1);
  if (analysis.questions.length > 0) values.set('shape:question', 1);
  for (const [feature, sign] of SENTENCE_SIGNS) if (anySentence(analysis, sign)) values.set(feature, 1);
  const p = analysis.pronouns;
  if (p.firstSingular > 0) values.set('shape:pronoun:i', 1);
  if (p.firstPlural > 0) values.set('shape:pronoun:we', 1);
  if (p.second > 0) values.set('shape:pronoun:you', 1);
}

/**
 * The features of a draft. `ruleEvidence` holds each enabled rule's own evidence by
 * rule id; a rule that is turned off adds nothing, so its weight leaves the verdict.
 */
export function draftFeatures(draft: Draft, analysis: Analysis, ruleEvidence: ReadonlyMap<string, Readonly<Record<string, number>>>): DraftFeatures {
  const words = ngramFeatures(analysis);
  // The word features' map is the draft's: shape and rule features join it.
  const values = words.names;
  shapeFeatures(draft, analysis, values);
  for (const [ruleId, evidence] of ruleEvidence) {
    for (const [name, value] of Object.entries(evidence)) if (value !== 0) values.set(`rule:${ruleId}:${name}`, value);
  }
  return { values, rangesOf: (feature) => words.rangesOf(feature) };
}
