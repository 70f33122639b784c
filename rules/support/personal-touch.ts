import type { Analysis } from '../../src/engine/analysis/types.js';
import { findPhraseGroups } from '../../src/engine/analysis/phrase-cache.js';
import { loadLexicon } from '../../src/engine/phrases.js';
import voiceData from '../lexicons/personal-voice.json' with { type: 'json' };

const voice = loadLexicon('personal-voice', voiceData);
const VOICE_GROUPS = Object.values(voice.groups);

/**
 * Something of the writer: the words I, me or my, a feeling, a voice of their own
 * ("lol", "honestly"), family life ("we went", "our kids") or warmth ("thanks", "xx").
 * Shared by no-personal-touch and bare-link (a headline and a link with nothing of you).
 */
export function hasPersonalTouch(analysis: Analysis): boolean {
  if (analysis.pronouns.firstSingular > 0) return true;
  return findPhraseGroups(analysis, VOICE_GROUPS).some((matches) => matches.length > 0);
}

