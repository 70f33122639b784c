import { z } from 'zod';
import { PLATFORMS, SURFACES } from '../engine/types.js';
import { FINGERPRINT_VERSION, SIGNATURE_ROWS, decodeSignature, encodeSignature, type Fingerprint, type FingerprintVersion } from './fingerprint.js';

/**
 * One recorded send. Compact on purpose (about 250 bytes of JSON): thousands are kept in
 * storage.local, whose quota is a few megabytes. No raw text unless the person opted in.
 */

/**
 * What the engine found in the send, one letter each, in this order:
 *   p  promotional (a finding of a `promotional` rule)
 *   m  personal: the person speaks of themselves ("I", "my")
 *   c  conversational: a question, thanks or congratulations, or someone addressed
 *   l  has a link
 *   r  a repeat: `copy-paste` flagged it when it was sent
 */
export const TAG_LETTERS = { promotional: 'p', personal: 'm', conversational: 'c', link: 'l', repeat: 'r' } as const;
export type Tag = keyof typeof TAG_LETTERS;
export const TAGS = Object.keys(TAG_LETTERS) as Tag[];
const TAGS_PATTERN = /^p?m?c?l?r?$/;

const base64Signature = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64')
  .refine((s) => {
    try {
      return decodeSignature(s).length === SIGNATURE_ROWS;
    } catch {
      return false;
    }
  }, `must be base64 of ${SIGNATURE_ROWS} bytes`);

export const historyEntrySchema = z.strictObject({
  /** When it was sent, epoch milliseconds. */
  at: z.number().int().min(0),
  platform: z.enum(PLATFORMS),
  surface: z.enum(SURFACES),
  /** TAG_LETTERS of what the engine found, in order ("pl" = promotional with a link). */
  tags: z.string().regex(TAGS_PATTERN, 'tags must be letters of "pmclr", in that order'),
  /** Distinct shingles of the normalised text (see fingerprint.ts). */
  n: z.number().int().min(0).max(1_000_000),
  /** b-bit MinHash signature, base64. */
  sig: base64Signature,
  /**
   * Fingerprint version (fingerprint.ts); absent in entries recorded before version 2,
   * which are version 1 and still compared the version 1 way (search.ts).
   */
  fv: z.literal(FINGERPRINT_VERSION).optional(),
  /** The raw text, only when the person opted in; dropped after `textUntil`. */
  text: z.string().max(20_000).optional(),
  /** Epoch ms after which `text` is forgotten. */
  textUntil: z.number().int().min(0).optional(),
});

export type HistoryEntry = z.output<typeof historyEntrySchema>;

export function tagsToString(tags: Partial<Record<Tag, boolean>>): string {
  return TAGS.filter((t) => tags[t]).map((t) => TAG_LETTERS[t]).join('');
}

export function hasTag(entry: Pick<HistoryEntry, 'tags'>, tag: Tag): boolean {
  return entry.tags.includes(TAG_LETTERS[tag]);
}

export function entryVersion(entry: Pick<HistoryEntry, 'fv'>): FingerprintVersion {
  return entry.fv ?? 1;
}

export function entryFingerprint(entry: HistoryEntry): Fingerprint {
  return { signature: decodeSignature(entry.sig), size: entry.n, version: entryVersion(entry) };
}

/** The stored fields of a fingerprint (version 1 ones are written as they always were, without `fv`). */
export function fingerprintFields(fp: Fingerprint): Pick<HistoryEntry, 'n' | 'sig' | 'fv'> {
  const fields: Pick<HistoryEntry, 'n' | 'sig' | 'fv'> = { n: fp.size, sig: encodeSignature(fp.signature) };
  if (fp.version !== 1) fields.fv = fp.version;
  return fields;
}
