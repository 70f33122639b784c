import { SIGNATURE_ROWS, type Fingerprint } from './fingerprint.js';
import { minAgreeingRows, similarityFromAgreement } from './similarity.js';

export interface IndexHit {
  /** Position of the entry as it was added (0-based). */
  id: number;
  similarity: number;
}

/**
 * Locality-sensitive index over b-bit MinHash signatures: LSH with bands of one row and
 * a vote threshold. Every (row, value) pair is a bucket listing the entries whose
 * signature has that value in that row; a query walks its own 128 buckets and counts,
 * per entry, how many rows agree. That count is exactly the agreement the similarity
 * estimate needs, so no signature is compared afterwards.
 *
 * Why one-row bands: a repeat with a sentence removed can leave a short text inside a
 * long one, with a Jaccard similarity as low as 0.07 while its containment is 0.75 or
 * more. Multi-row bands (the usual r = 4, say) find pairs at that Jaccard with a
 * probability well under 50 %; voting over single rows finds them every time, and with
 * 8-bit values each bucket holds about 1/256 of the entries, so a query touches about
 * N / 2 postings instead of comparing N x 128 signature bytes.
 */
export class LshIndex {
  // Bucket (row * 256 + value) -> ids of the entries in it; created on first use, so a
  // small history costs little.
  private readonly buckets: (number[] | undefined)[] = new Array<number[] | undefined>(SIGNATURE_ROWS * 256).fill(undefined);
  private readonly sizes: number[] = [];
  // Scratch space for counting votes (at most 128 a row, so a byte each) and for the ids
  // that got any, reused between queries so a query allocates almost nothing.
  private votes = new Uint8Array(0);
  private touched = new Int32Array(0);

  get size(): number {
    return this.sizes.length;
  }

  /** Adds a fingerprint and returns its id (ids are consecutive from 0). */
  add(fingerprint: Fingerprint): number {
    const id = this.sizes.length;
    this.sizes.push(fingerprint.size);
    for (let r = 0; r < SIGNATURE_ROWS; r++) {
      const key = r * 256 + fingerprint.signature[r]!;
      const bucket = this.buckets[key];
      if (bucket) bucket.push(id);
      else this.buckets[key] = [id];
    }
    return id;
  }

  /** Entries at least `floor` alike (0..1), most alike first. */
  query(fingerprint: Fingerprint, floor: number): IndexHit[] {
    if (fingerprint.size === 0 || this.sizes.length === 0) return [];
    if (this.votes.length < this.sizes.length) {
      const room = Math.max(this.sizes.length, this.votes.length * 2, 64);
      this.votes = new Uint8Array(room);
      this.touched = new Int32Array(room);
    }
    const { votes, touched } = this;
    let touchedCount = 0;
    for (let r = 0; r < SIGNATURE_ROWS; r++) {
      const bucket = this.buckets[r * 256 + fingerprint.signature[r]!];
      if (!bucket) continue;
      for (let i = 0; i < bucket.length; i++) {
        const id = bucket[i]!;
        const count = votes[id]!;
        if (count === 0) touched[touchedCount++] = id;
        votes[id] = count + 1;
      }
    }
    const minVotes = minAgreeingRows(floor);
    const hits: IndexHit[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t]!;
      const agreeing = votes[id]!;
      votes[id] = 0;
      if (agreeing < minVotes) continue;
      const similarity = similarityFromAgreement(agreeing, fingerprint.size, this.sizes[id]!);
      if (similarity >= floor) hits.push({ id, similarity });
    }
    return hits.sort((a, b) => b.similarity - a.similarity || b.id - a.id);
  }
}
