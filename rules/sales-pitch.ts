import { z } from 'zod';
import type { Analysis, Sentence, Span } from '../src/engine/analysis/types.js';
import { ownWordCount } from '../src/engine/analysis/words.js';
import { findPhraseGroups, mapSentences } from '../src/engine/analysis/phrase-cache.js';
import { loadLexicon } from '../src/engine/phrases.js';
import { defineRule, type FindingReport } from '../src/engine/rule.js';
import type { Surface } from '../src/engine/types.js';
import type { Verdict } from '../src/engine/model/model.js';
import lexiconData from './lexicons/sales-pitch.json' with { type: 'json' };
import { dedupe, describeEvidence, insideAny, ownWordEvidence, groupTotals, strongestSentence, sum, type Evidence as GroupedEvidence } from './support/evidence.js';
import { isAppeal } from './support/appeals.js';
import { isCommunityNotice } from './support/community-notices.js';
import { familyImpostor } from './support/family-impostor.js';
import { scamHandles } from './support/handles.js';
import { isLookalikeLink, isShopLink, plausibleLinks, spacedOutLinks } from './support/links.js';
import { plausiblePhones } from './support/numbers.js';
import { insideQuotation, reportedSpeech } from './support/quotations.js';
import { isScamWarning } from './support/scam-warnings.js';
import { strangerLure } from './support/stranger-lure.js';
import { testimonialShape } from './support/testimonial-shape.js';

/**
 * Pitch evidence comes in groups: phrases from the lexicon, and entities the shared
 * analysis already found (prices, phone numbers, links). Each group adds its weight
 * once (a little more when it has several different hits) and only the total
 * decides. So "free time", "I bought a car" or "we call them consumers" never make
 * a pitch on their own, while "WIN a £1000 prize! Call 09061701461 now" does.
 */
const lexicon = loadLexicon('sales-pitch', lexiconData);

const PHRASE_GROUPS = ['selfPromo', 'selfPromoHint', 'pointer', 'commerce', 'businessVoice', 'crowdAddress', 'callToAction', 'offer', 'prize', 'prizeHint', 'urgency', 'terms', 'listing', 'testimonial'] as const;
type PhraseGroup = (typeof PHRASE_GROUPS)[number];
type EntityGroup = 'money' | 'percentage' | 'phone' | 'shortCode' | 'link' | 'hiddenLink' | 'shopLink' | 'lookalikeLink' | 'scamHandle' | 'impostor' | 'lure' | 'imperative' | 'onlyPitch';
export type EvidenceGroup = PhraseGroup | EntityGroup;

for (const group of PHRASE_GROUPS) {
  if (!lexicon.groups[group]) throw new Error(`lexicon sales-pitch: missing group "${group}"`);
}

// "Text WIN to 80086", "send STOP to 62468", "txt the word: CLAIM to No: 81010". The "2" of
// "txt WIN 2 80086" stands apart: in "text Dan on 07843 216559" it begins a phone number.
const SHORT_CODE =
  /(?<![\p{L}\p{N}])(?:txt|text|send|reply|sms)(?:ing)?(?![\p{L}\p{N}])[^\n.!?]{0,60}?(?<![\p{L}\p{N}])(?:to\s*|2\s+)(?:no\s*[.:]?\s*)?\d{4,6}(?!\p{N})/giu;
