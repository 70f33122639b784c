/** A polite ARIA live region: screen readers hear the score when it changes. */
export class LiveRegion {
  readonly element: HTMLDivElement;
  #last = '';

  constructor(parent: Node) {
    this.element = document.createElement('div');
    this.element.className = 'sr-only';
    this.element.setAttribute('role', 'status');
    this.element.setAttribute('aria-live', 'polite');
    this.element.setAttribute('aria-atomic', 'true');
    parent.appendChild(this.element);
  }

  announce(text: string): void {
    if (text === this.#last) return;
    this.#last = text;
    this.element.textContent = text;
  }
}
