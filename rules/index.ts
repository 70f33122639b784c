import type { RuleModule } from '../src/engine/rule.js';
import allAboutMe from './all-about-me.js';
import bareLink from './bare-link.js';
import broadcastOnly from './broadcast-only.js';
import copyPaste from './copy-paste.js';
import emojiWall from './emoji-wall.js';
import fancyLetters from './fancy-letters.js';
import gimmicks from './gimmicks.js';
import hashtagCase from './hashtag-case.js';
import noConversation from './no-conversation.js';
import noPersonalTouch from './no-personal-touch.js';
import pithyQuote from './pithy-quote.js';
import postingVolume from './posting-volume.js';
import recruitingPitch from './recruiting-pitch.js';
import salesPitch from './sales-pitch.js';
import templateGreeting from './template-greeting.js';

/** Every rule, in the order the options page lists them. Ids, once published, stay. */
export const rules: readonly RuleModule[] = [
  salesPitch,
  bareLink,
  recruitingPitch,
  noPersonalTouch,
  allAboutMe,
  noConversation,
  pithyQuote,
  templateGreeting,
  copyPaste,
  postingVolume,
  broadcastOnly,
  gimmicks,
  fancyLetters,
  hashtagCase,
  emojiWall,
];

export const rulesById: ReadonlyMap<string, RuleModule> = new Map(rules.map((r) => [r.meta.id, r]));
