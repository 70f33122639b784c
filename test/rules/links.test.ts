import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { spacedOutLinks } from '../../rules/support/links.js';

describe('spacedOutLinks', () => {
  it.each([
    ['visit kidsmediausa . com for more', 'kidsmediausa . com'],
    ['go to marketglory. com/game now', 'marketglory. com/game'],
    ['my page is youtube(.)com/c/abc', 'youtube(.)com/c/abc'],
    ['just search cheapdeals dot net', 'cheapdeals dot net'],
  ])('reads an address spaced out to dodge filters: %s', (text, address) => {
    expect(spacedOutLinks(analyse(text)).map((s) => s.text)).toEqual([address]);
  });

  it.each([
    ['Found it. Plus £3.20 in coins and a crayon. Net positive.'],
    ['We sold out. Com on, people, that was fast'],
    ['Tried the new place. Me and Sam loved it.'],
  ])('leaves a sentence that ends before a capitalised word alone: %s', (text) => {
    expect(spacedOutLinks(analyse(text))).toEqual([]);
  });
});
