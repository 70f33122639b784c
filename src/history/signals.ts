import type { Analysis } from '../engine/analysis/types.js';
import type { Surface } from '../engine/types.js';

/**
 * What a send says about the habits the articles describe, read from the engine's
 * analysis: does the person speak for themselves, talk with someone, or pass on a link?
 * Shared by the recorder (to tag history entries) and the history rules (to judge the
 * draft in hand the same way).
 */
export interface DraftSignals {
  /** The person speaks of themselves: "I", "me", "my". */
  personal: boolean;
  /** A question, thanks or congratulations, or someone addressed by @name at the start. */
  conversational: boolean;
  link: boolean;
}

const THANKS =
  /\b(?:thanks|thank\s+you|thx|ty|cheers|grateful|appreciate(?:d)?|congrat(?:s|ulations)|well\s+done|happy\s+birthday|good\s+luck|proud\s+of\s+you)\b/iu;
const ADDRESSED = /^\s*(?:[@＠][\p{L}\p{N}_]+[\s,:]*)+/u;

export function draftSignals(analysis: Analysis): DraftSignals {
  return {
    personal: analysis.pronouns.firstSingular > 0,
    conversational: analysis.questions.length > 0 || THANKS.test(analysis.text) || ADDRESSED.test(analysis.text),
    link: analysis.links.length > 0,
  };
}

/** Replies, comments and messages are conversation by where they are written. */
export function isConversationSurface(surface: Surface): boolean {
  return surface !== 'post';
}

export interface PostKind {
  surface: Surface;
  promotional: boolean;
  personal: boolean;
  conversational: boolean;
  link: boolean;
}

/**
 * The social side of the articles' ledger: a reply, thanks, a question, or a personal
 * post that is not a pitch ("They never retweet, reply ... They never get personal").
 */
export function isSocial(post: PostKind): boolean {
  return isConversationSurface(post.surface) || post.conversational || (post.personal && !post.promotional);
}

/** A broadcast: said to everyone and to no one, with nothing social about it. */
export function isBroadcast(post: PostKind): boolean {
  return !isSocial(post);
}

/** The two kinds of broadcast the articles single out: the pitch and the bare link. */
export function isPitchOrLink(post: PostKind): boolean {
  return post.promotional || post.link;
}
