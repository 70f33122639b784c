import { describe, expect, it } from 'vitest';
import { normaliseForFingerprint as normalise } from '../../src/history/normalise.js';
import { normaliseForFingerprintV1 } from '../../src/history/normalise-v1.js';

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

  describe('names anywhere in the message', () => {
    const met = normalise('It was great to meet you and Dana at the Boston meetup');

    it.each([
      ['a name swapped mid-text', 'It was great to meet you and Priya at the Boston meetup'],
      ['a name not in any list', 'It was great to meet you and Kwabena at the Boston meetup'],
      ['a full name', 'It was great to meet you and Priya Okafor at the Boston meetup'],
      ['a possessive', "It was great to meet you and Dana's at the Boston meetup".replace("Dana's", "Priya's")],
      ['a known first name in lower case', 'it was great to meet you and dana at the Boston meetup'],
      ['a known first name in capitals', 'It was great to meet you and DANA at the Boston meetup'],
      ['a title and a surname', 'It was great to meet you and Dr. Haddad at the Boston meetup'],
      ['a greeting with a mention', 'Hey @sam_k it was great to meet you and Dana at the Boston meetup'],
      ['a greeting with a title', 'Dear Dr. Smith,\nIt was great to meet you and Dana at the Boston meetup'],
      ['a name and a dash', 'Sam - it was great to meet you and Dana at the Boston meetup'],
      ['a name put in', 'It was great to meet you and Dana at the Boston meetup, Ravi!'],
      ['a sign-off', 'It was great to meet you and Dana at the Boston meetup.\n\nBest,\nMarc'],
      ['another sign-off', 'It was great to meet you and Dana at the Boston meetup. Cheers, Ana xx'],
      ['a sign-off with a full name', 'It was great to meet you and Dana at the Boston meetup\n\nKind regards,\nPriya Patel'],
      ['a sign-off with no name', 'It was great to meet you and Dana at the Boston meetup.\n\nBest wishes'],
      ['a first name that is also a word', 'It was great to meet you and Will at the Boston meetup'],
      ['a hyphenated name', 'It was great to meet you and Hyun-woo at the Boston meetup'],
      ['an Irish surname', "It was great to meet you and O'Connor at the Boston meetup"],
    ])('ignores %s', (_, text) => {
      expect(normalise(text)).toBe(met);
    });

    it('takes a first name that is also a word for a word at the start of a sentence', () => {
      expect(normalise('Will you come? Hope so. Mark your calendar')).toBe('willyoucomehopesomarkyourcalendar');
      expect(normalise('Say hi to Hope and Mark for me')).toBe('sayhitoandforme');
    });

    it('keeps ordinary words, places, hashtags and contractions, capitalised or not', () => {
      expect(met).toBe('itwasgreattomeetyouandatthebostonmeetup');
      expect(normalise('Then Check out the Amazing views in Lisbon on Monday')).toBe('thencheckouttheamazingviewsinlisbononmonday');
      expect(normalise('Dont miss our #SmallBusiness day, Congrats to all')).toBe('dontmissoursmallbusinessdaycongratstoall');
    });

    it('keeps a headline in Title Case whole, except known first names and their surnames', () => {
      expect(normalise('Pipedrive Closes Series B Led By Atomico To Help Small Businesses')).toBe('pipedriveclosesseriesbledbyatomicotohelpsmallbusinesses');
      expect(normalise('Katy Perry Rocks The Super Bowl Halftime Show')).toBe('rocksthesuperbowlhalftimeshow');
      expect(normalise('KATY PERRY ROCKS THE SUPER BOWL HALFTIME SHOW')).toBe('rocksthesuperbowlhalftimeshow');
    });

    it('version 1 (frozen, for entries recorded before) keeps names in the middle', () => {
      expect(normaliseForFingerprintV1('Hi Sam, it was great to meet you and Dana at the Boston meetup')).toBe('itwasgreattomeetyouanddanaatthebostonmeetup');
      expect(normaliseForFingerprintV1('Great to meet you @dana_k. Thanks, Sam')).toBe('greattomeetyou');
    });
  });
});
