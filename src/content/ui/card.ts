import type { LintFinding, LintReport, RuleInfoMap } from '../report-types.js';

/**
 * The details card: score and band, then each finding with its message, why it matters
 * (one line from the rule's doc) and its suggestions, with "Apply" for fixes. Built with
 * DOM calls and textContent only. Keyboard: Tab / arrow keys move between buttons
 * (focus stays in the card), Escape closes it and returns to the editor.
 */

export interface CardContent {
  draftId: string;
  report: LintReport;
  rules: RuleInfoMap;
  /** Indexes into report.findings to show; all of them when omitted. */
  only?: number[];
  dark: boolean;
  /** False while the draft has changed since the report (fixes would land in the wrong place). */
  canApply: boolean;
}

export interface CardHandlers {
  apply(draftId: string, findingIndex: number, suggestionIndex: number): void;
  /** The card closed; `toEditor` when the keyboard closed it and focus should go back. */
  closed(draftId: string, toEditor: boolean): void;
  pointerInside(inside: boolean): void;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class Card {
  readonly element: HTMLDivElement;
  #content: CardContent | null = null;
  readonly #handlers: CardHandlers;

  constructor(
    parent: Node,
    handlers: CardHandlers,
  ) {
    this.#handlers = handlers;
    this.element = el('div', 'card');
    this.element.hidden = true;
    this.element.setAttribute('role', 'dialog');
    this.element.addEventListener('keydown', (event) => this.#onKey(event));
    this.element.addEventListener('pointerenter', () => handlers.pointerInside(true));
    this.element.addEventListener('pointerleave', () => handlers.pointerInside(false));
    parent.appendChild(this.element);
  }

  get openFor(): string | null {
    return this.#content && !this.element.hidden ? this.#content.draftId : null;
  }

  /** Whether the card shows all findings (opened from the badge) rather than those under a mark. */
  get showsAll(): boolean {
    return this.#content !== null && this.#content.only === undefined;
  }

  show(content: CardContent, anchor: DOMRect, focus: boolean): void {
    this.#content = content;
    this.#render(content);
    this.element.hidden = false;
    placeNear(this.element, anchor);
    if (focus) this.#buttons()[0]?.focus();
  }

  /** Re-renders with a newer report for the same draft, keeping the card where it is. */
  refresh(content: CardContent): void {
    if (this.openFor !== content.draftId) return;
    const hadFocus = this.element.matches(':focus-within');
    this.#content = content;
    this.#render(content);
    if (hadFocus) this.#buttons()[0]?.focus();
  }

  hide(toEditor = false): void {
    if (this.element.hidden) return;
    const draftId = this.#content?.draftId;
    this.element.hidden = true;
    this.#content = null;
    if (draftId) this.#handlers.closed(draftId, toEditor);
  }

  remove(): void {
    this.element.remove();
  }

  #render(content: CardContent): void {
    const { report, rules } = content;
    const indexes = (content.only ?? report.findings.map((_, i) => i)).filter((i) => report.findings[i] !== undefined);
    indexes.sort((a, b) => {
      const fa = report.findings[a]!;
      const fb = report.findings[b]!;
      return SEVERITY_ORDER[fa.severity] - SEVERITY_ORDER[fb.severity] || fa.range[0] - fb.range[0];
    });

    this.element.className = `card${content.dark ? ' dark' : ''}`;
    this.element.dataset.draftId = content.draftId;
    this.element.setAttribute('aria-label', `Sociable: score ${report.score} of 100, ${report.band}`);
    this.element.replaceChildren();

    const header = el('header');
    const score = el('span', `score band-${report.band}`, String(report.score));
    score.setAttribute('aria-hidden', 'true');
    const band = el('span', 'band', report.band);
    const total = report.findings.length;
    const summary = el('span', 'summary', total === 0 ? 'nothing to flag' : `${total} ${total === 1 ? 'finding' : 'findings'}`);
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.hide(true));
    header.append(score, band, summary, close);
    this.element.append(header);

    if (indexes.length === 0) {
      this.element.append(el('p', 'empty', 'Reads like a person talking to people. Nothing to flag.'));
      return;
    }
    const list = el('ul', 'findings');
    for (const index of indexes) list.append(this.#renderFinding(content, report.findings[index]!, index, rules));
    this.element.append(list);
    if (content.only !== undefined && indexes.length < total) {
      this.element.append(el('p', 'hint', `${total - indexes.length} more in this draft: open the badge for all.`));
    }
  }

  #renderFinding(content: CardContent, finding: LintFinding, index: number, rules: RuleInfoMap): HTMLLIElement {
    const rule = rules[finding.ruleId];
    const item = el('li', `finding ${finding.severity}`);
    item.dataset.ruleId = finding.ruleId;
    item.dataset.index = String(index);
    const head = el('div', 'head');
    head.append(el('span', `sev ${finding.severity}`, finding.severity), el('strong', 'title', rule?.title ?? finding.ruleId));
    item.append(head, el('p', 'message', finding.message));
    if (rule?.why) item.append(el('p', 'why', rule.why));
    finding.suggestions?.forEach((suggestion, suggestionIndex) => {
      const row = el('div', 'suggestion');
      row.append(el('span', 'text', suggestion.message));
      if (suggestion.edits && suggestion.edits.length > 0) {
        const apply = el('button', 'apply', 'Apply');
        apply.type = 'button';
        apply.disabled = !content.canApply;
        apply.setAttribute('aria-label', `Apply: ${suggestion.message}`);
        apply.addEventListener('mousedown', (event) => event.preventDefault());
        apply.addEventListener('click', () => this.#handlers.apply(content.draftId, index, suggestionIndex));
        row.append(apply);
      }
      item.append(row);
    });
    return item;
  }

  #buttons(): HTMLButtonElement[] {
    return [...this.element.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  }

  #onKey(event: KeyboardEvent): void {
    // Keys pressed in the card are the card's: the page's shortcuts must not see them.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      this.hide(true);
      return;
    }
    const keys = ['Tab', 'ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const buttons = this.#buttons();
    if (buttons.length === 0) return;
    event.preventDefault();
    const root = this.element.getRootNode() as ShadowRoot;
    const current = buttons.indexOf(root.activeElement as HTMLButtonElement);
    const back = event.key === 'ArrowUp' || (event.key === 'Tab' && event.shiftKey);
    let next = back ? current - 1 : current + 1;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = buttons.length - 1;
    buttons[(next + buttons.length) % buttons.length]?.focus();
  }
}

/** Places a fixed card below `anchor` (above when there is no room), inside the window. */
export function placeNear(card: HTMLElement, anchor: DOMRect): void {
  const width = card.offsetWidth || 360;
  const height = card.offsetHeight || 200;
  let left = Math.min(Math.max(8, anchor.left), innerWidth - width - 8);
  let top = anchor.bottom + 6;
  if (top + height > innerHeight - 8 && anchor.top - height - 6 > 8) top = anchor.top - height - 6;
  left = Math.max(8, left);
  top = Math.max(8, Math.min(top, innerHeight - height - 8));
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}
