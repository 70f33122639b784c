import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { testimonialShape } from '../../rules/support/testimonial-shape.js';

const parts = (text: string) => testimonialShape(analyse(text)).map((s) => s.text);

describe('testimonialShape', () => {
  it.each([
    ['The same woman helped me too!! Mrs Sandra Kimberly is a genius, I just got 32k from my 3k investment', ['Mrs Sandra', 'helped me', 'a genius']],
    ['I was scammed $47k by a fake crypto site but @AssetChase_Legal got it all back. Dont give up, reach out to them', ['@AssetChase_Legal', 'got it all back', 'reach out to them']],
    // A contact written out with spaces; a firm found on Telegram; a credit fixer contacted by name.
    ['@Bernadette you can try Dr. Zuma, he cured my fibroids with herbs. drzumaherbalcure @ gmail', ['@Bernadette', 'cured', 'drzumaherbalcure @ gmail']],
    ['Before I found TECH GURU on telegram nobody could help. He got my USDT back in 2 days', ['found TECH GURU on telegram', 'Before I found', 'telegram']],
    ['Contacted CreditFixPros and they wiped 3 CCJs off my file in 10 days. Only firm I trust', ['Contacted CreditFixPros and they', 'wiped 3 CCJs off my file', 'Only firm I trust']],
    ["I reached out to 'Digital Assets Retrieval' on IG and within a week I had most of it back. Forever grateful", ["reached out to 'Digital Assets Retrieval' on IG", 'had most of it back', 'Forever grateful', 'IG']],
    ['Who else is getting paid by Mrs Maria Lopez? My second withdrawal of $9,750 just landed', ['Mrs Maria', 'withdrawal', 'Who else is getting paid by']],
    // A cure that "worked", earnings "with him", a contact written "(at) ... (dot)", a name to contact.
    ["Baba Olumide's herbs worked when nothing else did, write to oluherbs (at) mailbox (dot) ng", ["Baba Olumide's", 'herbs worked', 'oluherbs (at) mailbox (dot) ng']],
    ['Please contact Mr Henry Cole, I have been earning with him since March', ['Mr Henry', 'been earning with him', 'contact Mr Henry']],
  ])('finds someone else and two of: what they did, praise, a way to reach them: %s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['Use Darren at DJ Plumbing, he did our boiler last winter and was brilliant. His number is 07700 900456, tell him Karen sent you'],
    ['My dentist Dr Huang is the best, honestly. Her number is on her website if you need one'],
    ['Thanks @sam for the tickets, got them back to you tonight'],
    ['PSA: a fake "recovery expert" on Instagram asked my mum for a fee. Report them, nobody can get your money back.'],
  ])('leaves a recommendation, thanks or warning without the whole shape alone: %s', (text) => {
    expect(parts(text)).toEqual([]);
  });
});
