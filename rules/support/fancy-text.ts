/**
 * "Fancy text": letters borrowed from symbol blocks so a post looks bold, italic, circled
 * or wide where the site has no formatting (𝗕𝗶𝗴, 𝘪𝘵𝘢𝘭𝘪𝘤, ⓒⓘⓡⓒⓛⓔⓓ, ＦＲＥＥ, ꜱᴍᴀʟʟ ᴄᴀᴘꜱ).
 * Each such character folds to the plain one it imitates.
 */

// The blocks generators borrow from. Outside them NFKC also folds things that are
// ordinary writing (superscript ², ligature ﬁ, Roman numeral Ⅻ), which are left alone.
const BLOCKS: readonly (readonly [number, number])[] = [
  [0x1d400, 0x1d7ff], // Mathematical Alphanumeric Symbols: 𝐁𝐨𝐥𝐝, 𝘐𝘵𝘢𝘭𝘪𝘤, 𝔉𝔯𝔞𝔨𝔱𝔲𝔯, 𝕯𝖔𝖚𝖇𝖑𝖊, 𝚖𝚘𝚗𝚘
  [0x2100, 0x214f], // Letterlike Symbols: the holes in the script and double-struck alphabets (ℬ, ℯ, ℝ)
  [0x2460, 0x24ff], // Enclosed Alphanumerics: Ⓒⓘⓡⓒⓛⓔⓓ
  [0xff01, 0xff5e], // Fullwidth ASCII: ＦＲＥＥ！
  [0x1f100, 0x1f1ff], // Enclosed Alphanumeric Supplement: 🄱🄾🅇
];

/** Fullwidth forms are the normal way to write Latin letters and digits inside Chinese or Japanese text. */
export const FULLWIDTH_FIRST = 0xff01;
export const FULLWIDTH_LAST = 0xff5e;

// Small capitals are phonetic letters with no compatibility mapping; generators use these.
const SMALL_CAPS: ReadonlyMap<number, string> = new Map(
  (
    'ᴀa ʙb ᴄc ᴅd ᴇe ꜰf ɢg ʜh ɪi ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp ǫq ʀr ꜱs ᴛt ᴜu ᴠv ᴡw ʏy ᴢz'
      .split(' ')
      .map((pair): [number, string] => [pair.codePointAt(0)!, pair.slice(-1)])
  ),
);

// Negative circled and negative squared capitals (🅐, 🅰) have no compatibility mapping either.
const NEGATIVE_CIRCLED = 0x1f150;
const NEGATIVE_SQUARED = 0x1f170;

const VS16 = 0xfe0f;
const PRINTABLE_ASCII = /^[\x21-\x7e]$/;

// NFKC results of the blocks above (a few thousand code points at most).
const cache = new Map<number, string | null>();

function foldInBlock(cp: number): string | null {
  let plain = cache.get(cp);
  if (plain === undefined) {
    const folded = String.fromCodePoint(cp).normalize('NFKC');
    // One printable ASCII character: a letter, digit or mark in disguise. "™" (TM) and
    // "℃" (°C) fold to more than that and are symbols in their own right.
    plain = PRINTABLE_ASCII.test(folded) ? folded : null;
    cache.set(cp, plain);
  }
  return plain;
}

/**
 * The plain character a fancy one imitates ("𝗕" -> "B", "ⓒ" -> "c", "ᴀ" -> "a"), or
 * undefined for anything else. `next` is the UTF-16 unit after it: a character with
 * the emoji selector after it ("ℹ️", "Ⓜ️", "🅰️") is an emoji, not a letter.
 */
export function foldFancy(cp: number, next: number): string | undefined {
  if (next === VS16) return undefined;
  // Only non-ASCII code points can be fancy; this keeps the common case to one comparison.
  if (cp < 0x100) return undefined;
  const small = SMALL_CAPS.get(cp);
  if (small) return small;
  if (cp >= NEGATIVE_CIRCLED && cp < NEGATIVE_CIRCLED + 26) return String.fromCharCode(0x41 + cp - NEGATIVE_CIRCLED);
  if (cp >= NEGATIVE_SQUARED && cp < NEGATIVE_SQUARED + 26) return String.fromCharCode(0x41 + cp - NEGATIVE_SQUARED);
  if (!BLOCKS.some(([from, to]) => cp >= from && cp <= to)) return undefined;
  return foldInBlock(cp) ?? undefined;
}
