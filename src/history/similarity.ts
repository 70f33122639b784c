import { agreeingRows, BITS_PER_ROW, SIGNATURE_ROWS, type Fingerprint } from './fingerprint.js';

/**
 * How alike two fingerprints are, and when that counts as a repeat.
 *
 * The measure is containment: the share of the shorter text's shingles found in the
 * longer one. Jaccard (shared / all) drops to about one half when a sentence of the same
 * length is added or removed; containment stays near 1, because the shorter text is still
 * all there. Containment is derived from the b-bit MinHash Jaccard estimate and the two
 * shingle counts.
 *
 * THE THRESHOLD, 0.75 (the full table is in rules/copy-paste.md). Measured through the
 * copy-paste rule (test/history/acceptance.test.ts) on reuse variants generated from the
 * SMS and YouTube development corpora, one edit at a time (11 kinds, names included), and
 * on the 1,862 `different` pairs of the Twitter URL corpus (tweets about one link, written
 * separately), with fingerprint version 2 (names dropped):
 *   0.70: a sentence removed 99.90 %, every other edit >= 99.87 %; different flagged 0.97 %
 *   0.75: a sentence removed 99.27 %, every other edit >= 99.75 %; different flagged 0.64 %
 *   0.80: a sentence removed 98.74 %, every other edit >= 99.56 %; different flagged 0.48 %
 * 0.75 is the lowest threshold that keeps false repeats at about two thirds of the 1 %
 * budget (most of the 12 it flags quote one headline word for word), while the edit that
 * suffers most from estimation noise (a sentence removed, leaving a short text inside a
 * long one) stays above 99 %.
 */
export const REPEAT_THRESHOLD = 0.75;

/** Below this many shingles (about 10 letters) a text is too short to call a copy of anything. */
export const MIN_SHINGLES = 6;

/**
 * The shorter text must be at least this share of the longer one (in shingles): a short
 * phrase that happens to appear inside a long post is not a copy of it. A tenth, not
 * more: a short message with one long sentence added (8 words plus 25) is still a repeat,
 * and at a fifth 8 % of those were missed, with no fewer false repeats on the Twitter pairs.
 */
export const MIN_SIZE_RATIO = 0.1;

const CHANCE = 1 / (1 << BITS_PER_ROW);

/** Jaccard estimate from the number of signature rows that agree (b-bit corrected). */
export function jaccardFromAgreement(agreeing: number): number {
  const p = agreeing / SIGNATURE_ROWS;
  return Math.min(1, Math.max(0, (p - CHANCE) / (1 - CHANCE)));
}

/** Containment estimate from a Jaccard estimate and the two shingle counts. */
export function containmentFrom(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}

/** 0..1: how alike two texts are for copy-paste purposes, 0 when either is too short or they differ too much in length. */
export function similarityFromAgreement(agreeing: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  const larger = Math.max(sizeA, sizeB);
  if (smaller < MIN_SHINGLES || smaller < larger * MIN_SIZE_RATIO) return 0;
  return containmentFrom(jaccardFromAgreement(agreeing), sizeA, sizeB);
}

export function similarity(a: Fingerprint, b: Fingerprint): number {
  return similarityFromAgreement(agreeingRows(a.signature, b.signature), a.size, b.size);
}

/**
 * The fewest agreeing rows with which a pair can reach `floor` similarity: the index's
 * vote threshold. Containment from a given Jaccard is largest for the most lopsided pair
 * allowed (the smaller set a share r = MIN_SIZE_RATIO of the larger), where Jaccard is
 * C r / (1 + r - C r); fewer rows than that Jaccard needs cannot reach the floor for any
 * pair, so skipping them never changes a result.
 */
export function minAgreeingRows(floor: number): number {
  const r = MIN_SIZE_RATIO;
  const jaccard = (floor * r) / (1 + r - floor * r);
  const p = jaccard * (1 - CHANCE) + CHANCE;
  // A hair below, so rounding in the estimator never drops a pair sitting on the floor.
  return Math.max(1, Math.floor(SIGNATURE_ROWS * p - 1e-9));
}
