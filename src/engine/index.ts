// The engine's public surface, for the CLI, the background and tests.
export * from './types.js';
export { lint, type LintOptions, type LintResult, type RuleFailure } from './lint.js';
export { applySuggestion, FixError, isFix } from './suggestions.js';
export { resolveSettings, engineSettingsSchema, SettingsError, type EngineSettings, type RuleSetting } from './settings.js';
export { parseDraft, draftSchema, DraftError } from './draft.js';
export { bandOf, BANDS, SEVERITY_POINTS } from './score.js';
export { EMPTY_HISTORY, type HistoryView, type HistoryMatch, type HistoryPost } from './history-view.js';
export { defineRule, type RuleModule, type RuleMeta, type RuleContext, type FindingReport } from './rule.js';
export { isValidRange, safeRange } from './ranges.js';
export { analyse, clearAnalysisCache, lastAnalyseStats } from './analysis/analyse.js';
export type { Analysis, Sentence, Token, Span } from './analysis/types.js';
export { ownWords } from './analysis/words.js';
export { loadLexicon, compilePhrases, matchPhrases, type Lexicon } from './phrases.js';
export { preparePhraseAnchors } from './anchor-index.js';
