/**
 * Test helpers put into a fixture page (its main world) once it has loaded: they find boxes
 * through open shadow roots, stand in for the site's scripts (enable the send control once
 * text is typed, empty the box after a send), watch the editor for added nodes, and read
 * what the extension shows (badges and card in its shadow root, CSS highlights, overlay marks).
 * `installHelpers` is serialised into the page, so it must not use anything from outside.
 */

export interface StandIn {
  editor: string;
  send?: string;
  enter?: boolean;
  ctrlEnter?: boolean;
  close?: { control: string; removes: string };
  appears?: { from: string; into: string };
}

export interface PageBadge {
  draftId: string;
  score: number;
  findings: number;
  length: number;
  surface: string;
  hidden: boolean;
}

export interface PageFinding {
  ruleId: string;
  severity: string;
  message: string;
  suggestions: string[];
}

export interface PageHelpers {
  center(selector: string): { x: number; y: number; area: number } | null;
  /** Dispatches a click on the element (for controls drawn at no size without the site's CSS). */
  clickEvent(selector: string): void;
  standIn(options: StandIn): void;
  /** How many sends the stand-in emptied the box for. */
  sends: number;
  /** The box's text each time a send reached the site's handler (the stand-in), in order. */
  reached: string[];
  /** The review card (issue 9) as shown: null when hidden. */
  review(): { score: number; band: string; ruleIds: string[]; focused: string; dark: boolean; role: string; nearControl: boolean } | null;
  /** Clicks a control of the review card: 'post', 'edit' or 'skip' (the checkbox). */
  reviewClick(which: 'post' | 'edit' | 'skip'): void;
  /** True when the box (searched through shadow roots) has the focus. */
  focused(selector: string): boolean;
  /** Removes the element (the site taking its send control away). */
  remove(selector: string): void;
  /** Replaces the stand-in's send control with a fresh copy wired to the same handler (a React re-render). */
  rerender(): void;
  /** What the live region says. */
  live(): string;
  watch(selector: string): void;
  stopWatch(): string[];
  badges(): PageBadge[];
  marks(): string[];
  /** Opens the card of the badge whose report is for `length` characters and reads it. */
  card(length: number): Promise<PageFinding[]>;
  text(selector: string): string;
  /** Opens the card of the badge for `length` characters and applies the hashtag-stuffing fix; false when there is none. */
  applyHashtagFix(length: number): Promise<boolean>;
  /** True when the box's document or shadow root has the ::highlight(sociable-*) colours. */
  styled(selector: string): boolean;
  /** Which of `selectors` match in the page (shadow roots included); `box`: whether one of them is the test's box. */
  known(selectors: string[], box: string): { matching: string[]; box: boolean };
}

declare global {
  interface Window {
    __sociableTest?: PageHelpers;
  }
}

