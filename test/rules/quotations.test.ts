import { describe, expect, it } from 'vitest';
import { MIN_QUOTED_WORDS, insideQuotation, reportedSpeech } from '../../rules/support/quotations.js';

describe('reportedSpeech', () => {
  it('finds a quotation in single or double quotes, apostrophes inside words kept', () => {
    const text = "Mum got this today: 'Your parcel can't be delivered, pay the fee now' and nearly paid it.";
    const [quoted] = reportedSpeech(text);
    expect(quoted?.text).toBe("'Your parcel can't be delivered, pay the fee now'");
    const curly = 'The email said \u201cyou have been awarded four million dollars\u201d which made me laugh out loud.';
    expect(reportedSpeech(curly).map((q) => q.text)).toEqual(['\u201cyou have been awarded four million dollars\u201d']);
  });

  it(`ignores quotations under ${MIN_QUOTED_WORDS} words and drafts that are only a quotation`, () => {
    expect(reportedSpeech('Search "CalmLeaf CBD" on Google for the best gummies around')).toEqual([]);
    expect(reportedSpeech('"Buy now and get fifty percent off everything today"')).toEqual([]);
  });

  it('reads apostrophes as apostrophes, not quotes', () => {
    expect(reportedSpeech("It's the kids' party and we're all going, don't be late")).toEqual([]);
  });

  it('insideQuotation wants the whole span inside one quotation', () => {
    const quoted = [{ start: 10, end: 30, text: '' }];
    expect(insideQuotation({ start: 12, end: 20, text: '' }, quoted)).toBe(true);
    expect(insideQuotation({ start: 25, end: 35, text: '' }, quoted)).toBe(false);
  });

  it('stays linear on a flood of quote marks (safety bound)', () => {
    const started = Date.now();
    reportedSpeech(`'a ${"b' '".repeat(20_000)}`);
    reportedSpeech('"'.repeat(60_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
