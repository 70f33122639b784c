import { z } from 'zod';
import type { Analysis } from '../src/engine/analysis/types.js';
import { ownWordCount } from '../src/engine/analysis/words.js';
import { findPhraseGroups } from '../src/engine/analysis/phrase-cache.js';
import { loadLexicon } from '../src/engine/phrases.js';
import { defineRule, type FindingReport } from '../src/engine/rule.js';
import lexiconData from './lexicons/recruiting-pitch.json' with { type: 'json' };
import { dedupe, describeEvidence, ownWordEvidence, groupTotals, strongestSentence, sum, type Evidence as GroupedEvidence } from './support/evidence.js';
import { isShopLink, plausibleLinks, spacedOutLinks } from './support/links.js';

/**
 * Multi-level marketing and "opportunity" recruiting: the downline pitch of article
 * 003, and its online form, "work from home, earn $500 a week, join my team". The
 * same weighted-evidence scheme as sales-pitch: "I make money as a nurse" or "join
 * us for dinner" are one piece of evidence and never enough on their own.
 */
const lexicon = loadLexicon('recruiting-pitch', lexiconData);

const PHRASE_GROUPS = ['recruit', 'mlmTopic', 'income', 'invite'] as const;
type PhraseGroup = (typeof PHRASE_GROUPS)[number];
export type RecruitingGroup = PhraseGroup | 'money' | 'link' | 'referralLink' | 'onlyPitch';

for (const group of PHRASE_GROUPS) {
  if (!lexicon.groups[group]) throw new Error(`lexicon recruiting-pitch: missing group "${group}"`);
}
const PATTERNS: readonly RegExp[] = PHRASE_GROUPS.map((group) => lexicon.groups[group]!);

const weight = (value: number, what: string) => z.number().min(0).max(10).default(value).describe(what);

const optionsSchema = z.strictObject({
  threshold: z.number().min(0.5).max(50).default(3).describe('Evidence needed to call a draft a recruiting pitch'),
  infoThreshold: z.number().min(0).max(50).default(1.5).describe('Evidence for a quiet hint (severity info); at the threshold it is a warning'),
  weights: z
    .strictObject({
      recruit: weight(3, 'Recruiting ("join my team", "be your own boss", "business opportunity", "get in on the ground floor")'),
      mlmTopic: weight(1.5, 'Multi-level marketing words ("MLM", "network marketing", "downline", "distributor")'),
      income: weight(2, 'Promises of income ("earn $500 a week", "work from home", "get paid to", "free money")'),
      invite: weight(1, 'An invitation to join ("sign up", "register", "DM me", "interested?", "use my link")'),
      money: weight(0.5, 'An amount of money'),
      link: weight(1, 'A link'),
      referralLink: weight(1.5, 'A referral or affiliate link'),
      onlyPitch: weight(1, 'A short draft that is little more than the pitch'),
    })
    .prefault({})
    .describe('How much each kind of evidence counts'),
  maxWordsForOnlyPitch: z.number().int().min(0).max(100).default(6).describe('Most words of your own for a draft to be "only the pitch"'),
});

export type RecruitingOptions = z.output<typeof optionsSchema>;
type Evidence = GroupedEvidence<RecruitingGroup>;

function collect(analysis: Analysis): Evidence[] {
  const found: Evidence[] = [];
  const links = plausibleLinks(analysis);
  found.push(...ownWordEvidence(findPhraseGroups(analysis, PATTERNS), PHRASE_GROUPS, analysis.money, links));
  for (const link of links) found.push({ start: link.start, end: link.end, text: link.text, group: isShopLink(link) ? 'referralLink' : 'link' });
  for (const span of spacedOutLinks(analysis)) found.push({ ...span, group: 'link' });
  return found;
}

interface RecruitingFound {
  evidence: Evidence[];
  total: number;
  totals: Map<RecruitingGroup, number>;
}

// Asked for twice per lint (as model features, then to report): the second time comes from here.
const found = new WeakMap<Analysis, { options: RecruitingOptions; result: RecruitingFound }>();

/** All the recruiting evidence in a draft and its weighted total. Pure; exported for tests. */
export function recruitingEvidence(analysis: Analysis, options: RecruitingOptions): RecruitingFound {
  const cached = found.get(analysis);
  if (cached && cached.options === options) return cached.result;
  const result = findRecruitingEvidence(analysis, options);
  found.set(analysis, { options, result });
  return result;
}

function findRecruitingEvidence(analysis: Analysis, options: RecruitingOptions): RecruitingFound {
  const evidence = dedupe(collect(analysis), options.weights);
  const totals = groupTotals(evidence, options.weights);
  let total = sum(totals.values());
  // Links and amounts alone are not recruiting; the words have to be there.
  if (!totals.has('recruit') && !totals.has('mlmTopic') && !totals.has('income')) return { evidence, total: 0, totals };
  if (total >= 2 && ownWordCount(analysis) <= options.maxWordsForOnlyPitch) {
    totals.set('onlyPitch', options.weights.onlyPitch);
    total += options.weights.onlyPitch;
  }
  return { evidence, total, totals };
}

type MessageId = 'recruiting' | 'incomeClaim' | 'weakRecruiting' | 'tellStory';

export default defineRule({
  meta: {
    id: 'recruiting-pitch',
    category: 'promotional',
    severity: 'warning',
    weight: 1.6,
    title: 'Recruiting pitch',
    description: 'Multi-level marketing and "opportunity" recruiting: "join my team", "be your own boss", "work from home and earn $500 a week".',
    why: 'Recruiting people you have not got to know is the pitch that makes friends avoid you.',
    source: {
      article: '003_0f25b87894c1b256.txt',
      quote:
        'The guy getting in everyone\u2019s face selling a multi-level-marketing product might, just by sheer force of will, get 1 out of 100 people to \u201cjoin his downline\u201d at the event. But the other 99 will write him off as tacky and self-serving.',
    },
    messages: {
      recruiting: 'This reads like a recruiting pitch ({{evidence}}).',
      incomeClaim: 'This promises easy money ({{evidence}}), which reads like a recruiting pitch.',
      weakRecruiting: 'This has a hint of a recruiting pitch ({{evidence}}).',
      tellStory: 'Get to know people first: share what your work is really like, and let them ask you about it.',
    },
  },
  options: optionsSchema,
  evidence({ analysis, options }) {
    const { total, totals } = recruitingEvidence(analysis, options);
    const features: Record<string, number> = {};
    if (total === 0) return features;
    for (const group of totals.keys()) features[group] = 1;
    if (total >= options.threshold) features['total>=threshold'] = 1;
    return features;
  },
  check({ analysis, options, verdict }) {
    const { evidence, total, totals } = recruitingEvidence(analysis, options);
    if (total < options.infoThreshold) return [];
    const finding: FindingReport<MessageId> = {
      messageId: totals.has('recruit') || totals.has('mlmTopic') ? 'recruiting' : 'incomeClaim',
      range: strongestSentence(analysis, evidence, options.weights),
      data: { evidence: describeEvidence(evidence, options.weights) },
      suggestions: [{ messageId: 'tellStory' }],
    };
    // The evidence is a feature of the learned verdict, which decides between a hint and a
    // warning; without the model (sales-pitch turned off) the rule's own threshold does.
    if (total < options.threshold || (verdict && verdict.probability < verdict.thresholds.warning)) {
      finding.messageId = 'weakRecruiting';
      finding.severity = 'info';
    }
    return [finding];
  },
});