export function installHelpers(): void {
  const deep = (selector: string): HTMLElement | null => {
    const search = (root: Document | ShadowRoot): HTMLElement | null => {
      const hit = root.querySelector<HTMLElement>(selector);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot && el.tagName !== 'SOCIABLE-UI') {
          const inner = search(el.shadowRoot);
          if (inner) return inner;
        }
      }
      return null;
    };
    return search(document);
  };
  const ui = (): ShadowRoot | null => document.querySelector('sociable-ui')?.shadowRoot ?? null;
  const textOf = (el: HTMLElement): string => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ''));
  let observer: MutationObserver | null = null;
  let added: string[] = [];

  const helpers: PageHelpers = {
    sends: 0,
    reached: [],
    review() {
      const card = ui()?.querySelector<HTMLElement>('.card.review');
      if (!card || card.hidden) return null;
      const active = ui()!.activeElement;
      return {
        score: Number(card.querySelector('.score')?.textContent ?? NaN),
        band: card.querySelector('.band')?.textContent ?? '',
        ruleIds: [...card.querySelectorAll<HTMLElement>('.finding')].map((f) => f.dataset.ruleId ?? ''),
        focused: active instanceof HTMLElement ? active.className || active.tagName : '',
        dark: card.classList.contains('dark'),
        role: card.getAttribute('role') ?? '',
        nearControl: card.getClientRects().length > 0,
      };
    },
    reviewClick(which) {
      const card = ui()?.querySelector<HTMLElement>('.card.review');
      const el = card?.querySelector<HTMLElement>(which === 'skip' ? 'input' : `.${which}`);
      if (!el) throw new Error(`no ${which} on the review card`);
      el.click();
    },
    focused(selector) {
      const box = deep(selector);
      if (!box) return false;
      const root = box.getRootNode() as Document | ShadowRoot;
      const active = root.activeElement;
      return active !== null && (active === box || box.contains(active));
    },
    remove(selector) {
      deep(selector)?.remove();
    },
    rerender() {
      throw new Error('no stand-in yet');
    },
    live() {
      return ui()?.querySelector('[role="status"]')?.textContent ?? '';
    },
    center(selector) {
      const el = deep(selector);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 12), area: r.width * r.height };
    },
    clickEvent(selector) {
      const el = deep(selector);
      if (!el) throw new Error(`no element ${selector}`);
      el.click();
    },
    standIn({ editor, send, enter, ctrlEnter, close, appears }) {
      const box = deep(editor);
      if (!box) throw new Error(`no box ${editor}`);
      const empty = (): void => {
        setTimeout(() => {
          helpers.sends += 1;
          if (box instanceof HTMLTextAreaElement) {
            box.value = '';
            box.dispatchEvent(new Event('input', { bubbles: true }));
          } else {
            const p = document.createElement('p');
            p.append(document.createElement('br'));
            box.replaceChildren(p);
          }
        }, 60);
      };
      let control: HTMLElement | null = send && !appears ? deep(send) : null;
      const hookControl = (el: HTMLElement): void => {
        el.addEventListener('click', () => {
          if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return;
          if (textOf(box).trim()) helpers.reached.push(textOf(box));
          if (textOf(box).trim()) empty();
        });
      };
      if (control) hookControl(control);
      helpers.rerender = () => {
        if (!control) throw new Error('no send control to re-render');
        const fresh = control.cloneNode(true) as HTMLElement;
        control.replaceWith(fresh);
        control = fresh;
        hookControl(fresh);
      };
      const enable = (): void => {
        if (!textOf(box).trim()) return;
        if (appears && !control) {
          const model = deep(appears.from);
          const into = deep(appears.into);
          if (!model || !into) throw new Error('no send control to copy');
          control = model.cloneNode(true) as HTMLElement;
          into.append(control);
          hookControl(control);
        }
        if (!control) return;
        control.removeAttribute('disabled');
        if (control.getAttribute('aria-disabled') === 'true') control.setAttribute('aria-disabled', 'false');
      };
      box.addEventListener('input', enable);
      // A form the box is in is not submitted: the site's scripts would send by fetch.
      box.closest('form')?.addEventListener('submit', (event) => event.preventDefault());
      box.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
        const command = event.ctrlKey || event.metaKey;
        if ((command && ctrlEnter) || (!command && enter)) {
          event.preventDefault();
          if (textOf(box).trim()) helpers.reached.push(textOf(box));
          if (textOf(box).trim()) empty();
        }
      });
      if (close) {
        const control = deep(close.control);
        if (!control) throw new Error(`no close control ${close.control}`);
        // Closing takes the composer away, draft and all: what the sites do on Close / Dismiss.
        control.addEventListener('click', () => setTimeout(() => deep(close.removes)?.remove(), 60));
      }
    },
    watch(selector) {
      const box = deep(selector);
      if (!box) throw new Error(`no box ${selector}`);
      added = [];
      observer = new MutationObserver((records) => {
        for (const record of records) {
          record.addedNodes.forEach((node) => added.push(node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : `#${node.nodeName}`));
          if (record.type === 'attributes') added.push(`@${record.attributeName ?? ''}`);
        }
      });
      observer.observe(box, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'data-sociable'] });
    },
    stopWatch() {
      observer?.disconnect();
      observer = null;
      return added;
    },
    badges() {
      const root = ui();
      if (!root) return [];
      return [...root.querySelectorAll<HTMLElement>('.badge')].map((el) => ({
        draftId: el.dataset.draftId ?? '',
        score: Number(el.dataset.score ?? NaN),
        findings: Number(el.dataset.findings ?? NaN),
        length: Number(el.dataset.length ?? NaN),
        surface: el.dataset.surface ?? '',
        hidden: el.hidden,
      }));
    },
    marks() {
      const out: string[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('sociable-')) return;
        highlight.forEach((range) => void out.push(range.toString()));
      });
      ui()
        ?.querySelectorAll('.overlay .mark')
        .forEach((mark) => void out.push(mark.textContent ?? ''));
      return out;
    },
    async card(length) {
      const root = ui();
      const badge = [...(root?.querySelectorAll<HTMLElement>('.badge') ?? [])].find((el) => !el.hidden && el.dataset.length === String(length));
      if (!root || !badge) throw new Error(`no badge for ${length} characters`);
      badge.click();
      for (let i = 0; i < 50 && !root.querySelector('.card .finding, .card .empty, .card'); i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 100));
      const findings = [...root.querySelectorAll<HTMLElement>('.card .finding')].map((item) => ({
        ruleId: item.dataset.ruleId ?? '',
        severity: item.querySelector('.sev')?.textContent ?? '',
        message: item.querySelector('.message')?.textContent ?? '',
        suggestions: [...item.querySelectorAll('.suggestion .text')].map((s) => s.textContent ?? ''),
      }));
      root.querySelector<HTMLElement>('.card .close')?.click();
      return findings;
    },
    known(selectors, boxSelector) {
      const all = (selector: string): Element[] => {
        const out: Element[] = [];
        const visit = (root: Document | ShadowRoot): void => {
          out.push(...root.querySelectorAll(selector));
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot && el.tagName !== 'SOCIABLE-UI') visit(el.shadowRoot);
        };
        visit(document);
        return out;
      };
      const box = deep(boxSelector);
      const matching = selectors.filter((selector) => all(selector).length > 0);
      const found = box !== null && matching.some((selector) => all(selector).some((el) => el === box || el.contains(box)));
      return { matching, box: found };
    },
    async applyHashtagFix(length) {
      const root = ui();
      const badge = [...(root?.querySelectorAll<HTMLElement>('.badge') ?? [])].find((el) => !el.hidden && el.dataset.length === String(length));
      if (!root || !badge) return false;
      badge.click();
      for (let i = 0; i < 40 && !root.querySelector('.card .finding'); i++) await new Promise((r) => setTimeout(r, 50));
      const stuffing = [...root.querySelectorAll<HTMLElement>('.card .finding')].find(
        (item) => item.dataset.ruleId === 'gimmicks' && /hashtag stuffing/i.test(item.textContent ?? '') && item.querySelector('.apply'),
      );
      stuffing?.querySelector<HTMLElement>('.apply')?.click();
      return stuffing !== undefined;
    },
    styled(selector) {
      const box = deep(selector);
      const root = box?.getRootNode();
      if (!(root instanceof Document || root instanceof ShadowRoot)) return false;
      // The colours are a sheet the extension adopted, or (where a content script cannot adopt
      // one: Firefox ESR 140) a <style> it added, whose rules the page may not read: its text then.
      const sheets: CSSStyleSheet[] = [...root.adoptedStyleSheets, ...[...root.styleSheets]];
      return sheets.some((sheet) => {
        try {
          return [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(sociable-'));
        } catch {
          return sheet.ownerNode instanceof HTMLStyleElement && sheet.ownerNode.hasAttribute('data-sociable-marks') && (sheet.ownerNode.textContent ?? '').includes('::highlight(sociable-');
        }
      });
    },
    text(selector) {
      const box = deep(selector);
      return box ? textOf(box) : '';
    },
  };
  window.__sociableTest = helpers;
}
