import type { LintReport } from '../report-types.js';

/** The small score badge at the corner of one compose box. */
export class Badge {
  readonly element: HTMLButtonElement;
  readonly #scoreText: HTMLSpanElement;
  readonly #countText: HTMLSpanElement;
  /** What the badge shows now, so that an unchanged report writes nothing. */
  #shown = '';

  constructor(parent: Node, draftId: string, onActivate: () => void) {
    this.element = document.createElement('button');
    this.element.type = 'button';
    this.element.className = 'badge';
    this.element.dataset.draftId = draftId;
    this.element.hidden = true;
    const dot = document.createElement('span');
    dot.className = 'dot';
    this.#scoreText = document.createElement('span');
    this.#scoreText.className = 'score-text';
    this.#countText = document.createElement('span');
    this.#countText.className = 'count';
    this.element.append(dot, this.#scoreText, this.#countText);
    this.element.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      onActivate();
    });
    // Keep the caret in the editor when the badge is clicked with the mouse.
    this.element.addEventListener('mousedown', (event) => event.preventDefault());
    parent.appendChild(this.element);
  }

  /**
   * `textLength`: length of the text the report is for; `surface`: what the box was judged as.
   * Returns false when the badge already showed exactly this (it is called on every keystroke,
   * and rewriting the same text costs the page a layout and a paint).
   */
  update(report: LintReport, dark: boolean, textLength: number, surface: string): boolean {
    const count = report.findings.length;
    const shown = `${report.score} ${report.band} ${count} ${dark} ${textLength} ${surface}`;
    if (shown === this.#shown) return false;
    this.#shown = shown;
    this.element.className = `badge band-${report.band}${dark ? ' dark' : ''}`;
    this.element.dataset.score = String(report.score);
    this.element.dataset.findings = String(count);
    this.element.dataset.theme = dark ? 'dark' : 'light';
    this.element.dataset.length = String(textLength);
    this.element.dataset.surface = surface;
    this.#scoreText.textContent = String(report.score);
    this.#countText.textContent = count === 0 ? '✓' : `· ${count}`;
    const label = `Sociable: ${report.score} of 100, ${report.band}, ${count} ${count === 1 ? 'finding' : 'findings'}. Open details (Alt+Shift+S in the box).`;
    this.element.setAttribute('aria-label', label);
    this.element.title = label;
    return true;
  }

  /**
   * Pins the badge inside the bottom-right corner of the editor's box (vertically centred
   * in a one-line box), or hides it when the box is off screen.
   */
  place(rect: DOMRect | null): void {
    const visible = rect !== null && rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
    if (this.element.hidden === visible) this.element.hidden = !visible;
    if (!visible || !rect) return;
    const width = this.element.offsetWidth || 56;
    const height = this.element.offsetHeight || 22;
    const top = rect.height >= height * 2 ? rect.bottom - height - 4 : rect.top + (rect.height - height) / 2;
    const left = `${Math.max(0, Math.round(rect.right - width - 4))}px`;
    const topPx = `${Math.max(0, Math.round(top))}px`;
    // Only what moved: an unchanged style write still invalidates the badge's style.
    if (this.element.style.left !== left) this.element.style.left = left;
    if (this.element.style.top !== topPx) this.element.style.top = topPx;
  }

  hide(): void {
    this.element.hidden = true;
  }

  remove(): void {
    this.element.remove();
  }
}
