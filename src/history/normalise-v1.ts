import twitter from 'twitter-text';

/**
 * FROZEN: the normalisation of fingerprint version 1, as it was before names in the middle
 * of a message were dropped (normalise.ts is version 2). History entries recorded with it
 * (no `fv` field) can only be compared with a draft normalised the same way, and their
 * text is not kept (no raw text by default), so they cannot be fingerprinted again; the
 * search fingerprints a draft this way too while such entries remain (they age out with
 * retention). Never change this file: it would silently break those entries.
 *
 * Version 1 takes out links, @mentions, e-mail addresses, a leading greeting with its
 * name, a trailing sign-off with a name, emoji, punctuation, spaces, accents and capitals.
 */

// A greeting at the very start, with the name or group it addresses. The name part is
// either everything up to the first punctuation within a few words ("Hi Sam Lee," /
// "Dear Dr. Smith:"), or one capitalised word or a group word when there is no
// punctuation. Names are found by their capital letter, so these patterns have no `i`
// flag (with `iu`, \p{Lu} would match every letter); greeting words are matched separately.
const GREETING_WORD =
  /^\s*(?:hi|hello|hey|heya|hiya|hallo|hola|howdy|yo|greetings|dear|good\s+(?:morning|afternoon|evening|day)|morning|evening)\b/iu;
const TITLE = String.raw`(?:[Mm]rs?|[Mm]s|[Mm]iss|[Dd]r|[Pp]rof|[Ss]ir|[Mm]adam)\.?`;
const NAME_WORD = String.raw`(?:${TITLE}\s+)?[\p{L}\p{N}'’._-]+`;
const PUNCTUATED_NAME = new RegExp(String.raw`^(?:\s+${NAME_WORD}){0,3}\s*(?:[,!:;\n]|[.](?=\s)|\s[-–—]\s)+`, 'u');
const GROUP_NAME = /^\s+(?:all|everyone|everybody|guys|folks|friends|team|there|y'?all|you\s+all|again)\b/iu;
const CAPITALISED_NAME = /^\s+\p{Lu}[\p{L}'’-]*/u;
// "Sam, ..." : a single capitalised word addressed at the start.
const VOCATIVE = /^\s*\p{Lu}[\p{L}'’-]*\s*,\s+(?=\S)/u;
// A sign-off with a name at the very end: "Thanks, Sam" / "Cheers!\n- Anna Lee" / "— Sam".
const TRAILING_NAME = /(?<=^|[\s,!.\-–—~])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*$/u;
const SIGN_OFF_WORDS = /(?:(?:many\s+)?thanks|thank\s+you|cheers|best(?:\s+wishes)?|regards|warmly|love|take\s+care|talk\s+soon|xo+)[,!.]?\s*$/iu;
const SIGN_OFF_DASH = /(?:^|\n)\s*[-–—~]\s*$/u;
const MENTION = /(?<![\p{L}\p{N}_])[@＠][\p{L}\p{N}_]{1,30}/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// What twitter-text misses: a link cut short at the end of a tweet ("htt", "https://t.co/ab…").
const URL_FRAGMENT = /\bhttps?:\/\/\S*|\bhtt(?:ps?)?:?\S*$|\bwww\.\S+/giu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const COMBINING_MARK = /\p{M}+/gu;

// twitter-text also takes "done.Now" or "wife.how" (two sentences missing a space) for
// links; a whitespace edit must not turn words into a link, so a link without a scheme,
// "www" or a path needs a common top-level domain.
const COMMON_TLD = /\.(?:com|net|org|edu|gov|info|biz|io|co|me|tv|ly|gl|gg|app|dev|xyz|online|site|shop|store|us|uk|ca|au|nz|ie|de|fr|es|it|nl|pl|br|ru|ch|se|no|dk|fi|pt|jp|cn|kr|in|mx|ar)$/i;
const SCHEME_WWW_OR_PATH = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\d?\.)|\//i;

const GLUED_SENTENCE = /\.\p{Lu}[^.]*$/u;

function isLink(url: string): boolean {
  if (SCHEME_WWW_OR_PATH.test(url)) return true;
  const host = url.replace(/[?#:].*$/, '');
  return COMMON_TLD.test(host) && !GLUED_SENTENCE.test(host);
}

function removeLinks(text: string): string {
  const urls = twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: true }).filter((u) => isLink(u.url));
  let out = '';
  let last = 0;
  for (const u of urls) {
    out += `${text.slice(last, u.indices[0])} `;
    last = u.indices[1];
  }
  out += text.slice(last);
  return out.replace(URL_FRAGMENT, ' ');
}

function stripGreeting(text: string): string {
  const greeting = GREETING_WORD.exec(text);
  if (!greeting) {
    const vocative = VOCATIVE.exec(text);
    return vocative ? text.slice(vocative[0].length) : text;
  }
  const rest = text.slice(greeting[0].length);
  const name = PUNCTUATED_NAME.exec(rest) ?? GROUP_NAME.exec(rest) ?? CAPITALISED_NAME.exec(rest);
  return name ? rest.slice(name[0].length) : rest;
}

function stripSignOff(text: string): string {
  const name = TRAILING_NAME.exec(text);
  if (!name || name.index === 0) return text;
  const before = text.slice(0, name.index);
  const sign = SIGN_OFF_WORDS.exec(before) ?? SIGN_OFF_DASH.exec(before);
  // Only a short tail: a sign-off is a few words, not the last sentence of the message.
  return sign && text.length - sign.index <= 40 ? text.slice(0, sign.index) : text;
}

/** The message as version 1 fingerprinted it. */
export function normaliseForFingerprintV1(text: string): string {
  let t = text.normalize('NFKC');
  t = removeLinks(t).replace(EMAIL, ' ').replace(MENTION, ' ');
  t = stripSignOff(stripGreeting(t.trim()).trim());
  return t.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}
