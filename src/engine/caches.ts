import { clearAnalysisCache } from './analysis/analyse.js';
import { clearWordFeatureCache } from './model/text-features.js';

/**
 * Empties every cache that a draft's sentences fill (their parse, phrase matches, lower
 * case and word features), so that the next lint works as on a draft never seen: what
 * the bench calls a cold lint. Compiled regexes and loaded modules stay. It lives here,
 * not in clearAnalysisCache, because the analysis does not depend on the model's features.
 */
export function clearEngineCaches(): void {
  clearAnalysisCache();
  clearWordFeatureCache();
}
