import { findPhrases } from '../../src/engine/analysis/phrase-cache.js';
import type { Analysis, Span } from '../../src/engine/analysis/types.js';
import type { Surface } from '../../src/engine/types.js';

/**
 * A stranger's lure: a comment or reply under someone's post (or a first message) that tries
 * to move them into private contact, as romance and investment scammers do ("Hi dear, I
 * sent you a friend request", "I would like to know you better, kindly check your inbox").
 * Its shape:
 * - words only such a lure uses: a friend request sent or to be accepted, asking to be
 *   friends, to know the reader better, to talk with them privately, "looking for a serious
 *   relationship"; or
 * - a pointer to the writer's or the reader's inbox ("check your DM", "I sent you a
 *   message", "reply me", "can I message you") beside the flattery of a stranger ("Hello
 *   handsome", "nice smile", "you seem like a wonderful person") or the persona such
 *   writers take ("I'm a widower", "an engineer on an oil rig").
 * Friends who say "check your DMs" under a post do it without calling each other handsome.
 * In a private message only the first kind counts: friends point at their inboxes there.
 */
const IN_THREAD: ReadonlySet<Surface> = new Set(['comment', 'reply']);
const READ: ReadonlySet<Surface> = new Set([...IN_THREAD, 'message']);

const YOU = '(?:you|u|ya)';
const YOUR = '(?:your|ur|yr)';

// Words only a lure uses. "I sent you a friend request", "accept my request", "can we be
// friends", "I would like to know you better", "chat with you privately".
const LURE_WORDS = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    `(?:i|i've|i\\s+have|i\\s+just|just|i\\s+already|already)\\s+(?:just\\s+)?sent\\s+${YOU}\\s+(?:a\\s+)?(?:friend\\s+|follow\\s+|connection\\s+)?(?:request|req)` +
    // "from my new account": someone the reader knows, back after losing the old one.
    "(?![\\s,]+(?:from|on|with)\\s+(?:my|our)\\s+(?:new|other|second|old|real)\\s)" +
    '|(?:accept|add)\\s+(?:my|me)\\s+(?:friend\\s+|follow\\s+|connection\\s+)?(?:request|req)' +
    '|(?:pls|please|plz|kindly)\\s+accept\\s+me' +
    `|(?:like|love|want|wish|need)\\s+to\\s+(?:know|get\\s+to\\s+know)\\s+${YOU}\\s+(?:better|more|personally|closely)` +
    // "Can we be friends again?" is an old friend making up.
    '|(?:can|could|shall|may)\\s+(?:we|i)\\s+be\\s+(?:friends|your\\s+friend)(?!\\s+again)' +
    `|(?:like|love|want|wish)\\s+to\\s+be\\s+${YOUR}\\s+friend` +
    `|(?:talk|chat|speak)\\s+(?:(?:with|to)\\s+${YOU}\\s+)?(?:privately|in\\s+private|(?:in|on|via|through)\\s+(?:your\\s+|the\\s+|my\\s+)?(?:inbox|dm|pm|private|messenger))` +
    '|looking\\s+for\\s+(?:a\\s+|my\\s+)?(?:someone\\s+(?:honest|special|caring|loyal)|serious\\s+relationship|soul\\s?mate|true\\s+love|life\\s+partner|good\\s+(?:woman|man|wife|husband))' +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);

