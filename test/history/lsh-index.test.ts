import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, type Fingerprint } from '../../src/history/fingerprint.js';
import { LshIndex } from '../../src/history/lsh-index.js';
import { similarity } from '../../src/history/similarity.js';

const WORDS = 'the a my our team plan launch coffee meetup course video channel thanks great week today idea story book run code ship design feedback'.split(' ');

function scan(stored: readonly Fingerprint[], query: Fingerprint, floor: number): { id: number; similarity: number }[] {
  return stored
    .map((fp, id) => ({ id, similarity: similarity(query, fp) }))
    .filter((h) => h.similarity >= floor)
    .sort((a, b) => b.similarity - a.similarity || b.id - a.id);
}

describe('LshIndex', () => {
  it('finds exactly what a full scan finds, most alike first', () => {
    const text = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 40 }), text, fc.constantFrom(0.5, 0.75, 0.9), (texts, query, floor) => {
        const stored = texts.map((t) => fingerprint(t));
        const index = new LshIndex();
        stored.forEach((fp, i) => expect(index.add(fp)).toBe(i));
        const q = fingerprint(query);
        expect(index.query(q, floor)).toEqual(scan(stored, q, floor));
      }),
      { numRuns: 150 },
    );
  });

  it('finds an edited repeat among unrelated posts', () => {
    const index = new LshIndex();
    for (let i = 0; i < 300; i++) index.add(fingerprint(`Post number ${i} about ${WORDS[i % WORDS.length]} and ${WORDS[(i * 7) % WORDS.length]} on day ${i * 13}`));
    const id = index.add(fingerprint('Hi Anna, would you like to join our webinar on pricing strategy next Tuesday? Seats are limited.'));
    const hits = index.query(fingerprint('Hello Ben!! WOULD YOU LIKE TO JOIN OUR WEBINAR ON PRICING STRATEGY NEXT TUESDAY? 🙂'), 0.75);
    expect(hits[0]?.id).toBe(id);
    expect(hits[0]?.similarity).toBeGreaterThan(0.9);
  });

  it('an empty index or an empty query finds nothing', () => {
    const index = new LshIndex();
    expect(index.query(fingerprint('anything at all here'), 0.5)).toEqual([]);
    index.add(fingerprint('anything at all here'));
    expect(index.query(fingerprint('🎉'), 0.5)).toEqual([]);
    expect(index.size).toBe(1);
  });
});
