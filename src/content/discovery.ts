import { guard } from './guard.js';
import { closestEditor, editingHost } from './sites/dom.js';
import { genericEditorFrom } from './sites/generic.js';
import type { EditorElement, SiteAdapter } from './sites/types.js';

/** How long a burst of page mutations is left to settle before the page is scanned again. */
const SCAN_DELAY_MS = 200;

/**
 * Finds compose boxes as they appear: the site's selectors on every (throttled) batch of
 * page mutations, and whatever editable element takes focus (the generic fallback for
 * boxes the selectors do not know). It only reads the page.
 */
export class EditorDiscovery {
  private readonly observer: MutationObserver;
  private readonly selector: string;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly found: (editor: EditorElement) => void,
    private readonly scanned: () => void,
  ) {
    this.selector = adapter.editorSelectors.filter(isValidSelector).join(', ');
    this.observer = new MutationObserver(guard(() => this.scheduleScan()));
  }

  start(signal: AbortSignal): void {
    document.addEventListener('focusin', guard((event: FocusEvent) => this.onFocus(event)), { capture: true, signal });
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    this.scan();
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The compose box an event target belongs to, known to the site or not. */
  editorFor(target: EventTarget | null): EditorElement | null {
    if (!(target instanceof Element)) return null;
    return closestEditor(target, this.adapter.editorSelectors) ?? genericEditorFrom(target);
  }

  private onFocus(event: FocusEvent): void {
    const target = event.composedPath()[0] ?? event.target;
    const editor = this.editorFor(target);
    if (editor) this.found(editor);
  }

  private scheduleScan(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(
      guard(() => {
        this.timer = undefined;
        this.scan();
      }),
      SCAN_DELAY_MS,
    );
  }

  private scan(): void {
    if (this.selector) {
      for (const match of document.querySelectorAll(this.selector)) {
        const editor = editingHost(match) ?? editingHost(match.querySelector('[contenteditable="true"], textarea'));
        if (editor) this.found(editor);
      }
    }
    this.scanned();
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
