import type { Analysis, Span, Token } from './types.js';

const LETTER = /\p{L}/u;

function inside(token: Token, spans: readonly Span[]): boolean {
  return spans.some((s) => token.start < s.end && token.end > s.start);
}

/**
 * The person's own words: tokens with a letter that are not part of a link,
 * mention, hashtag or cashtag. "Great read https://x.co #ai" has two.
 */
export function ownWords(analysis: Analysis): Token[] {
  const entities = [...analysis.links, ...analysis.mentions, ...analysis.hashtags, ...analysis.cashtags];
  return analysis.tokens.filter((t) => t.end > t.start && LETTER.test(t.text) && !t.tags.has('Url') && !inside(t, entities));
}
