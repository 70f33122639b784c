import { guard } from './guard.js';
import { closestEditor, editingHost } from './sites/dom.js';
import { genericEditorFrom } from './sites/generic.js';
import type { EditorElement, SiteAdapter } from './sites/types.js';

/** How long a burst of page mutations is left to settle before the page is scanned again. */
const SCAN_DELAY_MS = 200;
/** How often a known shadow host that has no root yet is looked at again. */
const HOST_CHECK_MS = 1000;
/** A full walk of the page for open shadow roots is at most this frequent. */
const SHADOW_WALK_MS = 2000;

/**
 * Finds compose boxes as they appear: the site's selectors on every (throttled) batch of
 * page mutations, in the document and in every open shadow root found so far (LinkedIn
 * renders boxes in #interop-outlet's), and whatever editable element takes focus (the
 * generic fallback for boxes the selectors do not know). It only reads the page.
 */
export class EditorDiscovery {
  readonly #observer: MutationObserver;
  readonly #selectors: string[];
  readonly #selector: string;
  readonly #hostSelector: string;
  /** Open shadow roots observed and scanned like the document. */
  readonly #roots = new Set<ShadowRoot>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #hostTimer: ReturnType<typeof setTimeout> | undefined;
  #lastWalk = 0;
  #walkPending = false;
  readonly #adapter: SiteAdapter;
  readonly #found: (editor: EditorElement) => void;
  readonly #scanned: () => void;

  constructor(
    adapter: SiteAdapter,
    found: (editor: EditorElement) => void,
    scanned: () => void,
  ) {
    this.#adapter = adapter;
    this.#found = found;
    this.#scanned = scanned;
    this.#selectors = adapter.editorSelectors.filter(isValidSelector);
    this.#selector = this.#selectors.join(', ');
    this.#hostSelector = adapter.shadowHosts.filter(isValidSelector).join(', ');
    this.#observer = new MutationObserver(guard((records: MutationRecord[]) => this.#mutated(records)));
  }

  start(signal: AbortSignal): void {
    document.addEventListener('focusin', guard((event: FocusEvent) => this.#onFocus(event)), { capture: true, signal });
    this.#observer.observe(document.documentElement, { childList: true, subtree: true });
    this.#walkForShadowRoots();
    this.#scan();
  }

  stop(): void {
    this.#observer.disconnect();
    this.#roots.clear();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    clearTimeout(this.#hostTimer);
    this.#hostTimer = undefined;
  }

  /** The compose box an event target belongs to, known to the site or not. */
  editorFor(target: EventTarget | null): EditorElement | null {
    if (!(target instanceof Element)) return null;
    return closestEditor(target, this.#selectors) ?? genericEditorFrom(target);
  }

  #onFocus(event: FocusEvent): void {
    const path = event.composedPath();
    // A box in a shadow root we had not seen: watch that root from now on.
    for (const node of path) if (node instanceof ShadowRoot) this.#watchRoot(node);
    const editor = this.editorFor(path[0] ?? event.target);
    if (editor) this.#found(editor);
  }

  #mutated(records: readonly MutationRecord[]): void {
    // Added elements may carry a shadow root (or a host whose root is attached later).
    if (!this.#walkPending) {
      for (const record of records) {
        // Typing adds nodes inside an editor: those never hold a shadow root.
        if (record.addedNodes.length > 0 && !(record.target instanceof Element && record.target.closest('[contenteditable]'))) {
          this.#walkPending = true;
          break;
        }
      }
    }
    this.#scheduleScan();
  }

  #scheduleScan(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(
      guard(() => {
        this.#timer = undefined;
        if (this.#walkPending && Date.now() - this.#lastWalk >= SHADOW_WALK_MS) this.#walkForShadowRoots();
        this.#scan();
        // A walk skipped for its rate limit is done on a later scan.
        if (this.#walkPending) this.#scheduleLater();
      }),
      SCAN_DELAY_MS,
    );
  }

  #scheduleLater(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(
      guard(() => {
        this.#timer = undefined;
        this.#scheduleScan();
      }),
      Math.max(0, SHADOW_WALK_MS - (Date.now() - this.#lastWalk)),
    );
  }

  #scheduleHostCheck(): void {
    if (this.#hostTimer !== undefined) return;
    this.#hostTimer = setTimeout(
      guard(() => {
        this.#hostTimer = undefined;
        this.#scheduleScan();
      }),
      HOST_CHECK_MS,
    );
  }

  /** Every open shadow root in the page (and in those roots), once per SHADOW_WALK_MS at most. */
  #walkForShadowRoots(): void {
    this.#walkPending = false;
    this.#lastWalk = Date.now();
    const visit = (root: Document | ShadowRoot): void => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const shadow = (node as Element).shadowRoot;
        if (shadow && !this.#roots.has(shadow)) {
          this.#watchRoot(shadow);
          visit(shadow);
        }
      }
    };
    visit(document);
  }

  #watchRoot(root: ShadowRoot): void {
    if (this.#roots.has(root)) return;
    this.#roots.add(root);
    this.#observer.observe(root, { childList: true, subtree: true });
  }

  #scan(): void {
    // The site's known shadow hosts are checked on every scan (cheap), not only in walks.
    let rootless = false;
    if (this.#hostSelector) {
      for (const root of [document, ...this.#roots]) {
        for (const host of root.querySelectorAll(this.#hostSelector)) {
          if (host.shadowRoot) this.#watchRoot(host.shadowRoot);
          else rootless = true;
        }
      }
    }
    // Attaching a shadow root is no DOM mutation: a known host still without one is looked
    // at again in a while, until its root (and the boxes the site puts in it) arrives.
    if (rootless) this.#scheduleHostCheck();
    if (this.#selector) {
      for (const root of [document, ...this.#roots]) {
        if (root instanceof ShadowRoot && !root.host.isConnected) {
          this.#roots.delete(root);
          continue;
        }
        for (const match of root.querySelectorAll(this.#selector)) {
          const editor = editingHost(match) ?? editingHost(match.querySelector('[contenteditable="true"], textarea'));
          if (editor) this.#found(editor);
        }
      }
    }
    this.#scanned();
  }
}

function isValidSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
