import { anySentence } from '../../src/engine/analysis/phrase-cache.js';
import type { Analysis } from '../../src/engine/analysis/types.js';

/**
 * Notices of something run by and for neighbours: "volunteers needed for the beach
 * clean-up", "run by volunteers", "sign up so we know numbers", "no appointment needed",
 * "in the church hall", "neighbourhood watch", "the food bank". Their "free", "sign up",
 * prices ("cakes from £1") and "bring your CV" invite people along, with nothing sold, so
 * sales-pitch does not count them as a pitch. The markers are ones a business seldom
 * writes; "community centre" and "all abilities welcome" are not among them, since
 * classes sold there say them too.
 */
const NOTICE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    'volunteers?\\s+(?:needed|wanted|run|welcome)' +
    '|(?:run|organi[sz]ed|staffed)\\s+by\\s+(?:local\\s+)?volunteers' +
    '|(?:looking\\s+for|need|needs|calling\\s+(?:all|for))\\s+(?:[\\p{L}-]+\\s+)?volunteers' +
    '|so\\s+we\\s+(?:know|have|can\\s+plan|can\\s+sort)\\s+(?:numbers|how\\s+many|enough|insurance|chairs)' +
    '|no\\s+(?:booking|appointment|registration)\\s+(?:needed|required|necessary)' +
    '|neighbou?rhood\\s+watch|(?:church|village|parish|scout)\\s+hall|food\\s+bank' +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

export function isCommunityNotice(analysis: Analysis): boolean {
  return anySentence(analysis, NOTICE);
}
