import type { Analysis, Span } from '../../src/engine/analysis/types.js';

// "2.126.521.750 views", "1000000000 views", "+700.000.000" (a comment cheering a count): counts, not phone numbers.
const THOUSANDS = /^(?:\d{1,3}(?:[.,\s]\d{3}){2,}|\+\d{1,3}(?:[.,]\d{3}){2,})$/;
const COUNT_AFTER =
  /^\s*(?:views?|wiews|veiws|vues|subs|subscribers?|likes?|dislikes?|people|persons|times|comments?|hits|plays|streams|followers?|years?|users?|accounts?|members?|dollars?|euros?|pounds?|downloads?)(?![\p{L}\p{N}])/iu;

// "Sort 12-34-56, acc 11223344", "GTBank 0123984756": a bank account, which friends send
// to split a bill.
const ACCOUNT_BEFORE = /(?<![\p{L}\p{N}])(?:acc|account|acct|a\/c|sort\s+code|sort|iban|\p{L}*bank)(?:\s*(?:no\.?|number|num|#))?[\s:.,-]*$/iu;

// "Bank details for the leaving gift: AIB, Niamh Brennan, IBAN IE64 AIBK 9320 ...", "Account
// details: Barclays, J Whitfield, 20-45-77, 30918274": numbers a little after these words are
// the account, however the payee's name and bank come between.
const BANK_DETAILS_BEFORE = /(?<![\p{L}\p{N}])(?:bank\s+details|account\s+details|sort\s+code|iban)(?![\p{L}\p{N}])/iu;
const BANK_DETAILS_REACH = 80;
// A UK sort code, "20-45-77", is no phone number.
const SORT_CODE = /^\d{2}-\d{2}-\d{2}$/;
// An account number written just before its sort code, "41822956 / 20-45-77", is none either.
const SORT_CODE_AFTER = /^\s*(?:[/,;|]|and|sort(?:\s+code)?:?)?\s*\d{2}-\d{2}-\d{2}(?!\d)/i;

/** Phone numbers that are not really counts ("2,124,923,004 views") or bank accounts. */
export function plausiblePhones(analysis: Analysis): Span[] {
  const { text } = analysis;
  return analysis.phones.filter(
    (p) =>
      !THOUSANDS.test(p.text.trim()) &&
      !COUNT_AFTER.test(text.slice(p.end, p.end + 24)) &&
      !ACCOUNT_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start)) &&
      !SORT_CODE.test(p.text.trim()) &&
      !SORT_CODE_AFTER.test(text.slice(p.end, p.end + 24)) &&
      !BANK_DETAILS_BEFORE.test(text.slice(Math.max(0, p.start - BANK_DETAILS_REACH), p.start)),
  );
}
