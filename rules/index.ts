import type { RuleModule } from '../src/engine/rule.js';
import bareLink from './bare-link.js';
import broadcastOnly from './broadcast-only.js';
import copyPaste from './copy-paste.js';
import postingVolume from './posting-volume.js';

/** Every rule, in the order the options page lists them. Ids, once published, stay. */
export const rules: readonly RuleModule[] = [bareLink, copyPaste, postingVolume, broadcastOnly];

export const rulesById: ReadonlyMap<string, RuleModule> = new Map(rules.map((r) => [r.meta.id, r]));
