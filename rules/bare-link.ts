import { z } from 'zod';
import type { LinkSpan } from '../src/engine/analysis/types.js';
import { ownWordCount } from '../src/engine/analysis/words.js';
import { defineRule, type FindingReport } from '../src/engine/rule.js';
import { plausibleLinks } from './support/links.js';
import { hasPersonalTouch } from './support/personal-touch.js';

/** "Wife.how" is two words someone forgot to space, not a link: its words are the person's own. */
function wordsInFalseLinks(spans: readonly { text: string }[]): number {
  return spans.reduce((n, s) => n + s.text.split(/[.\s]+/).filter((w) => /\p{L}/u.test(w)).length, 0);
}

// Share buttons of video and music sites write "Artist - Title (Official): https://youtu.be/...".
// The title says what the link is, which is more than a naked URL, so it is a hint (info)
// rather than a warning.
const MEDIA_HOST = /^(?:https?:\/\/)?(?:www\.|m\.|music\.|open\.)?(?:youtube\.com|youtu\.be|vimeo\.com|soundcloud\.com|spotify\.com|music\.apple\.com|dailymotion\.com)\//i;
const TITLE_BEFORE = /(?:^|\n)[^\n]*\S\s[-\u2013\u2014]\s\S[^\n]*:\s*$/u;

function isTitledShare(text: string, link: LinkSpan): boolean {
  return MEDIA_HOST.test(link.url) && text.slice(link.end).trim() === '' && TITLE_BEFORE.test(text.slice(0, link.start));
}

type MessageId = 'bareLink' | 'linkOnly' | 'titleOnly' | 'linkDump' | 'addWhy';

export default defineRule({
  meta: {
    id: 'bare-link',
    category: 'promotional',
    severity: 'warning',
    // A hint that costs a little more than most: a link with nothing of you is the
    // "link-posting robot" of article 004.
    weight: 1.5,
    // A post that is a headline and a link with nothing of the writer in it (no I, no
    // feeling, no question) is the failure article 000 quotes: it keeps at most 48 of 100,
    // the "broadcast" band, while it stays a hint (everyday tweets share news links too,
    // and a warning on each would be noise).
    points: { linkOnly: 52 },
    title: 'Bare link',
    description: 'A link with few or no words of your own around it.',
    why: 'A link with nothing of you around it reads like a link-posting robot, and people scroll past it.',
    source: {
      article: '004_4271e1fef3cfc11c.txt',
      quote: 'Share. Be generous. Be personal. Help others. Be a real person, not a link-posting robot.',
    },
    messages: {
      bareLink: 'This link has only {{words}} word(s) of your own around it.',
      linkOnly: 'A headline and a link, with nothing of you in it: this reads like a broadcast.',
      titleOnly: 'This link has only its title around it: say what it meant to you.',
      linkDump: '{{links}} links with only {{words}} word(s) of your own: this reads like a list of links.',
      addWhy: 'Lead with why this matters to you, then the link.',
    },
  },
  options: z.strictObject({
    minOwnWords: z.number().int().min(0).max(100).default(10).describe('Words of your own a link needs around it'),
    maxLinks: z.number().int().min(1).max(50).default(2).describe('Links in one post before it reads like a list'),
  }),
  evidence({ analysis, options }) {
    const links = plausibleLinks(analysis);
    const none: Record<string, number> = {};
    if (links.length === 0) return none;
    // Only a list of links with few words is evidence: one bare link is how friends share
    // things too (a hint, not a pitch).
    const words = ownWordCount(analysis);
    return links.length > options.maxLinks && words < options.minOwnWords * links.length ? { linkDump: 1 } : none;
  },
  check({ draft, analysis, options, verdict }) {
    const links = plausibleLinks(analysis);
    if (links.length === 0) return [];
    const words = ownWordCount(analysis) + wordsInFalseLinks(analysis.links.filter((l) => !links.includes(l)));
    const findings: FindingReport<MessageId>[] = [];
    const suggestions = [{ messageId: 'addWhy' as const }];
    if (links.length > options.maxLinks && words < options.minOwnWords * links.length) {
      const first = links[0]!;
      const last = links[links.length - 1]!;
      findings.push({ messageId: 'linkDump', range: [first.start, last.end], data: { links: links.length, words }, suggestions });
    } else if (words < options.minOwnWords) {
      const broadcast = draft.surface === 'post' && analysis.questions.length === 0 && !hasPersonalTouch(analysis);
      for (const link of links) {
        const titled = links.length === 1 && isTitledShare(analysis.text, link);
        findings.push({
          messageId: titled ? 'titleOnly' : broadcast ? 'linkOnly' : 'bareLink',
          range: [link.start, link.end],
          data: { words },
          suggestions,
          ...(titled ? { severity: 'info' as const } : {}),
        });
      }
    }
    // A link with few words is a warning only when the draft reads as promotion as a whole
    // (the learned verdict). Otherwise it is a hint: people share links, photos and songs
    // with few words all the time, and a warning on each would be noise. Without the model
    // (sales-pitch turned off) the rule stands on its own.
    if (verdict && verdict.probability < verdict.thresholds.warning) for (const f of findings) f.severity = 'info';
    return findings;
  },
});
