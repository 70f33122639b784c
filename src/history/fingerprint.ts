import { normaliseForFingerprint } from './normalise.js';
import { normaliseForFingerprintV1 } from './normalise-v1.js';

/**
 * A fingerprint is a b-bit MinHash signature of the normalised text's character
 * shingles, plus the number of distinct shingles (needed to turn the Jaccard estimate
 * into containment, which is what survives "one sentence added or removed").
 *
 * Why b-bit MinHash written here rather than a library (bloom-filters, minhash on npm):
 * those keep 32- or 64-bit minima, 4-8 bytes a row; an entry must fit in 300 bytes of
 * JSON, and keeping only the lowest 8 bits of each of 128 minima (Li & König, "b-Bit
 * Minwise Hashing", WWW 2010) costs 128 bytes, 172 characters of base64, with an
 * estimator corrected for the 1/256 chance collisions that adds.
 */

/** Characters per shingle. 5 letters span word boundaries (spaces are gone) and keep a
 * one-word change from touching more than a handful of shingles. */
export const SHINGLE_SIZE = 5;
/** Rows of the signature. */
export const SIGNATURE_ROWS = 128;
/** Bits kept of each row's minimum. */
export const BITS_PER_ROW = 8;

/**
 * Which normalisation made a fingerprint; fingerprints of different versions cannot be
 * compared. 1: names kept except in a greeting or sign-off (normalise-v1.ts, frozen);
 * 2: names dropped wherever they are (normalise.ts). Shingles, seeds and rows are the
 * same in both.
 */
export const FINGERPRINT_VERSIONS = [1, 2] as const;
export type FingerprintVersion = (typeof FINGERPRINT_VERSIONS)[number];
/** The version new fingerprints are made with. */
export const FINGERPRINT_VERSION = 2 satisfies FingerprintVersion;

const NORMALISERS: Record<FingerprintVersion, (text: string) => string> = {
  1: normaliseForFingerprintV1,
  2: normaliseForFingerprint,
};

export interface Fingerprint {
  /** One byte a row: the lowest bits of the row's minimum hash. */
  signature: Uint8Array;
  /** Distinct shingles in the normalised text; 0 for a text with no letters or digits. */
  size: number;
  version: FingerprintVersion;
}

// FNV-1a over the shingle's UTF-16 code units: cheap and well spread for short keys.
function hashShingle(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// MurmurHash3's finaliser: a bijection on 32 bits that mixes every input bit into every
// output bit, so (hash XOR seed) through it acts as one independent permutation per seed.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: Uint32Array = (() => {
  // Fixed seeds (a splitmix-style sequence): fingerprints must stay comparable across
  // sessions and machines, so the permutations can never change without a new version.
  const seeds = new Uint32Array(SIGNATURE_ROWS);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_ROWS; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    seeds[i] = mix(x);
  }
  return seeds;
})();

/** Distinct shingle hashes of an already normalised text. */
export function shingleHashes(normalised: string): Uint32Array {
  const set = new Set<number>();
  if (normalised.length === 0) return new Uint32Array(0);
  if (normalised.length <= SHINGLE_SIZE) set.add(hashShingle(normalised, 0, normalised.length));
  for (let i = 0; i + SHINGLE_SIZE <= normalised.length; i++) set.add(hashShingle(normalised, i, i + SHINGLE_SIZE));
  return Uint32Array.from(set);
}

export function fingerprintOfNormalised(normalised: string, version: FingerprintVersion = FINGERPRINT_VERSION): Fingerprint {
  const shingles = shingleHashes(normalised);
  const signature = new Uint8Array(SIGNATURE_ROWS);
  if (shingles.length === 0) return { signature, size: 0, version };
  const minima = new Uint32Array(SIGNATURE_ROWS).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const h = shingles[s]!;
    for (let r = 0; r < SIGNATURE_ROWS; r++) {
      const v = mix(h ^ SEEDS[r]!);
      if (v < minima[r]!) minima[r] = v;
    }
  }
  for (let r = 0; r < SIGNATURE_ROWS; r++) signature[r] = minima[r]! & 0xff;
  return { signature, size: shingles.length, version };
}

/** The text's fingerprint, made the current way unless an older version is asked for (to compare with entries of that version). */
export function fingerprint(text: string, version: FingerprintVersion = FINGERPRINT_VERSION): Fingerprint {
  return fingerprintOfNormalised(NORMALISERS[version](text), version);
}

/** Rows on which two signatures agree. */
export function agreeingRows(a: Uint8Array, b: Uint8Array): number {
  let same = 0;
  for (let r = 0; r < SIGNATURE_ROWS; r++) if (a[r] === b[r]) same++;
  return same;
}

export function encodeSignature(signature: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < signature.length; i++) binary += String.fromCharCode(signature[i]!);
  return btoa(binary);
}

/** Throws on anything that is not base64 of exactly SIGNATURE_ROWS bytes. */
export function decodeSignature(encoded: string): Uint8Array {
  const binary = atob(encoded);
  if (binary.length !== SIGNATURE_ROWS) throw new Error(`signature has ${binary.length} bytes, expected ${SIGNATURE_ROWS}`);
  const out = new Uint8Array(SIGNATURE_ROWS);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
