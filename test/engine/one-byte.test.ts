import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneByteForm } from '../../src/engine/analysis/one-byte.js';

describe('oneByteForm', () => {
  it('gives back the same characters, whatever the text (property)', () => {
    const latin1 = fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(fc.oneof(latin1, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
      expect(oneByteForm(text)).toBe(text);
    }));
  });

  it('copies a Latin-1 text longer than one call of String.fromCharCode takes, cut from a two-byte draft', () => {
    const draft = `${'Café déjà vu, ÿ and ß. '.repeat(900)}🙂`;
    const sentence = draft.slice(0, -2);
    expect(sentence.length).toBeGreaterThan(20_000);
    expect(oneByteForm(sentence)).toBe(sentence);
    expect(oneByteForm(draft)).toBe(draft);
  });
});
