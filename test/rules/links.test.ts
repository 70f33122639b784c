import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { plausibleLinks, spacedOutLinks } from '../../rules/support/links.js';

describe('spacedOutLinks', () => {
  it.each([
    ['visit kidsmediausa . com for more', 'kidsmediausa . com'],
    ['go to marketglory. com/game now', 'marketglory. com/game'],
    ['my page is youtube(.)com/c/abc', 'youtube(.)com/c/abc'],
    ['just search cheapdeals dot net', 'cheapdeals dot net'],
    ['f r e e   s k i n s → skinsdrop(.)gg', 'skinsdrop(.)gg'],
    ['grab it at www[.]cheap-kicks[dot]shop/sale today', 'www[.]cheap-kicks[dot]shop/sale'],
  ])('reads an address spaced out to dodge filters: %s', (text, address) => {
    expect(spacedOutLinks(analyse(text)).map((s) => s.text)).toEqual([address]);
  });

  it.each([
    ['Found it. Plus £3.20 in coins and a crayon. Net positive.'],
    ['We sold out. Com on, people, that was fast'],
    ['Tried the new place. Me and Sam loved it.'],
    ['I wore my polka dot dress (the red one) to the party'],
  ])('leaves alone a sentence that ends before a capitalised word, and a dot that is no address: %s', (text) => {
    expect(spacedOutLinks(analyse(text))).toEqual([]);
  });
});

describe('plausibleLinks', () => {
  it.each([
    ['join us 👇 t.me/alphabot', 't.me/alphabot'],
    ['she said it best x.com/sam/status/123', 'x.com/sam/status/123'],
    ['our podcast is at example.com/pod', 'example.com/pod'],
  ])('reads an address typed without "https": %s', (text, address) => {
    expect(plausibleLinks(analyse(text)).map((l) => l.text)).toEqual([address]);
  });

  it.each([['we met at 9 a.m. by the cafe'], ['bring snacks, e.g. crisps'], ['the x.com thing again'], ['Wife.how she knew the time']])(
    'leaves alone what is no address someone meant: %s',
    (text) => {
      expect(plausibleLinks(analyse(text))).toEqual([]);
    },
  );
});
