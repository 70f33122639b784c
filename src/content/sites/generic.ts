import type { Surface } from '../../engine/types.js';
import { editingHost } from './dom.js';
import type { EditorElement } from './types.js';

/**
 * The fallback for a box the site adapter does not know (a new layout, a renamed class):
 * any focused contenteditable or textarea on the site.
 */
export function genericEditorFrom(target: EventTarget | null): EditorElement | null {
  const host = editingHost(target);
  if (!host) return null;
  // Single-line fields (search and the like) are not drafts.
  if (host.getAttribute('role') === 'searchbox' || host.getAttribute('aria-multiline') === 'false') return null;
  return host;
}

/**
 * What the box's own label or placeholder says it is for ("Write a comment…", "Post your
 * reply", "Write a message…"), or null when it says nothing about it.
 */
export function labelledSurface(editor: EditorElement): Surface | null {
  const text = ['aria-label', 'aria-placeholder', 'placeholder', 'data-placeholder'].map((name) => editor.getAttribute(name) ?? '').join(' ');
  if (/\breply\b/i.test(text)) return 'reply';
  if (/\bcomment\b/i.test(text)) return 'comment';
  if (/\bmessage\b/i.test(text)) return 'message';
  return null;
}
