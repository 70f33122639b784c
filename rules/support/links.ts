import { findLineGroups } from '../../src/engine/analysis/phrase-cache.js';
import type { Analysis, LinkSpan, Span } from '../../src/engine/analysis/types.js';

// Top-level domains people actually type without "http" or "www". twitter-text also
// accepts every other TLD, so "Wife.how" or "unsold.now" (a sentence missing its
// space after the full stop) would count as links.
const BARE_HOST_TLDS = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'info', 'biz', 'io', 'co', 'me', 'tv', 'ly', 'gl', 'gg', 'app', 'dev', 'xyz', 'online', 'site', 'shop', 'store',
  // Cheap or free TLDs that spam comments favour ("visit idquw.tk").
  'tk', 'ml', 'ga', 'cf', 'gq', 'cc', 'ws', 'pw', 'top', 'club', 'link', 'live', 'click',
  'us', 'uk', 'ca', 'au', 'nz', 'ie', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'br', 'ru', 'ch', 'se', 'no', 'dk', 'fi', 'pt', 'jp', 'cn', 'kr', 'in', 'mx', 'ar',
]);

const HAS_SCHEME_OR_WWW = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\d?\.)/i;
const HOST = /^([^/?#:]+)/;
// "news.By", "person.Meet": a lower-case word, a full stop, then a capitalised word.
const GLUED_SENTENCE = /^[\p{Ll}\d]+\.\p{Lu}\p{Ll}*$/u;

/** A link the person meant as a link: it has a scheme or www, a look-alike address, or a common TLD and not the look of two glued sentences. */
export function isPlausibleLink(link: LinkSpan): boolean {
  if (HAS_SCHEME_OR_WWW.test(link.text)) return true;
  const host = HOST.exec(link.text)?.[1] ?? '';
  if (GLUED_SENTENCE.test(host) && !link.text.includes('/')) return false;
  const labels = host.toLowerCase().split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (hasAccountWords(labels)) return true;
  // A one-letter name is a link only with a path: "t.me/alphabot", "x.com/someone/status/1";
  // "a.m." or "e.g." never has one.
  const nameLength = (labels[labels.length - 2] ?? '').length;
  return labels.length >= 2 && BARE_HOST_TLDS.has(tld) && (nameLength >= 2 || (nameLength === 1 && /\/[^\s/]/.test(link.text)));
}

// "anz-secure-login.net", "hmrc-refund-portal.co.uk", "ezpass-tollpay.help": an address made
// to pass for a bank's, a courier's or a toll road's, from a name and words of accounts and
// payments joined by hyphens. A part counts when it starts or ends with such a word
// ("tollpay", "redelivery"). Smishing texts and scam comments use them; people sharing a
// page rarely do.
const ACCOUNT_WORD =
  /^(?:verify|verification|secure|security|login|signin|account|update|support|billing|pay|payment|toll|unlock|confirm|auth|wallet|refund|claim|delivery|redeliver|parcel|track|help|reward|bonus|kyc|portal|customs|reschedule)|(?:verify|secure|login|signin|account|update|support|billing|pay|payment|toll|unlock|confirm|wallet|refund|claim|delivery|redeliver|parcel|track|tracking|help|rewards?|bonus|kyc|portal|customs)$/;
// Cheap domains that scam and phishing links favour, whatever the name before them.
const SCAM_TLDS = new Set(['xyz', 'top', 'icu', 'click', 'live', 'site', 'online', 'link', 'info', 'help', 'vip', 'support', 'buzz', 'cfd', 'sbs']);
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function hasAccountWords(labels: readonly string[]): boolean {
  const name = labels.slice(0, -1);
  return name.some((label) => label.includes('-')) && name.some((label) => label.split('-').some((part) => ACCOUNT_WORD.test(part)));
}

/** A link whose address is built like a phishing or scam site's (see ACCOUNT_WORD and SCAM_TLDS). */
export function isLookalikeLink(link: LinkSpan): boolean {
  const host = (HOST.exec(link.url.replace(SCHEME, ''))?.[1] ?? '').toLowerCase();
  const labels = host.split('.');
  return labels.length >= 2 && (SCAM_TLDS.has(labels[labels.length - 1]!) || hasAccountWords(labels));
}

export function plausibleLinks(analysis: Analysis): LinkSpan[] {
  return analysis.links.filter(isPlausibleLink);
}

// Where a pitch sends people: a shop, a fundraiser, an app store, or a referral link
// that pays the poster ("?ref=", "/refer/", "AffiliateID=").
const SHOP_LINK =
  /(?:^|[/.])(?:amazon|ebay|etsy|kickstarter|indiegogo|gofundme|patreon|teespring|paypal|gumroad|fiverr|shopify|aliexpress)\.|play\.google\.com\/store|(?:itunes|apps)\.apple\.com|[?&/#](?:ref|refer|referral|ref_id|rrid|affiliate|affiliateid|aff|affid|invite|promo|r|friend)(?:=|\/)/i;

export function isShopLink(link: LinkSpan): boolean {
  return SHOP_LINK.test(link.url);
}

// "kidsmediausa . com", "marketglory . com/game", "site dot com": an address spaced out so
// that filters (and link parsers) miss it. Only with a space around the dot and a common
// ending, so a sentence that ends before "Com" (or a "polka dot dress") is not caught.
const SPACED_OUT =
  /(?<![\p{L}\p{N}.])(?:www\s*\.\s*)?[\p{L}\p{N}-]{2,63}(?:\s+\.\s*|\s*\.\s+|\s+dot\s+)(?:com|net|org|co\.uk|tv|info|biz|io|me|ly|xyz|tk|site|online|shop|store|club|top|live|link)(?![\p{L}\p{N}])(?:\/[^\s]*)?/giu;

// "youtube(.)com", "skinsdrop(.)gg", "site[dot]to": a dot in brackets is written only to
// hide an address, so any ending counts.
const BRACKETED_DOT =
  /(?<![\p{L}\p{N}.])(?:www\s*[([{]\s*(?:dot|\.)\s*[)\]}]\s*)?[\p{L}\p{N}-]{2,63}\s*[([{]\s*(?:dot|\.)\s*[)\]}]\s*\p{L}{2,24}(?![\p{L}\p{N}])(?:\/[^\s]*)?/giu;

// "/watch?v=vtaRGgvGtWQ": a video address with its host cut off (or eaten by a filter).
const HOSTLESS_VIDEO = /(?<![\p{L}\p{N}/.])\/?watch\?v=[\w-]{6,}[^\s]*/gu;

// "hxxps://site", "ht tp: //w ww .site. org", "w w w.site50.net": a scheme or "www"
// defanged or spaced out letter by letter.
const DEFANGED = /\bhxxps?:\/\/\S+|\b(?:h\s+t\s*t\s*p|ht\s+tp|htt\s+p)s?\s*:\s*\/\s*\/\s*\S+|\bw\s+w\s+w\s*\.\s*[\p{L}\p{N}-]+\S*/giu;

const ADDRESSES: readonly RegExp[] = [SPACED_OUT, BRACKETED_DOT, HOSTLESS_VIDEO, DEFANGED];

// "a crayon. Net positive": a full stop, then a capitalised word, is a new sentence. Checked
// apart because the lists match without regard to case.
const NEW_SENTENCE = /\.\s+\p{Lu}\p{Ll}/u;

/**
 * Addresses that are not links to a parser but are links to a reader. Matched line by
 * line, not sentence by sentence like phrases: "site . com" is, to the sentence
 * splitter, a sentence ending in "site ." and another starting with "com".
 */
export function spacedOutLinks(analysis: Analysis): Span[] {
  return findLineGroups(analysis, ADDRESSES)
    .flat()
    .filter((span) => !NEW_SENTENCE.test(span.text));
}
