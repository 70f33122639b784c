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
 *   writers take ("I'm a widower", "an engineer on an oil rig") or the way they open ("I was
 *   drawn by your profile picture", "I rarely check fb"); or
 * - in a private message, such an opening beside another app to talk on ("chat on WhatsApp").
 * Friends who say "check your DMs" under a post do it without calling each other handsome.
 * In a private message only the first and last kinds count: friends point at their inboxes there.
 */
const IN_THREAD: ReadonlySet<Surface> = new Set(['comment', 'reply']);
const READ: ReadonlySet<Surface> = new Set([...IN_THREAD, 'message']);

const YOU = '(?:you|u|ya)';
const YOUR = '(?:your|ur|yr)';
const APPS = '(?:whats\\s?app|telegram|google\\s+chat|hangouts?|signal|kik|wechat|line\\s+app|snapchat|viber)';

// Words only a lure uses. "I sent you a friend request", "accept my request", "can we be
// friends", "I would like to know you better", "chat with you privately".
const LURE_WORDS = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    `(?:i|i've|i\\s+have|i\\s+just|just|i\\s+already|already)\\s+(?:just\\s+)?sent\\s+${YOU}\\s+(?:a\\s+)?(?:friend\\s+|follow\\s+|connection\\s+)?(?:request|req)` +
    // "from my new account": someone the reader knows, back after losing the old one.
    "(?![\\s,]+(?:from|on|with)\\s+(?:my|our)\\s+(?:new|other|second|old|real)\\s)" +
    '|(?:accept|add)\\s+(?:my|me)\\s+(?:friend\\s+|follow\\s+|connection\\s+)?(?:request|req|connection)' +
    '|(?:pls|please|plz|kindly)\\s+accept\\s+me' +
    `|(?:like|love|want|wish|need)\\s+to\\s+(?:know|get\\s+to\\s+know)\\s+${YOU}\\s+(?:better|more|personally|closely)` +
    // "Can we be friends again?" is an old friend making up.
    '|(?:can|could|shall|may)\\s+(?:we|i)\\s+be\\s+(?:friends?|your\\s+friend)(?!\\s+again)' +
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
    '|reply\\s+(?:me|my\\s+(?:message|msg|dm|text))' +
    // Mail the reader will not see at once: "check your other folder", "I wrote you".
    `|(?:check|see|open)\\s+${YOUR}\\s+(?:other|spam|filtered|hidden|message\\s+request)\\s+(?:folder|box|inbox|messages)|i\\s+(?:wrote|messaged|texted)\\s+${YOU}(?![\\p{L}\\p{N}])(?!\\s+(?:about|back|last|yesterday|earlier|this))` +
    // Moving the talk to another app: "text me on Google Chat", "are you on telegram?",
    // "let's chat on WhatsApp".
    `|(?:chat|talk|text|message|write|reach|contact|add|find)\\s+(?:(?:with\\s+)?me\\s+)?(?:on|via|over\\s+on|through)\\s+${APPS}` +
    `|(?:are|r)\\s+${YOU}\\s+on\\s+${APPS}` +
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
    `|(?:${YOU}\\s+(?:look|are|r)|you'?re|you\u2019re)\\s+(?:so\\s+|very\\s+|really\\s+|soo+\\s+)?(?:beautiful|gorgeous|handsome|pretty|stunning|charming|cute|sexy)` +
    // "I would appreciate your friendship", "I wish I had someone like you".
    `|(?:appreciate|value|cherish)\\s+${YOUR}\\s+friendship|wish\\s+i\\s+(?:had|could\\s+find)\\s+(?:someone|somebody|a\\s+(?:man|woman|lady))\\s+like\\s+${YOU}` +
    // "You seem like a wonderful person" to someone one has never met; "you look good" is
    // what friends say, so only "seem" counts here.
    `|${YOU}\\s+seem\\s+(?:like\\s+)?(?:a\\s+|an\\s+|really\\s+|so\\s+)?(?:wonderful|kind|caring|lovely|honest|good|nice|sweet|interesting|friendly)(?:\\s+(?:person|woman|man|lady|soul))?` +
    '|(?:woman|man|lady)\\s+(?:of\\s+god|with\\s+(?:a\\s+)?(?:good|kind|pure)\\s+heart)' +
    "|(?:i'?m|i\\s+am)\\s+(?:a\\s+)?(?:widow|widower|divorced|single\\s+(?:father|mother|dad|mum|mom))|widowed|(?:lost|buried)\\s+my\\s+(?:wife|husband|spouse)" +
    '|(?:offshore|oil\\s+rig|petroleum\\s+engineer|peace\\s?keeping|deployed|on\\s+(?:a\\s+)?(?:un|military)\\s+mission|us\\s+army|marine\\s+engineer)' +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);

// How a stranger opens: "I was drawn by your profile picture", "your profile speaks of
// class", "I noticed we have mutual friends", "I don't normally do this".
const FIRST_CONTACT = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    `(?:drawn|attracted)\\s+(?:to|by)\\s+${YOUR}\\s+(?:profile|picture|photo|pic|smile)|${YOUR}\\s+profile\\s+(?:caught|speaks|looks?)` +
    '|noticed\\s+we\\s+(?:have|share)\\s+(?:some\\s+|a\\s+few\\s+|many\\s+)?mutual\\s+friends' +
    "|(?:i\\s+)?(?:don'?t|do\\s+not)\\s+(?:normally|usually)\\s+do\\s+this" +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);

// Why a stranger in a thread wants another app: "I rarely check fb", "I don't really come on
// here much". Friends say it in private messages too, so it counts only under a post.
const RARELY_HERE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    "(?:i'?m|i\\s+am|i)\\s+(?:not\\s+often|hardly(?:\\s+ever)?|rarely|barely|seldom)\\s+(?:on|check|use)\\s+(?:here|this\\s+(?:app|site)|fb|facebook|messenger|twitter|x)" +
    "|(?:i\\s+)?(?:don'?t|do\\s+not)\\s+(?:really\\s+)?(?:come|get)\\s+on\\s+here\\s+(?:much|often)" +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);

// Another app named as the place to talk: "on WhatsApp", "via Telegram", "over on Google Chat".
const ANOTHER_APP = new RegExp(`(?<![\\p{L}\\p{N}])(?:on|via|over\\s+on|through)\\s+${APPS}(?![\\p{L}\\p{N}])`, 'giu');

/** The lure's words in a draft that has a stranger's lure in it; else none. */
export function strangerLure(analysis: Analysis, surface: Surface): Span[] {
  if (!READ.has(surface)) return [];
  const lure = findPhrases(analysis, LURE_WORDS);
  if (lure.length > 0) return [...lure];
  const opening = findPhrases(analysis, FIRST_CONTACT);
  if (!IN_THREAD.has(surface)) {
    // A first message that opens like a stranger and asks to move to another app; friends
    // say "text me on WhatsApp" too, but not "I was drawn by your profile picture".
    const app = opening.length > 0 ? findPhrases(analysis, ANOTHER_APP) : [];
    return app.length > 0 ? [...opening, ...app] : [];
  }
  const pointer = findPhrases(analysis, INBOX_POINTER);
  if (pointer.length === 0) return [];
  const stranger = [...findPhrases(analysis, STRANGER_SIGN), ...opening, ...findPhrases(analysis, RARELY_HERE)];
  return stranger.length > 0 ? [...stranger, ...pointer] : [];
}
