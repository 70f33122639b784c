import type { LintReport, RuleInfoMap } from '../report-types.js';
import { el, placeNear } from './card.js';

/**
 * The review before sending (issue 9): a small card next to the send control with the
 * score, the one or two findings that cost most, "Edit" and "Post anyway", and "Don't ask
 * again for this draft". Keyboard first: focus starts on "Post anyway" (Enter), Escape is
 * "Edit", Tab stays in the card. Built with DOM calls and textContent only.
 */
export interface ReviewChoice {
  (post: boolean, skipDraft: boolean): void;
}

export class ReviewCard {
  readonly element = el('div', 'card review');
  #choose: ReviewChoice | null = null;
  readonly #parent: Node;

  /** In the page only while shown (the details card keeps `.card` to itself otherwise). */
  constructor(parent: Node) {
    this.#parent = parent;
    this.element.setAttribute('role', 'alertdialog');
    this.element.addEventListener('keydown', (event) => {
      event.stopPropagation();
      const buttons = [...this.element.querySelectorAll<HTMLElement>('button, input')];
      const root = this.element.getRootNode() as ShadowRoot;
      const at = buttons.indexOf(root.activeElement as HTMLElement);
      if (event.key === 'Escape' || event.key === 'Enter') {
        event.preventDefault();
        this.#done(event.key === 'Enter' && at !== 1);
      } else if (event.key === 'Tab') {
        event.preventDefault();
        buttons[(at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length]?.focus();
      }
    });
  }

  /** Shows the card; true when it is on screen (else the caller lets the send through). */
  show(report: LintReport, rules: RuleInfoMap, dark: boolean, anchor: DOMRect, choose: ReviewChoice): boolean {
    const points = new Map(report.breakdown.map((b) => [b.ruleId, b.points]));
    const top = [...report.findings].sort((a, b) => (points.get(b.ruleId) ?? 0) - (points.get(a.ruleId) ?? 0)).filter((f, i, all) => all.findIndex((g) => g.ruleId === f.ruleId) === i).slice(0, 2);
    const card = this.element;
    card.className = `card review${dark ? ' dark' : ''}`;
    card.setAttribute('aria-label', `Sociable: review before sending. Score ${report.score} of 100, ${report.band}.`);
    const header = el('header');
    header.append(el('span', `score band-${report.band}`, String(report.score)), el('span', 'band', report.band), el('span', 'summary', 'Post this as it is?'));
    const list = el('ul', 'findings');
    for (const f of top) {
      const item = el('li', `finding ${f.severity}`);
      item.dataset.ruleId = f.ruleId;
      item.append(el('strong', 'title', rules[f.ruleId]?.title ?? f.ruleId), el('p', 'message', f.message));
      list.append(item);
    }
    const post = el('button', 'post', 'Post anyway');
    const edit = el('button', 'edit', 'Edit');
    const skip = el('input');
    skip.type = 'checkbox';
    const label = el('label', 'skip');
    label.append(skip, " Don't ask again for this draft");
    const row = el('div', 'actions');
    row.append(post, edit);
    for (const b of [post, edit]) {
      b.type = 'button';
      b.addEventListener('click', () => this.#done(b === post));
    }
    card.replaceChildren(header, list, row, label);
    this.#choose = choose;
    this.#parent.appendChild(card);
    placeNear(card, anchor);
    post.focus();
    return card.isConnected && card.getClientRects().length > 0;
  }

  hide(): void {
    this.element.remove();
    this.#choose = null;
  }

  #done(post: boolean): void {
    const choose = this.#choose;
    const skip = this.element.querySelector('input')?.checked ?? false;
    this.hide();
    choose?.(post, skip);
  }
}
