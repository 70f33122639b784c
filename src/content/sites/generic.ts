import { editingHost } from './dom.js';
import type { EditorElement, SiteAdapter } from './types.js';

/**
 * The fallback for a box the site adapter does not know (a new layout, a renamed class):
 * any focused contenteditable or textarea on the site, linted as a post unless its
 * label says otherwise.
 */
export function genericEditorFrom(target: EventTarget | null): EditorElement | null {
  const host = editingHost(target);
  if (!host) return null;
  // Skip tiny single-line fields (search boxes and the like are <input>, but some are contenteditable).
  if (host.getAttribute('role') === 'searchbox' || host.getAttribute('aria-multiline') === 'false') return null;
  return host;
}

export function genericSurface(editor: EditorElement, fallback: SiteAdapter['surface']): ReturnType<SiteAdapter['surface']> {
  const text = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('placeholder') ?? ''}`;
  if (/\breply\b/i.test(text)) return 'reply';
  if (/\bcomment\b/i.test(text)) return 'comment';
  if (/\bmessage\b/i.test(text)) return 'message';
  return fallback(editor);
}
