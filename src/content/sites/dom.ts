import type { EditorElement } from './types.js';

/** The editing host an element belongs to: a textarea, or the outermost contenteditable. */
export function editingHost(target: EventTarget | null): EditorElement | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target instanceof HTMLTextAreaElement) return target.disabled || target.readOnly ? null : target;
  if (!target.isContentEditable) return null;
  let host: HTMLElement = target;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The first of `selectors` that `el` or one of its ancestors matches, as its editing host. */
export function closestEditor(el: Element, selectors: readonly string[]): EditorElement | null {
  for (const selector of selectors) {
    let match: Element | null = null;
    try {
      match = el.closest(selector);
    } catch {
      continue;
    }
    if (match) {
      const host = editingHost(match) ?? editingHost(match.querySelector('[contenteditable="true"], textarea'));
      if (host) return host;
    }
  }
  return null;
}

/** Whitespace-collapsed visible text of the first element matching one of `selectors` in `scope`. */
export function firstText(scope: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const el = scope.querySelector(selector);
    const text = el?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, 200);
  }
  return undefined;
}

/** An element's own accessible label (aria-label, else title), for English hints only. */
export function labelText(el: Element): string {
  return el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '';
}

export function hasClassOnRoot(name: string): boolean {
  return document.documentElement.classList.contains(name) || (document.body?.classList.contains(name) ?? false);
}

export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
}
