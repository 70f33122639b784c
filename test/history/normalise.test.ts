import { describe, expect, it } from 'vitest';
import { normaliseForFingerprint as normalise } from '../../src/history/normalise.js';

describe('normaliseForFingerprint', () => {
  const base = 'Check out my new course on Excel dashboards';
  const same = normalise(base);

  it('keeps letters and digits only, lower-cased, in order', () => {
    expect(same).toBe('checkoutmynewcourseonexceldashboards');
    expect(normalise('Top 10 tips for 2026!')).toBe('top10tipsfor2026');
  });

  it.each([
    ['a greeting with a name', `Hi Sam, ${base}`],
    ['a greeting with a full name and title', `Dear Dr. Jane Smith:\n${base}`],
    ['a greeting with no punctuation', `Hey Anna ${base}`],
    ['a greeting to a group', `Hello everyone ${base}`],
    ['a name addressed at the start', `Priya, ${base}`],
    ['a sign-off with a name', `${base}. Thanks, Sam`],
    ['a dashed signature', `${base}\n- Anna Lee`],
    ['emoji', `${base} 🚀🔥 👋🏽`],
    ['punctuation', 'Check out my new course... on Excel-dashboards!!!'],
    ['whitespace', `  Check   out my\n\nnew course on\tExcel dashboards  `],
    ['capitals', base.toUpperCase()],
    ['a link', `${base} https://example.com/course?id=7`],
    ['a link without a scheme', `${base} example.co.uk/excel`],
    ['a mention', `${base} @sam_writes`],
    ['an e-mail address', `${base} mail me at sam@example.com`.replace(' mail me at', '')],
    ['accents', 'Chéck out my new coursé on Excel dashboards'],
  ])('ignores %s', (_, text) => {
    expect(normalise(text)).toBe(same);
  });

  it('keeps words that only look like links when a space is missing', () => {
    expect(normalise('I was done.It was great')).toBe('iwasdoneitwasgreat');
    expect(normalise('Hello.how are you')).toBe('howareyou');
  });

  it('does not take a word that starts like a greeting for one', () => {
    expect(normalise('Hiking is fun')).toBe('hikingisfun');
    expect(normalise('Heyday of the blog')).toBe('heydayoftheblog');
  });

  it('keeps a long last sentence that happens to end with capitalised words', () => {
    expect(normalise('Thanks to everyone who came to the meetup in New York')).toBe('thankstoeveryonewhocametothemeetupinnewyork');
  });

  it('is empty for a text of links, emoji and punctuation', () => {
    expect(normalise('https://example.com 🎉 !!!')).toBe('');
    expect(normalise('')).toBe('');
  });
});
