import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSignature, encodeSignature, fingerprint, SIGNATURE_ROWS } from '../../src/history/fingerprint.js';
import { containmentFrom, MIN_SHINGLES, REPEAT_THRESHOLD, similarity } from '../../src/history/similarity.js';

const post =
  'We just wrapped up our quarterly planning and I am proud of how the team pushed back on scope creep. Next quarter we focus on onboarding.';

describe('fingerprint', () => {
  it('is deterministic and compact', () => {
    const a = fingerprint(post);
    const b = fingerprint(post);
    expect(a.signature).toEqual(b.signature);
    expect(a.signature).toHaveLength(SIGNATURE_ROWS);
    expect(a.size).toBeGreaterThan(100);
    expect(encodeSignature(a.signature)).toHaveLength(172);
  });

  it('is made the current way (version 2, names dropped) unless version 1 is asked for', () => {
    const withName = 'Lovely to meet you and Priya at the Leeds meetup, shall we get coffee next week?';
    const other = withName.replace('Priya', 'Dana');
    expect(fingerprint(withName).version).toBe(2);
    expect(fingerprint(withName, 1).version).toBe(1);
    expect(fingerprint(withName).signature).toEqual(fingerprint(other).signature);
    expect(fingerprint(withName, 1).signature).not.toEqual(fingerprint(other, 1).signature);
    // Without names, both versions agree.
    expect(fingerprint(post, 1)).toEqual({ ...fingerprint(post), version: 1 });
  });

  it('round-trips through base64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: SIGNATURE_ROWS, maxLength: SIGNATURE_ROWS }), (bytes) => {
        expect(decodeSignature(encodeSignature(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses a signature of the wrong length', () => {
    expect(() => decodeSignature(encodeSignature(new Uint8Array(10)))).toThrow(/10 bytes, expected 128/);
  });

  it('an empty normalised text has size 0 and is like nothing', () => {
    const empty = fingerprint('🎉 https://example.com');
    expect(empty.size).toBe(0);
    expect(similarity(empty, empty)).toBe(0);
  });
});

describe('similarity', () => {
  it('is 1 for the same text and survives the reuse edits', () => {
    const a = fingerprint(post);
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, fingerprint(`Hi Sam! ${post.toUpperCase()} 🙌 https://example.com`))).toBe(1);
  });

  it('stays above the threshold with a sentence added or removed (containment)', () => {
    const a = fingerprint(post);
    expect(similarity(a, fingerprint(`${post} Let me know what you think of the plan.`))).toBeGreaterThanOrEqual(REPEAT_THRESHOLD);
    expect(similarity(a, fingerprint('We just wrapped up our quarterly planning and I am proud of how the team pushed back on scope creep.'))).toBeGreaterThanOrEqual(
      REPEAT_THRESHOLD,
    );
  });

  it('is low for a different post on the same subject', () => {
    const other = fingerprint('Quarterly planning is the worst week of the year for me, too many meetings and not enough decisions.');
    expect(similarity(fingerprint(post), other)).toBeLessThan(0.5);
  });

  it('is 0 when one text is too short, or far shorter than the other', () => {
    expect(similarity(fingerprint(post), fingerprint('We just'))).toBe(0);
    expect(fingerprint('We just').size).toBeLessThan(MIN_SHINGLES);
    const long = fingerprint(
      `${post} Over the summer we moved offices, hired four engineers, rewrote the billing service from scratch, ` +
        'survived two outages, ran our first customer conference in Lisbon and learned more about pricing than in the five years before it. ' +
        'Next year we want to slow down a little, write more of it down, and spend more time with the people who use what we build every day.',
    );
    const short = fingerprint('I am proud of how the team');
    expect(short.size * 10).toBeLessThan(long.size);
    expect(similarity(long, short)).toBe(0);
  });

  it('containment follows from Jaccard and the set sizes', () => {
    // A of 100 inside B of 200: Jaccard 0.5, containment 1.
    expect(containmentFrom(0.5, 100, 200)).toBeCloseTo(1, 5);
    // Two sets of 100 sharing 50: Jaccard 1/3, containment 0.5.
    expect(containmentFrom(1 / 3, 100, 100)).toBeCloseTo(0.5, 5);
    expect(containmentFrom(0.9, 0, 10)).toBe(0);
  });
});
