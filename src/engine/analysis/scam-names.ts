/**
 * Calling something a scam: "it's a scam", "they're bots", "that's phishing", "is malware",
 * "are impostors". Two readers share it, so a new name for a scam is added once: the
 * sales-pitch rule, which excuses a scam's words ("prize", "giveaway") in a draft that warns
 * of it (rules/support/scam-warnings.ts), and the model's `shape:warns-of-scam` feature.
 * A regular-expression source, without the whole-word guards each reader puts around it.
 */
export const CALLS_IT_A_SCAM =
  "(?:it['\u2019]?s|this\\s+is|that['\u2019]?s|they['\u2019]?re|is|are)\\s+" +
  '(?:a\\s+|an\\s+|all\\s+|just\\s+|the\\s+same\\s+)?' +
  '(?:scam(?:mer)?s?|fakes?|fake\\s+accounts?|phishing|bots?|malware|viruses|a\\s+virus|impostors?|impersonators?)';