// "Reply YES", "text VIP", "txt the word CLAIM": a keyword in capitals to send back.
const KEYWORD_REPLY =
  /(?<![\p{L}\p{N}])(?:[Rr]eply|REPLY|[Tt]xt|TXT|[Tt]ext|TEXT|[Ss]end|SEND)(?:ing)?\s+(?:with\s+|back\s+)?(?:the\s+word\s*:?\s*)?["']?\p{Lu}[\p{Lu}\d]+(?![\p{L}\p{N}])/gu;
// A call-to-action word right before a phone number: "call 09061701461", "call FREEPHONE 0800 ...",
// "call us on". "Call me on" is a person giving their number, not a pitch.
const CALL_BEFORE = /(?<![\p{L}\p{N}])(?:call|ring|dial|phone|contact|helpline|freephone)(?:\s+(?:us|now|today|free|freephone|on|at|direct|our\s+\w+))*\s*:?\s*$/iu;
// The phrase groups, then SHORT_CODE and KEYWORD_REPLY: matched together, sentence by sentence.
const PATTERNS: readonly RegExp[] = [...PHRASE_GROUPS.map((group) => lexicon.groups[group]!), SHORT_CODE, KEYWORD_REPLY];

// "Check out Ed Sheeran's acoustic version", "watch Kurzgesagt's video on it": pointing at a
// named someone else's work recommends it; it sends no one to the writer's own.
const SOMEONE_ELSES = /^\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['\u2019]s(?![\p{L}\p{N}])/u;

// Under someone else's post, "check out ..." sends their audience elsewhere.
const IN_THREAD: ReadonlySet<Surface> = new Set(['comment', 'reply']);

// Evidence that, inside a sentence given as a command, makes the command a pitch.
const COMMANDING: ReadonlySet<EvidenceGroup> = new Set(['selfPromo', 'selfPromoHint', 'callToAction', 'shortCode']);

// In an appeal for something lost or found, asking people to share, look or get in touch,
// giving a number and offering a reward is asking for help (see support/appeals.ts).
const ASKING_FOR_HELP: ReadonlySet<EvidenceGroup> = new Set(['selfPromoHint', 'pointer', 'callToAction', 'phone', 'prize']);

// In a notice of something run by and for neighbours, "free", "sign up", a price and
// "bring your own" invite people along (see support/community-notices.ts).
const INVITING_NEIGHBOURS: ReadonlySet<EvidenceGroup> = new Set([...ASKING_FOR_HELP, 'offer', 'money', 'commerce', 'urgency']);

// In a warning about a scam, "prize", "claim", "giveaway", "WhatsApp number" and "friend
// request" name the scam being warned about (see support/scam-warnings.ts).
const NAMING_A_SCAM: ReadonlySet<EvidenceGroup> = new Set(['prize', 'prizeHint', 'testimonial', 'callToAction', 'offer', 'money', 'urgency', 'selfPromoHint', 'lure', 'impostor']);

const weight = (value: number, what: string) => z.number().min(0).max(10).default(value).describe(what);

const weightsSchema = z
  .strictObject({
    selfPromo: weight(3, 'Sending people to your channel, page or profile ("check out my channel", "sub 4 sub")'),
    selfPromoHint: weight(2, 'A hint of self-promotion ("subscribe", "my new video", "please like")'),
    pointer: weight(1.5, 'Pointing people somewhere else ("check out", "take a look")'),
    pointerInThread: weight(3, 'The same in a comment or reply, under someone else\'s post, where it pulls people away from the conversation'),
    commerce: weight(0.5, 'Each different word of commerce ("order", "customers", "delivery", "trial", "collection"), up to `commerceCap`'),
    businessVoice: weight(1.5, 'Speaking as a business about what it sells ("our accounting software", "we offer", "my Etsy store")'),
    crowdAddress: weight(1, 'Addressing the crowd rather than a person ("Hey guys", "Hi everyone", "everybody please")'),
    callToAction: weight(2, 'A call to action ("buy now", "sign up", "DM me", "link in bio", "click here", "call 0800...")'),
    offer: weight(1, 'Offer words ("free", "discount", "deal", "50% off")'),
    prize: weight(1.5, 'Prize words ("you have won", "prize", "claim", "guaranteed")'),
    prizeHint: weight(0.5, 'Weaker prize words ("win", "cash", "congratulations")'),
    urgency: weight(1.5, 'Urgency ("urgent", "today only", "last chance", "expires")'),
    terms: weight(2, 'Marketing small print ("T&Cs apply", "unsubscribe", "150p/msg", "PO Box")'),
    listing: weight(1.5, 'Product listing words ("sz 9", "0 bids", "free shipping", "for sale")'),
    testimonial: weight(3, 'A paid testimonial or recovery scam ("I invested ... and got", "got my funds back", "contact her on WhatsApp", "search ... on Google")'),
    money: weight(1, 'A price or an amount of money'),
    percentage: weight(0.5, 'A percentage'),
    phone: weight(2, 'A phone number'),
    shortCode: weight(3, 'A "text WORD to 12345" short code'),
    link: weight(1, 'A link'),
    hiddenLink: weight(1.5, 'An address spaced out or cut up so that filters miss it ("site . com", "site dot com", "/watch?v=...")'),
    shopLink: weight(2, 'A link to a shop, fundraiser or app store, or a referral link'),
    lookalikeLink: weight(2, 'A link built like a phishing or scam address ("anz-secure-login.net", "hmrc-refund-portal.com", "claim-now.xyz")'),
    scamHandle: weight(2, 'An @handle named like an investment, recovery or hacker account, or a page selling exposure ("@fx_mentor_kelvin", "@RecoverFundsHQ", "@growth_collab_hub")'),
    impostor: weight(3, 'The "Hi Mum" scam: a message that calls the reader Mum or Dad from a "new number" and gives none ("Mum it\'s me, my phone broke, text me on WhatsApp")'),
    lure: weight(3, 'A stranger\'s lure in a comment or reply (or a first message): a friend request, "can we be friends", "I would like to know you better", or "check your inbox" beside "Hello handsome"'),
    imperative: weight(1, 'The pitch given as a command ("Subscribe!", "Click here")'),
    onlyPitch: weight(1, 'A short draft that is little more than the pitch'),
  })
  .prefault({});

const optionsSchema = z.strictObject({
  weights: weightsSchema.describe('How much each kind of evidence counts'),
  commerceCap: z.number().min(0).max(50).default(2).describe('Most that words of commerce can add together'),
  onlyPitch: z
    .strictObject({
      maxWords: z.number().int().min(0).max(100).default(6).describe('Most words of your own for a draft to be "only the pitch"'),
      minEvidence: z.number().min(0).max(50).default(2).describe('Evidence a short draft needs before it counts as only the pitch'),
    })
    .prefault({})
    .describe('Short drafts that are nothing but a pitch'),
});

export type SalesPitchOptions = z.output<typeof optionsSchema>;

export type Evidence = GroupedEvidence<EvidenceGroup>;

export interface PitchEvidence {
  evidence: Evidence[];
  /** Weighted total of the groups. */
  total: number;
  totals: ReadonlyMap<EvidenceGroup, number>;
  /** Whether the writer quotes someone's words (see reportedSpeech), pitch or not. */
  quotes: boolean;
}

function collect(analysis: Analysis, surface: Surface): Evidence[] {
  const found: Evidence[] = [];
  const { text } = analysis;
  const links = plausibleLinks(analysis);
  const inLink = (span: Span) => insideAny(span, links);
  const matches = findPhraseGroups(analysis, PATTERNS);
  for (const e of ownWordEvidence(matches, PHRASE_GROUPS, analysis.money, links)) {
    if (e.group !== 'pointer' || !SOMEONE_ELSES.test(text.slice(e.end, e.end + 80))) found.push(e);
  }
  for (const span of analysis.percentages) if (!inLink(span)) found.push({ ...span, group: 'percentage' });
  for (const link of links) found.push({ start: link.start, end: link.end, text: link.text, group: isLookalikeLink(link) ? 'lookalikeLink' : isShopLink(link) ? 'shopLink' : 'link' });
  for (const span of scamHandles(analysis)) found.push({ ...span, group: 'scamHandle' });
  for (const span of spacedOutLinks(analysis)) found.push({ ...span, group: 'hiddenLink' });
  for (const span of familyImpostor(analysis)) found.push({ ...span, group: 'impostor' });
  for (const span of strangerLure(analysis, surface)) found.push({ ...span, group: 'lure' });
  for (const span of testimonialShape(analysis)) if (!inLink(span)) found.push({ ...span, group: 'testimonial' });
  for (const span of plausiblePhones(analysis)) {
    if (inLink(span)) continue;
    found.push({ ...span, group: 'phone' });
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const call = CALL_BEFORE.exec(before);
    if (call) found.push({ start: span.start - before.length + call.index, end: span.start, text: call[0], group: 'callToAction' });
  }
  for (const span of matches[PHRASE_GROUPS.length]!) found.push({ ...span, group: 'shortCode' });
  for (const span of matches[PHRASE_GROUPS.length + 1]!) found.push({ ...span, group: 'callToAction' });
  return found;
}

// Verbs a pitch opens with: "Order online...", "Call today for a free valuation". "Call me"
// and "text me" are how friends talk, so they are not among them.
const COMMAND_VERB =
  /^(?:order|buy|shop|book|call(?!\s+me\b)|grab|try|join|sign\s+up|register|enrol+|download|install|visit|subscribe|follow|save|compare|claim|reserve|apply|contact|message(?!\s+me\b)|text(?!\s+me\b)|email(?!\s+me\b)|click|tap|swipe|discover|explore|upgrade|switch|get\s+(?:your|yours|the|it|a|an|\d)|start\s+your|learn\s+more|find\s+out|hurry|act\s+now|treat\s+yourself|don'?t\s+miss)(?![\p{L}\p{N}])/iu;

const OPENS_WITH_VERB: ReadonlySet<EvidenceGroup> = new Set(['callToAction', 'shortCode']);

// Words that may come before the verb of a command: "Please subscribe", "So go check it out".
const LEAD_IN = /^(?:(?:please|pls|plz|now|so|just|and|go|come|hey|hi|guys|everyone|everybody|also|then|pro\s+tip)[\s,!:.-]+)*/iu;

/** Whether a sentence opens with a verb of buying or joining; cached sentence by sentence. */
function opensWithCommandVerb(sentence: string): boolean {
  return COMMAND_VERB.test(sentence.replace(LEAD_IN, ''));
}

/**
 * Whether the pitch in `sentence` is a command: the sentence is imperative, or it opens
 * with the pitch itself ("Order today and ...", "Book your session now"), which the
 * tagger does not always read as a verb.
 */
function commands(analysis: Analysis, sentence: Sentence, e: Evidence): boolean {
  if (sentence.isImperative) return true;
  // Only these groups' phrases open with their verb ("Order today", "Check out"); "Our book" does not.
  if (!OPENS_WITH_VERB.has(e.group)) return false;
  const text = analysis.text.slice(sentence.start, e.start);
  return text.replace(LEAD_IN, '').trim() === '';
}

/**
 * A pitch given as a command ("Subscribe!", "Click here", "Order online and get 10% off"):
 * a sentence that commands with pitch evidence in it, or one that opens with a verb of
 * buying or joining when there is other pitch evidence.
 */
function commandSentence(analysis: Analysis, evidence: readonly Evidence[]): Sentence | undefined {
  const commanding = evidence.filter((e) => COMMANDING.has(e.group));
  return (
    (commanding.length > 0 ? analysis.sentences.find((s) => commanding.some((e) => e.start >= s.start && e.start < s.end && commands(analysis, s, e))) : undefined) ??
    analysis.sentences[mapSentences(analysis, opensWithCommandVerb).indexOf(true)]
  );
}

// sales-pitch asks for a draft's evidence twice per lint (as model features, then to
// explain the verdict): the second time comes from here.
const evidenceCache = new WeakMap<Analysis, { options: SalesPitchOptions; surface: Surface; found: PitchEvidence }>();

/** All the pitch evidence in a draft and its weighted total. Pure; exported for tests and tuning. */
export function pitchEvidence(analysis: Analysis, options: SalesPitchOptions, surface: Surface = 'post'): PitchEvidence {
  const cached = evidenceCache.get(analysis);
  if (cached && cached.options === options && cached.surface === surface) return cached.found;
  const found = findPitchEvidence(analysis, options, surface);
  evidenceCache.set(analysis, { options, surface, found });
  return found;
}

function findPitchEvidence(analysis: Analysis, options: SalesPitchOptions, surface: Surface): PitchEvidence {
  const weights = IN_THREAD.has(surface) ? { ...options.weights, pointer: options.weights.pointerInThread } : options.weights;
  // What the writer quotes (a scam text they warn about) is not their pitch.
  const quoted = reportedSpeech(analysis.text);
  const appeal = isAppeal(analysis);
  const notice = !appeal && isCommunityNotice(analysis);
  const warning = !appeal && !notice && isScamWarning(analysis);
  // Evidence that, in an appeal, a notice or a warning, is not a pitch.
  const excused = appeal ? ASKING_FOR_HELP : notice ? INVITING_NEIGHBOURS : warning ? NAMING_A_SCAM : undefined;
  const evidence = dedupe(
    collect(analysis, surface).filter((e) => !insideQuotation(e, quoted) && !excused?.has(e.group)),
    weights,
  );
  const quotes = quoted.length > 0;
  if (evidence.length === 0) return { evidence, total: 0, totals: new Map(), quotes };
  // A pitch given as a command counts once more (see commandSentence); an appeal's
  // "please check your sheds", a notice's "bring your own mug" and a warning's "block and
  // report" are not one.
  const command = excused ? undefined : commandSentence(analysis, evidence);
  if (command) evidence.push({ start: command.start, end: command.end, text: command.text, group: 'imperative' });
  const totals = groupTotals(evidence, weights);
  // Words of commerce are weak one by one; it is their number that tells an advert.
  const commerceWords = new Set(evidence.filter((e) => e.group === 'commerce').map((e) => e.text.toLowerCase()));
  if (commerceWords.size) totals.set('commerce', Math.min(options.commerceCap, weights.commerce * commerceWords.size));
  let total = sum(totals.values());
  // A draft that is little more than the pitch has nothing else in it to talk about.
  if (total >= options.onlyPitch.minEvidence && ownWordCount(analysis) <= options.onlyPitch.maxWords) {
    totals.set('onlyPitch', weights.onlyPitch);
    total += weights.onlyPitch;
  }
  return { evidence: evidence.sort((a, b) => a.start - b.start), total, totals, quotes };
}

// The evidence total crossing these marks is a feature of its own: the model learns how
// much "a lot of pitch" counts beyond the groups one by one. (One graded feature instead
// was tried: better on other parts of known sources, worse on sources left out; see
// docs/model-log.md, "Regularisation and the evidence total".)
const TOTAL_MARKS = [1.5, 2.5, 4, 6] as const;

/** The draft's pitch evidence as model features: each group found, and how much there is. */
function evidenceFeatures(found: PitchEvidence): Record<string, number> {
  const features: Record<string, number> = {};
  // A plain link is left to the words around it (see the model's text features).
  for (const group of found.totals.keys()) if (group !== 'link') features[group] = 1;
  for (const mark of TOTAL_MARKS) if (found.total >= mark) features[`total>=${mark}`] = 1;
  // Quoting someone (the scam text one got, what a client said) is telling, not selling:
  // the quoted words leave the rule's evidence, but the model still reads them as words.
  if (found.quotes) features.quotes = 1;
  return features;
}

// Model features that name words in the draft, as opposed to rule evidence or shape.
const WORD_FEATURE = /^[wb]:/;
const MAX_WORDS_SHOWN = 3;

/**
 * The draft's words that weighed most in the verdict and are not already rule evidence.
 * They are shown like evidence of the weakest kind ('onlyPitch' here only orders them
 * after the rule's own hits in the message; it adds no weight anywhere).
 */
function weightiestWords(verdict: Verdict, evidence: readonly Evidence[]): Evidence[] {
  const words: Evidence[] = [];
  for (const c of verdict.contributions) {
    if (words.length >= MAX_WORDS_SHOWN) break;
    if (!WORD_FEATURE.test(c.feature) || c.weight < 0.5) continue;
    const range = c.ranges[0];
    if (!range) continue;
    const [start, end] = range;
    if ([...evidence, ...words].some((e) => start < e.end && end > e.start)) continue;
    words.push({ start, end, text: '', group: 'onlyPitch' });
  }
  return words;
}

type MessageId = 'pitch' | 'selfPromo' | 'listing' | 'testimonial' | 'impostor' | 'lure' | 'messageThem' | 'weakPitch' | 'askInstead' | 'talkFirst' | 'ownWords' | 'sayWhoYouAre';

// What each kind of finding suggests; any other suggests moving the offer to a reply.
const SUGGESTION_FOR: Partial<Record<MessageId, MessageId>> = { selfPromo: 'talkFirst', testimonial: 'ownWords', impostor: 'sayWhoYouAre', lure: 'messageThem' };

export default defineRule({
  meta: {
    id: 'sales-pitch',
    category: 'promotional',
    severity: 'warning',
    weight: 1.6,
    title: 'Sales pitch',
    description: 'Offers, prices, prizes, urgency and calls to action ("buy now", "sign up", "DM me", "check out my channel"), and product listings.',
    why: 'Jumping in with a pitch is what makes people tune out: they came to talk with people, not to be sold to.',
    source: {
      article: '001_da50182b1a9fb9f8.txt',
      quote: 'Treat social networks as places to meet people and network, but not to sell things.',
    },
    messages: {
      pitch: 'This reads like a sales pitch ({{evidence}}).',
      selfPromo: 'This sends people to your channel or page ({{evidence}}) instead of talking with them.',
      listing: 'This reads like a product listing ({{evidence}}).',
      testimonial: 'This reads like a paid testimonial ({{evidence}}): praise that sends people to an account or a contact.',
      impostor: 'This reads like the "Hi Mum" scam ({{evidence}}): a stranger posing as family from a new number.',
      lure: 'This reads like a stranger\'s lure ({{evidence}}): scammers comment under people\'s posts to draw them into private messages.',
      weakPitch: 'This has a hint of a sales pitch ({{evidence}}).',
      askInstead: 'Move the offer to a reply and ask a question instead.',
      ownWords: 'If someone really helped you, say how in your own words, without their handle or contact details.',
      sayWhoYouAre: 'If it really is you, give your name and the new number, or say something only your family would know.',
      messageThem: 'If you know them, say how in the comment, or send them a message directly.',
      talkFirst: 'Say something about what you are replying to first; people who like what you say will find your channel from your profile.',
    },
  },
  options: optionsSchema,
  evidence({ analysis, options, draft }) {
    return evidenceFeatures(pitchEvidence(analysis, options, draft.surface));
  },
  check({ analysis, options, draft, verdict }) {
    // The learned verdict decides; the evidence explains it. Without a verdict (the
    // model is not in use) the rule has nothing to say.
    if (!verdict || verdict.probability < verdict.thresholds.info) return [];
    const { evidence, total, totals } = pitchEvidence(analysis, options, draft.surface);
    // The command bonus spans a whole sentence; point at the words themselves.
    const specific = evidence.filter((e) => e.group !== 'imperative');
    const shown = [...specific, ...weightiestWords(verdict, specific)].map((e) => (e.text ? e : { ...e, text: analysis.text.slice(e.start, e.end) }));
    if (shown.length === 0) shown.push({ start: 0, end: analysis.text.length, text: analysis.text, group: 'onlyPitch' });
    const finding: FindingReport<MessageId> = {
      messageId: 'pitch',
      // The rule's own hits choose the sentence to point at; the model's words are shown
      // in the message but weigh nothing here, as everywhere else.
      range: strongestSentence(analysis, specific.length > 0 ? specific : shown, options.weights),
      data: { evidence: describeEvidence(shown, options.weights) },
    };
    const selfPromo = (totals.get('selfPromo') ?? 0) + (totals.get('selfPromoHint') ?? 0);
    if (verdict.probability < verdict.thresholds.warning) {
      finding.messageId = 'weakPitch';
      finding.severity = 'info';
    } else if (totals.has('impostor')) finding.messageId = 'impostor';
    else if (totals.has('lure')) finding.messageId = 'lure';
    else if (totals.has('testimonial') && (totals.get('testimonial') ?? 0) >= total / 3) finding.messageId = 'testimonial';
    else if (totals.has('listing') && totals.has('money') && (totals.get('listing') ?? 0) + (totals.get('money') ?? 0) >= total / 2) finding.messageId = 'listing';
    else if (selfPromo > 0 && selfPromo >= total / 2) finding.messageId = 'selfPromo';
    finding.suggestions = [{ messageId: SUGGESTION_FOR[finding.messageId] ?? 'askInstead' }];
    return [finding];
  },
});
