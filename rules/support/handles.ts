import type { Analysis, Span } from '../../src/engine/analysis/types.js';

// "@fx_mentor_kelvin", "@RecoverFundsHQ", "@bitmining.withgrace", "@ig_restore_hub": the
// accounts that paid testimonials and recovery scams send people to are named for what
// they promise. On the labelled corpora such names are almost all in scam rows (the few
// genuine ones, like a crypto news account, are left to the model's weight for them).
// So are the pages that sell exposure under strangers' photos ("@growth_collab_hub",
// "@viralpets_promo"): no genuine labelled row names one (2026-12-06).
const SCAM_NAME_WORD =
  /fx|forex|invest|trad(?:e|er|es|ing)|crypto|btc|bitcoin|mining|wealth|funds|asset|signals?|options|recover|restor|retriev|hack|unlock|loans?|lender|spell|mentor|expert|broker|profit|collab|promo|shoutout|repost|viral|featur/;

/** The @handles in the draft named like an investment, recovery, hacker or loan account, or a promotion page. */
export function scamHandles(analysis: Analysis): Span[] {
  return analysis.mentions.filter((mention) => SCAM_NAME_WORD.test(mention.text.toLowerCase()));
}
