import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { isScamWarning } from '../../rules/support/scam-warnings.js';

describe('isScamWarning', () => {
  it.each([
    ['Heads up: someone made a copy of my page and is messaging people. It is not me, block and report.'],
    ['These "investment managers" in the replies are scammers, nobody doubles your money in a week.'],
    ['We are not running any giveaway this month, whatever the comments say.'],
    ['Beware of fake accounts using the band logo, the band will never DM you for money.'],
    ['People pretending to be him keep commenting, please ignore them.'],
    ['The free skins thing everyone keeps replying about? They are bots, all of them.'],
    ["that 'claim your reward' page going round is phishing, don't bother"],
  ])('reads a warning about a scam: %s', (text) => {
    expect(isScamWarning(analyse(text))).toBe(true);
  });

  it.each([
    ['Beware of fake accounts, my only account is @fx_real_mentor'],
    ['Not everyone online is a scammer. Mr Osei helped me recover my savings.'],
    ['Everyone says forex is a scam but I made $4,000 last month with her signals.'],
    ['This is not a scam, claim your prize today!'],
    ['Beware of fake brokers, message me at crypto-safe-help.com for the real one'],
    ['What a lovely video, thank you for making it.'],
  ])('leaves pitches dressed as warnings and ordinary comments alone: %s', (text) => {
    expect(isScamWarning(analyse(text))).toBe(false);
  });
});
