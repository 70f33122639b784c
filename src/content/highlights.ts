import type { Severity } from '../engine/types.js';
import { MarkStyles } from './mark-styles.js';

/**
 * Underlines with the CSS Custom Highlight API: one `Highlight` per severity, shared by
 * every editor on the page, registered under `sociable-<severity>`. Nothing is added to the
 * editor's DOM; the colours come from ./mark-styles.ts.
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
  readonly #styles = new MarkStyles(MARK_CSS);

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
    this.#styles.install(document);
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
    this.#styles.removeAll();
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
   * (Firefox, after the add-on was reloaded) cannot take its own away.
   */
  removeStale(): void {
    if (!highlightsSupported()) return;
    for (const [severity, name] of Object.entries(HIGHLIGHT_NAMES) as [Severity, string][]) {
      const registered = CSS.highlights.get(name);
      if (registered && registered !== this.#highlights.get(severity)) CSS.highlights.delete(name);
    }
    this.#styles.removeStale();
  }

  /** Puts the mark colours in a shadow root that holds an editor (LinkedIn's #interop-outlet). */
  prepareRoot(root: ShadowRoot): void {
    this.#styles.install(root);
  }

  /** Puts the mark colours in the document now (at start-up, so the one style recalc it costs is not mid-typing). */
  prepare(): void {
    this.#styles.install(document);
  }
}
