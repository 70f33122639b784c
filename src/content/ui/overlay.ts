import type { Severity } from '../../engine/types.js';

/**
 * Marks for a <textarea>, where the Custom Highlight API cannot reach (its text is not in
 * the DOM): a mirror of the textarea's text with the same box and font, transparent
 * except for the underlines, laid over it in the shadow root and scrolled with it.
 */

const MIRRORED = [
  'box-sizing', 'width', 'height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'line-height',
  'letter-spacing', 'word-spacing', 'text-indent', 'text-align', 'text-transform', 'tab-size', 'direction',
  'white-space', 'word-break', 'overflow-wrap',
] as const;

export interface OverlayMark {
  start: number;
  end: number;
  severity: Severity;
  /** Index of the finding in the report. */
  index: number;
}

export class TextareaOverlay {
  readonly element: HTMLDivElement;
  #spans: { index: number; span: HTMLSpanElement }[] = [];
  readonly #textarea: HTMLTextAreaElement;

  constructor(
    parent: Node,
    textarea: HTMLTextAreaElement,
  ) {
    this.#textarea = textarea;
    this.element = document.createElement('div');
    this.element.className = 'overlay';
    this.element.setAttribute('aria-hidden', 'true');
    parent.appendChild(this.element);
  }

  render(text: string, marks: OverlayMark[]): void {
    const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
    const nodes: Node[] = [];
    this.#spans = [];
    let at = 0;
    for (const mark of sorted) {
      if (mark.start < at) continue; // overlapping marks: the first one wins in the mirror
      if (mark.start > at) nodes.push(document.createTextNode(text.slice(at, mark.start)));
      const span = document.createElement('span');
      span.className = `mark ${mark.severity}`;
      span.textContent = text.slice(mark.start, mark.end);
      nodes.push(span);
      this.#spans.push({ index: mark.index, span });
      at = mark.end;
    }
    // A trailing newline needs a character after it to take up its line, as in the textarea.
    nodes.push(document.createTextNode(`${text.slice(at)}\u200b`));
    this.element.replaceChildren(...nodes);
  }

  /** Copies the textarea's box, font and scroll position (geometry: call from a layout pass). */
  place(): void {
    const rect = this.#textarea.getBoundingClientRect();
    const visible = this.#textarea.isConnected && rect.width > 0 && rect.height > 0;
    this.element.hidden = !visible;
    if (!visible) return;
    const computed = getComputedStyle(this.#textarea);
    const style = this.element.style;
    for (const name of MIRRORED) style.setProperty(name, computed.getPropertyValue(name));
    style.borderStyle = 'solid';
    style.borderColor = 'transparent';
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    if (computed.whiteSpace === 'normal') style.whiteSpace = 'pre-wrap';
    this.element.scrollTop = this.#textarea.scrollTop;
    this.element.scrollLeft = this.#textarea.scrollLeft;
  }

  /** Client rectangles of each mark, for hover hit-testing. */
  markRects(): { index: number; rects: DOMRect[] }[] {
    return this.#spans.map(({ index, span }) => ({ index, rects: [...span.getClientRects()] }));
  }

  remove(): void {
    this.element.remove();
  }
}
