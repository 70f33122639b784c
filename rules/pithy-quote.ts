import { z } from 'zod';
import type { Analysis, Span, Token } from '../src/engine/analysis/types.js';
import { findPhrases } from '../src/engine/analysis/phrase-cache.js';
import { loadLexicon, matchPhrases } from '../src/engine/phrases.js';
import { trimmedRange } from '../src/engine/ranges.js';
import { defineRule, type FindingReport } from '../src/engine/rule.js';
import quotesData from './lexicons/quotes.json' with { type: 'json' };

type MessageId = 'onlyQuote' | 'quotePost' | 'slogan' | 'addWhyItMatters';

const quotes = loadLexicon('quotes', quotesData);
const MARKER = quotes.groups.marker!;
const MARKER_HASHTAG = quotes.groups.markerHashtag!;
const MOTIVATION_HASHTAG = quotes.groups.motivationHashtag!;
const OFTEN_QUOTED = quotes.groups.oftenQuoted!;
const SLOGAN = quotes.groups.slogan!;

// Text in quotation marks: curly, straight or guillemets.
const QUOTED = /\u201c[^\u201c\u201d]+\u201d|"[^"\n]+"|\u00ab[^\u00ab\u00bb]+\u00bb/gu;
// "— Steve Jobs", "- Shakespeare -", "~ Rumi" at the end of the text (hashtags may follow).
const ATTRIBUTION =
  /(?:^|[\s"\u201d'\u2019.!?])((?:[\u2014\u2013\u2015~]|--?)\s*(\p{Lu}[\p{L}.'\u2019]*(?:-\p{L}[\p{L}.'\u2019]*)*(?:[ \t]+(?:\p{Lu}[\p{L}.'\u2019]*(?:-\p{L}[\p{L}.'\u2019]*)*|of|the|de|van|von|da|al)){0,4}),?(?:[ \t]*[-\u2014\u2013~]+)?)[\s.]*(?:#[\p{L}\p{N}_]+[\s.]*)*$/u;
const LETTER = /\p{L}/u;
const SPACES = /\s+/u;

interface Attribution extends Span {
  name: string;
}

// An attribution closes the post; looking only at its tail keeps the search cheap on long drafts.
const ATTRIBUTION_TAIL = 300;

function findAttribution(text: string): Attribution | undefined {
  const offset = Math.max(0, text.length - ATTRIBUTION_TAIL);
  const m = ATTRIBUTION.exec(text.slice(offset));
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  const start = offset + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, text: m[1], name: m[2] };
}

function inside(token: Token, spans: readonly Span[]): boolean {
  return spans.some((s) => token.start >= s.start && token.end <= s.end);
}

/** Words of the writer's own: outside the quotation, the attribution and any hashtag, link or mention. */
function ownWordsOutside(analysis: Analysis, spans: readonly Span[]): Token[] {
  const skip = [...spans, ...analysis.hashtags, ...analysis.links, ...analysis.mentions];
  return analysis.tokens.filter((t) => t.end > t.start && LETTER.test(t.text) && !inside(t, skip));
}

function speaksForSelf(words: readonly Token[]): boolean {
  return words.some((t) => t.normal === 'i' || t.normal === 'me' || t.normal === 'my' || t.normal === 'mine' || t.normal === 'myself');
}

/** A name is a credible source of a quote when it is often quoted or has two or more words ("Steve Jobs"). */
function isQuotedPerson(name: string): boolean {
  if (name.trim().split(SPACES).length >= 2) return true;
  return matchPhrases(name, OFTEN_QUOTED).some((m) => m.start === 0 && m.end === name.length);
}

/** The first hashtag whose name (without "#") is one of the group's words. */
function hashtagIn(analysis: Analysis, group: RegExp): Span | undefined {
  return analysis.hashtags.find((tag) => {
    const name = tag.text.slice(1);
    return matchPhrases(name, group).some((m) => m.start === 0 && m.end === name.length);
  });
}

export default defineRule({
  meta: {
    id: 'pithy-quote',
    category: 'impersonal',
    severity: 'warning',
    title: 'Only a quote',
    description: 'A post that is only a quote or a slogan ("— Steve Jobs", "quote of the day", "never give up"), with nothing of you in it.',
    why: 'A feed of pithy quotes tells people nothing about you, so nobody has a reason to reply.',
    source: {
      article: '003_0f25b87894c1b256.txt',
      quote: 'your Tweet-stream contains a bunch of pithy quotes or random links',
    },
    messages: {
      onlyQuote: 'This is only a quote{{by}}, with nothing of yours around it.',
      quotePost: '“{{marker}}” with nothing of your own: a quote post says nothing about you.',
      slogan: 'This reads like a slogan, with nothing of you in it.',
      addWhyItMatters: 'Add a line about why this stays with you, or when it helped you.',
    },
  },
  options: z.strictObject({
    maxOwnWords: z
      .number()
      .int()
      .min(0)
      .max(100)
      .default(6)
      .describe('Words of your own next to a quote (outside the quotation marks and the attribution) before it is more than a quote'),
    minSayingWords: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(5)
      .describe('Words a saying without quotation marks needs before an attribution ("- Seneca") makes it a quote rather than a signature'),
    maxSloganWords: z.number().int().min(1).max(200).default(25).describe('Longest post that can read as a bare slogan'),
  }),
  check({ analysis, draft, options }) {
    const { text } = analysis;
    const suggestions = [{ messageId: 'addWhyItMatters' as const }];
    const whole = trimmedRange(text);
    const quoted = matchPhrases(text, QUOTED).filter((q) => q.text.split(SPACES).length >= 3);
    const attribution = findAttribution(text);
    const findings: FindingReport<MessageId>[] = [];

    // A quotation with an attribution, or a saying without quotation marks ending in a quoted person's name.
    if (attribution) {
      const own = ownWordsOutside(analysis, quoted.length > 0 ? [...quoted, attribution] : [attribution]);
      const onlyQuote =
        quoted.length > 0
          ? own.length <= options.maxOwnWords && !speaksForSelf(own)
          : own.length >= options.minSayingWords && isQuotedPerson(attribution.name) && !speaksForSelf(own) && analysis.questions.length === 0;
      if (onlyQuote) {
        findings.push({ messageId: 'onlyQuote', range: whole, data: { by: ` by ${attribution.name}` }, suggestions });
        return findings;
      }
    }

    // "Quote of the day: ...", "#quotes": a quote post, unless the writer says something of their own.
    // Quote posts are posts: "Quote of the day!" in a comment answers someone.
    const marker = findPhrases(analysis, MARKER)[0] ?? hashtagIn(analysis, MARKER_HASHTAG);
    const bare = analysis.pronouns.firstSingular === 0 && analysis.links.length === 0 && analysis.mentions.length === 0 && analysis.questions.length === 0;
    if (marker && draft.surface === 'post' && analysis.wordCount >= 4 && bare) {
      const own = quoted.length > 0 ? ownWordsOutside(analysis, [...quoted, marker]) : [];
      if (quoted.length === 0 || own.length <= options.maxOwnWords) {
        findings.push({ messageId: 'quotePost', range: [marker.start, marker.end], data: { marker: marker.text }, suggestions });
        return findings;
      }
    }

    // A stock slogan ("never give up", "success is not ...") or a saying under a motivation hashtag, with nothing of the person.
    if (analysis.wordCount <= options.maxSloganWords && bare) {
      const slogan = findPhrases(analysis, SLOGAN)[0] ?? (analysis.wordCount >= 5 ? hashtagIn(analysis, MOTIVATION_HASHTAG) : undefined);
      // A weak signal: people share sayings with friends all the time.
      if (slogan) findings.push({ messageId: 'slogan', range: whole, severity: 'info', suggestions });
    }
    return findings;
  },
});