// Pointing at an inbox, or at the writer's profile where the contact is: "check your DMs",
// "I sent you a message", "reply me", "can I message you", "hit me up in my inbox", "check my bio".
const INBOX_POINTER = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    `(?:check|see|open|look\\s+(?:at|in))\\s+${YOUR}\\s+(?:inbox|dms?|messages?|message\\s+requests?|requests?|pms?|dm\\s+box|messenger)` +
    `|(?:i|i've|i\\s+have|just|i\\s+just)\\s+(?:just\\s+)?(?:sent|dropped|left)\\s+${YOU}\\s+(?:a\\s+)?(?:message|msg|dm|pm|text)` +
    '|reply\\s+me' +
    // "DM me where you got it" asks a friend for something; "DM me" alone asks them over.
    '|(?:dm|pm|inbox|message)\\s+me(?!\\s+(?:the|where|what|when|how|which|your|ur|if|back|later|tomorrow|tonight))' +
    '|(?:hit|reach)\\s+me\\s+up\\s+(?:in|on|via)\\s+(?:my\\s+|the\\s+)?(?:inbox|dm|pm|messenger)' +
    `|(?:can|may|could)\\s+i\\s+(?:message|dm|pm|inbox|text)\\s+${YOU}|(?:mind|okay|ok)\\s+if\\s+i\\s+(?:message|dm|pm|inbox|text)\\s+${YOU}|slide\\s+(?:in|into)\\s+${YOUR}\\s+dms?` +
    '|send\\s+me\\s+a\\s+(?:friend\\s+)?(?:request|req)' +
    '|(?:check|see)\\s+my\\s+(?:bio|profile)' +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);

// The flattery of a stranger, or the persona such writers take: a greeting with a word of
// affection ("Hello dear", "hey beautiful"), praise of looks, profile or goodness ("nice
// smile", "you look gorgeous", "you seem like a wonderful person", "a woman of God"); a
// widow, a soldier or an engineer far away.
const STRANGER_SIGN = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    '(?:hi|hello|hey|hy|hii+|good\\s+(?:morning|day|evening))[\\s,!.]+(?:my\\s+)?(?:dear|dearest|handsome|beautiful|gorgeous|pretty|sweetheart|sweety|sweetie|sexy|cutie|angel|queen|pretty\\s+lady|beautiful\\s+lady)' +
    '|(?:beautiful|gorgeous|pretty)\\s+(?:queen|lady|angel|woman)' +
    '|(?:nice|lovely|beautiful|cute|charming|sweet|gorgeous|pretty)\\s+(?:profile|smile|face|eyes)' +
    `|${YOUR}\\s+(?:profile|smile|beauty|eyes|pictures?|photos?|pics?)\\s+(?:caught|got|attracted|is|are|tho)` +
    `|${YOU}\\s+(?:look|are|r)\\s+(?:so\\s+|very\\s+|really\\s+|soo+\\s+)?(?:beautiful|gorgeous|handsome|pretty|stunning|charming|cute|sexy)` +
    // "You seem like a wonderful person" to someone one has never met; "you look good" is
    // what friends say, so only "seem" counts here.
    `|${YOU}\\s+seem\\s+(?:like\\s+)?(?:a\\s+|an\\s+|really\\s+|so\\s+)?(?:wonderful|kind|caring|lovely|honest|good|nice|sweet)(?:\\s+(?:person|woman|man|lady|soul))?` +
    '|(?:woman|man|lady)\\s+(?:of\\s+god|with\\s+(?:a\\s+)?(?:good|kind|pure)\\s+heart)' +
    "|(?:i'?m|i\\s+am)\\s+(?:a\\s+)?(?:widow|widower|divorced|single\\s+(?:father|mother|dad|mum|mom))" +
    '|(?:offshore|oil\\s+rig|peace\\s?keeping|deployed|on\\s+(?:a\\s+)?(?:un|military)\\s+mission|us\\s+army|marine\\s+engineer)' +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);

/** The lure's words in a draft that has a stranger's lure in it; else none. */
export function strangerLure(analysis: Analysis, surface: Surface): Span[] {
  if (!READ.has(surface)) return [];
  const lure = findPhrases(analysis, LURE_WORDS);
  if (lure.length > 0) return [...lure];
  if (!IN_THREAD.has(surface)) return [];
  const pointer = findPhrases(analysis, INBOX_POINTER);
  if (pointer.length === 0) return [];
  const stranger = findPhrases(analysis, STRANGER_SIGN);
  return stranger.length > 0 ? [...stranger, ...pointer] : [];
}
