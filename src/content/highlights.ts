import type { Severity } from '../engine/types.js';

/**
 * Underlines with the CSS Custom Highlight API: one `Highlight` per severity, shared by
 * every editor on the page, registered under `sociable-<severity>`. Nothing is added to the
 * editor's DOM; the colours come from a constructed stylesheet adopted by the document.
 */

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  info: 'sociable-info',
  warning: 'sociable-warning',
  error: 'sociable-error',
};

const PRIORITY: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

const MARK_CSS = `
::highlight(sociable-error) { text-decoration: underline wavy #e0245e; text-decoration-thickness: 2px; text-decoration-skip-ink: none; background-color: rgba(224, 36, 94, 0.10); }
::highlight(sociable-warning) { text-decoration: underline wavy #e8950c; text-decoration-thickness: 2px; text-decoration-skip-ink: none; background-color: rgba(245, 158, 11, 0.12); }
::highlight(sociable-info) { text-decoration: underline dotted #3b82f6; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
`;

export interface Mark {
  /** A live Range: the browser moves it along with edits inside its text nodes. */
  range: Range;
  severity: Severity;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Same severities over the same DOM boundary points, in the same order. */
function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return (
    a.length === b.length &&
    a.every((mark, i) => {
      const other = b[i]!;
      const x = mark.range;
      const y = other.range;
      return mark.severity === other.severity && x.startContainer === y.startContainer && x.startOffset === y.startOffset && x.endContainer === y.endContainer && x.endOffset === y.endOffset;
    })
  );
}

export class HighlightPainter {
  readonly #highlights = new Map<Severity, Highlight>();
  readonly #owned = new Map<object, Mark[]>();
  #sheet: CSSStyleSheet | null = null;
  readonly #roots = new Set<ShadowRoot>();
  #styleElement: HTMLStyleElement | null = null;

  /**
   * Replaces `owner`'s marks (one editor's) with `marks`, and returns the marks now shown:
   * the ones already registered when they are the same, otherwise `marks`.
   */
  paint(owner: object, marks: Mark[]): readonly Mark[] {
    // Touching a registered Highlight makes the browser redo every mark on the page and
    // repaint, so marks that did not move are left as they are.
    const current = this.#owned.get(owner);
    if (current && sameMarks(current, marks) && current.every((mark) => this.#isShown(mark))) return current;
    this.clear(owner);
    if (marks.length === 0) return marks;
    this.#ensureStyles();
    for (const mark of marks) this.#highlight(mark.severity).add(mark.range);
    this.#owned.set(owner, marks);
    return marks;
  }

  clear(owner: object): void {
    const marks = this.#owned.get(owner);
    if (!marks) return;
    for (const mark of marks) this.#highlights.get(mark.severity)?.delete(mark.range);
    this.#owned.delete(owner);
  }

  /** Removes every highlight and the stylesheet (the extension is going away). */
  dispose(): void {
    for (const [severity, highlight] of this.#highlights) {
      highlight.clear();
      if (CSS.highlights.get(HIGHLIGHT_NAMES[severity]) === highlight) CSS.highlights.delete(HIGHLIGHT_NAMES[severity]);
    }
    this.#highlights.clear();
    this.#owned.clear();
    if (this.#sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.#sheet);
    for (const root of this.#roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.#sheet);
    this.#roots.clear();
    this.#styleElement?.remove();
    this.#sheet = null;
    this.#styleElement = null;
  }

  #isShown(mark: Mark): boolean {
    const highlight = this.#highlights.get(mark.severity);
    return highlight !== undefined && highlight.has(mark.range) && CSS.highlights.get(HIGHLIGHT_NAMES[mark.severity]) === highlight;
  }

  #highlight(severity: Severity): Highlight {
    let highlight = this.#highlights.get(severity);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = PRIORITY[severity];
      this.#highlights.set(severity, highlight);
    }
    // Re-register every time: a page that cleared the registry gets our marks back.
    if (CSS.highlights.get(HIGHLIGHT_NAMES[severity]) !== highlight) CSS.highlights.set(HIGHLIGHT_NAMES[severity], highlight);
    return highlight;
  }

  /**
   * Drops marks and mark colours that are not this painter's: a stopped copy of this script
   * (Firefox, after the add-on was reloaded) cannot take its own away. A sheet the old copy
   * made may be a dead object by now; touching it throws, which also marks it as stale.
   */
  removeStale(): void {
    if (!highlightsSupported()) return;
    for (const [severity, name] of Object.entries(HIGHLIGHT_NAMES) as [Severity, string][]) {
      const registered = CSS.highlights.get(name);
      if (registered && registered !== this.#highlights.get(severity)) CSS.highlights.delete(name);
    }
    const isStale = (sheet: CSSStyleSheet): boolean => {
      if (sheet === this.#sheet) return false;
      try {
        return [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(sociable-'));
      } catch {
        return true;
      }
    };
    try {
      if (document.adoptedStyleSheets.some(isStale)) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => !isStale(sheet));
    } catch {
      // Nothing to tidy where adopted sheets cannot be read.
    }
  }

  /**
   * Adopts the mark colours in a shadow root that holds an editor (LinkedIn's #interop-outlet):
   * ::highlight() rules of the document do not reach into shadow trees. Only the root's list
   * of adopted sheets changes, never a node of the site.
   */
  prepareRoot(root: ShadowRoot): void {
    try {
      this.#sheet ??= new CSSStyleSheet();
      if (this.#sheet.cssRules.length === 0) this.#sheet.replaceSync(MARK_CSS);
      if (!root.adoptedStyleSheets.includes(this.#sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
      this.#roots.add(root);
    } catch {
      // No constructable stylesheets: the marks are still registered, only not coloured there.
    }
  }

  /** Adopts the mark colours now (at start-up, so the one style recalc it costs is not mid-typing). */
  prepare(): void {
    this.#ensureStyles();
  }

  #ensureStyles(): void {
    if (this.#sheet && document.adoptedStyleSheets.includes(this.#sheet)) return;
    if (this.#styleElement?.isConnected) return;
    try {
      this.#sheet ??= new CSSStyleSheet();
      this.#sheet.replaceSync(MARK_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
    } catch {
      // Older engines without constructable stylesheets: a <style> in <head>, never in the editor.
      this.#sheet = null;
      this.#styleElement = document.createElement('style');
      this.#styleElement.textContent = MARK_CSS;
      (document.head ?? document.documentElement).append(this.#styleElement);
    }
  }
}
