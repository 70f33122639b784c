import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { isAppeal } from '../../rules/support/appeals.js';

describe('isAppeal', () => {
  it.each([
    ['LOST CAT - Biscuit, ginger tom, very friendly.'],
    ['Found: set of keys with a red keyring outside the Spar.'],
    ["My friend's son Daniel, 17, hasn't been seen since Friday evening."],
    ['Our dog went missing from the park this morning.'],
    ['Has anyone seen a grey tabby round Elm Road? Not been home since Tuesday.'],
    ["Lost my grandad's gold watch between the bus station and the library."],
    ['Missing black lab near the woods, reward for her safe return.'],
    ['Found a wallet on the 38 bus this morning. Please share so it gets back to her.'],
    ["Please share! Our neighbour's mobility scooter was stolen from outside her house last night."],
  ])('reads an appeal for someone or something lost or found: %s', (text) => {
    expect(isAppeal(analyse(text))).toBe(true);
  });

  it.each([['I found the best deal on trainers, link in bio'], ['Lost my mind at the sale today lol'], ['Missing you all already!'], ['Missing Tom and the kids this week'], ['Dad it is me, I lost my phone, this is my new number']])('leaves other uses of the words alone: %s', (text) => {
    expect(isAppeal(analyse(text))).toBe(false);
  });
});
