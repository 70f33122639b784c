import type { Push, Response } from '../shared/protocol.js';
import { EditorDiscovery } from './discovery.js';
import { guard, guardAsync } from './guard.js';
import { HighlightPainter } from './highlights.js';
import { checkAlive, listen, onInvalidated, send } from './runtime.js';
import { CONTROL, noteDisabledControls, reRenderedControl, recordSend, sendSessionsFor, surelySends } from './send-detection.js';
import { EditorSession, type SessionHost } from './session.js';
import type { EditorElement, SiteAdapter } from './sites/types.js';
import { Card } from './ui/card.js';
import { UiHost } from './ui/host.js';
import { LiveRegion } from './ui/live-region.js';
import { ReviewCard } from './ui/review.js';
import type { ReviewSettings } from '../shared/settings.js';

/** A send held for a review: the box, and how to send it again (the control, or Enter's key event). */
interface Held {
  session: EditorSession;
  control: Element | null;
  key: KeyboardEventInit | null;
}

/** Alt+Shift+S in a box opens (or closes) its card. */
function isCardShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS';
}

/** Keys that can be a send, the card's shortcut or Escape; the rest are typing. */
function mayConcernSociable(event: KeyboardEvent): boolean {
  const key = event.key;
  return key === 'Enter' || key === ' ' || key === 'Escape' || isCardShortcut(event);
}

/** Hovering a mark this long opens its card; leaving mark and card this long closes it. */
const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 400;
/** How often a page checks that its extension is still there (reloaded or updated). */
const LIVENESS_MS = 1000;

/**
 * The content script for one page: owns the sessions (one per compose box), the shadow
 * host with badges, card and live region, the page-wide listeners, and the conversation
 * with the background. Everything it registers goes away in `teardown`.
 */
export class Controller implements SessionHost {
  readonly painter = new HighlightPainter();
  readonly ui = new UiHost();
  readonly layer: HTMLElement;
  readonly #sessions = new Map<EditorElement, EditorSession>();
  readonly #card: Card;
  readonly #live: LiveRegion;
  readonly #discovery: EditorDiscovery;
  readonly #sendSelector: string;
  /** Controls disabled while a box near them was empty (see noteDisabledControls). */
  readonly #enabledByTyping = new WeakSet<Element>();
  #listeners: AbortController | null = null;
  #enabled = false;
  #tornDown = false;
  #liveness: ReturnType<typeof setInterval> | undefined;
  #layoutQueued = false;
  #hoverTimer: ReturnType<typeof setTimeout> | undefined;
  #hoverKey = '';
  #pointerInCard = false;
  readonly #announced = new Map<string, string>();
  /** The element the last ordinary key went to (see adoptTypedIn). */
  #lastKeyTarget: EventTarget | null = null;
  #review: ReviewSettings | null = null;
  readonly #reviewCard: ReviewCard;
  #held: Held | null = null;
  /** True while "Post anyway" sends the held draft again through the site's own control. */
  #passing = false;
  /** Drafts whose review the person turned off ("Don't ask again for this draft"). */
  readonly #noReview = new Set<string>();
  /** Drafts sent back to editing by a review, with the text they had then. */
  readonly #editing = new Map<string, string>();

  constructor(readonly adapter: SiteAdapter) {
    this.layer = this.ui.layer;
    this.#live = new LiveRegion(this.ui.root);
    this.#reviewCard = new ReviewCard(this.ui.root);
    this.#card = new Card(this.ui.root, {
      apply: guardAsync((draftId: string, finding: number, suggestion: number) => this.#applyFromCard(draftId, finding, suggestion)),
      closed: guard((draftId: string, toEditor: boolean) => {
        if (toEditor) this.#sessionById(draftId)?.focusEditor();
      }),
      pointerInside: guard((inside: boolean) => {
        this.#pointerInCard = inside;
        if (!inside) this.#scheduleHoverClose();
      }),
    });
    this.#discovery = new EditorDiscovery(
      adapter,
      guard((editor: EditorElement) => this.#adopt(editor)),
      guard(() => this.#prune()),
    );
    this.#sendSelector = adapter.sendButtonSelectors.join(', ');
  }

  /** Starts listening for pushes and, unless this site is switched off in settings, linting. */
  async start(): Promise<void> {
    onInvalidated(() => this.teardown());
    listen((push) => this.#onPush(push));
    this.#liveness = setInterval(guard(() => void checkAlive()), LIVENESS_MS);
    const response = await send({ kind: 'get-settings' });
    if (this.#tornDown) return;
    const siteOn = response?.kind === 'settings' ? response.settings.sites[this.adapter.site] : true;
    if (response?.kind === 'settings') this.#review = response.settings.review;
    if (siteOn) this.#enable();
  }

  #enable(): void {
    if (this.#enabled || this.#tornDown) return;
    this.#enabled = true;
    // What an earlier copy of this script left behind: Firefox injects the new copy into open
    // pages when the add-on is reloaded or updated, and stops the old one without letting it
    // clean up (Chrome lets the old copy notice and tidy up itself; this is then a no-op).
    this.ui.removeStale();
    this.painter.removeStale();
    this.ui.attach();
    this.painter.prepare();
    this.#listeners = new AbortController();
    const signal = this.#listeners.signal;
    const capture = { capture: true, signal };
    const passive = { capture: true, passive: true, signal };
    addEventListener('keydown', guard((event: KeyboardEvent) => this.#onKeyDown(event)), capture);
    // Not passive: a send held for a review is stopped here, before the site's handlers.
    addEventListener('click', guard((event: MouseEvent) => this.#onClick(event)), capture);
    addEventListener('pointermove', guard((event: PointerEvent) => this.#onPointerMove(event)), passive);
    addEventListener('scroll', guard(() => this.#queueLayout(true)), passive);
    addEventListener('resize', guard(() => this.#queueLayout(false)), passive);
    this.#discovery.start(signal);
  }

  #disable(): void {
    if (!this.#enabled) return;
    this.#enabled = false;
    this.#listeners?.abort();
    this.#listeners = null;
    this.#lastKeyTarget = null;
    this.#discovery.stop();
    this.#card.hide();
    this.#reviewCard.hide();
    this.#held = null;
    for (const session of this.#sessions.values()) session.dispose();
    this.#sessions.clear();
    this.ui.remove();
  }

  /** The extension went away under the page: remove every trace, quietly. */
  teardown(): void {
    if (this.#tornDown) return;
    this.#tornDown = true;
    clearInterval(this.#liveness);
    clearTimeout(this.#hoverTimer);
    this.#disable();
    this.painter.dispose();
    this.ui.remove();
  }

  // SessionHost

  openCard(session: EditorSession, focus: boolean): void {
    if (!session.report) return;
    this.ui.attach();
    const anchor = session.badgeRect();
    this.#card.show({ draftId: session.draftId, report: session.report, rules: session.rules, dark: session.isDark(), canApply: session.isCurrent }, anchor, focus);
  }

  reportChanged(session: EditorSession): void {
    this.ui.attach();
    const report = session.hasText ? session.report : null;
    if (this.#card.openFor === session.draftId) {
      if (!report) this.#card.hide();
      else if (this.#card.showsAll) this.#card.refresh({ draftId: session.draftId, report, rules: session.rules, dark: session.isDark(), canApply: session.isCurrent });
      else this.#card.hide();
    }
    const id = session.draftId;
    const before = this.#editing.get(id);
    if (before !== undefined && (!report || session.reportText !== before)) {
      this.#editing.delete(id);
      if (report) void send({ kind: 'review', outcome: 'edited' });
    }
    if (!report) {
      this.#announced.delete(id);
      this.#noReview.delete(id);
      return;
    }
    // Screen readers hear the score of the box being written in, when it changes.
    const count = report.findings.length;
    const phrase = `Sociable score ${report.score}, ${report.band}, ${count} ${count === 1 ? 'finding' : 'findings'}.`;
    if (this.#announced.get(session.draftId) === phrase) return;
    this.#announced.set(session.draftId, phrase);
    if (session.editor.contains(document.activeElement) || document.activeElement === session.editor) this.#live.announce(phrase);
  }

  // Sessions

  #adopt(editor: EditorElement): void {
    if (!this.#enabled || this.#sessions.has(editor) || !editor.isConnected) return;
    // A box in a shadow root needs the mark colours in that root too.
    const root = editor.getRootNode();
    if (root instanceof ShadowRoot) this.painter.prepareRoot(root);
    const session = new EditorSession(editor, this);
    this.#sessions.set(editor, session);
    session.start();
    if (!session.hasText) noteDisabledControls(editor, this.#enabledByTyping);
  }

  /** Sessions whose box left the page (a closed dialog, a posted thread) end. */
  #prune(): void {
    for (const [editor, session] of this.#sessions) {
      if (editor.isConnected) continue;
      session.dispose();
      this.#sessions.delete(editor);
      if (this.#lastKeyTarget === editor) this.#lastKeyTarget = null;
      if (this.#card.openFor === session.draftId) this.#card.hide();
      if (this.#held?.session === session) this.#reviewCard.hide();
    }
  }

  #sessionById(draftId: string): EditorSession | undefined {
    for (const session of this.#sessions.values()) if (session.draftId === draftId) return session;
    return undefined;
  }

  #sessionFor(target: EventTarget | null): EditorSession | undefined {
    const editor = this.#discovery.editorFor(target);
    if (!editor) return undefined;
    if (!this.#sessions.has(editor)) this.#adopt(editor);
    return this.#sessions.get(editor);
  }

  // Background pushes

  async #onPush(push: Push): Promise<Response | undefined> {
    if (push.kind === 'settings-changed') {
      this.#review = push.settings.review;
      const siteOn = push.settings.sites[this.adapter.site];
      if (!siteOn) this.#disable();
      else if (!this.#enabled) this.#enable();
      else for (const session of this.#sessions.values()) session.relint();
      return { kind: 'ok' };
    }
    const session = this.#sessionById(push.draftId);
    if (!session) return { kind: 'error', message: 'That draft is no longer open in this page.' };
    const ok = await session.applyEdits(push.edits);
    if (!ok) return { kind: 'error', message: 'The draft changed since it was checked; the fix was not applied.' };
    this.#live.announce('Sociable: fix applied.');
    return { kind: 'ok' };
  }

  async #applyFromCard(draftId: string, findingIndex: number, suggestionIndex: number): Promise<void> {
    const session = this.#sessionById(draftId);
    if (!session) return;
    this.#card.hide();
    const ok = await session.applySuggestion(findingIndex, suggestionIndex);
    this.#live.announce(ok ? 'Sociable: fix applied.' : 'Sociable: the draft changed, so the fix was not applied.');
  }

  // Page events

  #onKeyDown(event: KeyboardEvent): void {
    // Every key the page gets passes here first: only the few that can mean something to
    // Sociable go further (a send, the card's shortcut, Escape, a send button's Space).
    if (!mayConcernSociable(event)) {
      this.#adoptTypedIn(event);
      return;
    }
    const target = event.composedPath()[0] ?? event.target;
    if (event.key === ' ') {
      // A space in a box is typing (one key in six); on a focused send button it is a send.
      this.#adoptTypedIn(event);
      if (target instanceof Element && !(target instanceof HTMLElement && this.#sessions.has(target))) this.#onSendButton(target, event);
      return;
    }
    if (!checkAlive()) return;
    const session = this.#sessionFor(target);
    if (session) {
      if (isCardShortcut(event)) {
        event.preventDefault();
        event.stopPropagation();
        if (this.#card.openFor === session.draftId) this.#card.hide(true);
        else this.openCard(session, true);
        return;
      }
      if (event.key === 'Escape' && this.#card.openFor === session.draftId) {
        this.#card.hide();
        return;
      }
      const commandEnter = event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing;
      if (commandEnter || (event.key === 'Enter' && this.adapter.sendsOnKey(event, session.editor, session.surface))) {
        const sending = this.#composerSessions(session.editor);
        const key = { key: 'Enter', code: 'Enter', ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true };
        if (!this.#holdSend(event, sending, null, key)) recordSend(sending);
      }
      return;
    }
    // Enter on a focused send button (Facebook's buttons are divs with role=button).
    if (event.key === 'Enter' && target instanceof Element) this.#onSendButton(target, event);
  }

  /**
   * Typing in a box that took focus before this script started (so no focusin told us):
   * adopt it on its first key. Keys go to the focused element, so one check per new target.
   */
  #adoptTypedIn(event: KeyboardEvent): void {
    const target = event.target;
    if (target === this.#lastKeyTarget) return;
    this.#lastKeyTarget = target;
    this.#sessionFor(event.composedPath()[0] ?? target);
  }

  #onClick(event: MouseEvent): void {
    if (!checkAlive()) return;
    const target = event.composedPath()[0] ?? event.target;
    if (!(target instanceof Element)) return;
    if (this.#onSendButton(target, event)) return;
    // A click on a mark opens its card at once.
    const session = this.#sessionFor(target);
    const hit = session?.findingsAt(event.clientX, event.clientY);
    if (session && hit) this.#openMarkCard(session, hit.indexes, hit.anchor);
  }

  /** Records the send when `target` is (in) the send control of a composer with a draft. */
  #onSendButton(target: Element, event: Event): boolean {
    const sending = sendSessionsFor(target, [...this.#sessions.values()], this.#sendSelector, this.#enabledByTyping);
    if (sending.length === 0) return false;
    const control = (this.#sendSelector && target.closest(this.#sendSelector)) || target.closest(CONTROL) || target;
    if (!surelySends(control, this.#sendSelector) || !this.#holdSend(event, sending, control, null)) recordSend(sending);
    return true;
  }

  /** True when sending `session` now calls for a review (see issue 9): never without a fresh report. */
  #needsReview(session: EditorSession): boolean {
    const review = this.#review;
    const report = session.report;
    if (!review?.enabled || !review.sites[this.adapter.site] || !report || report.band === 'social' || this.#noReview.has(session.draftId) || !session.isCurrent) return false;
    return report.band === 'broadcast' || review.band === 'mixed' || report.findings.some((f) => f.severity === 'error' || f.ruleId === 'copy-paste');
  }

  /**
   * Holds this one send for a review when a draft it sends calls for one: the card is shown
   * first, and the event is stopped only once it is on screen (else, or on any error of ours,
   * the send goes through untouched). A second press while the card is open sends.
   */
  #holdSend(event: Event, sending: readonly EditorSession[], control: Element | null, key: KeyboardEventInit | null): boolean {
    if (this.#passing) return false;
    if (this.#held) {
      this.#reviewCard.hide();
      this.#held = null;
      void send({ kind: 'review', outcome: 'sent' });
      return false;
    }
    const session = sending.find((s) => this.#needsReview(s));
    if (!session?.report) return false;
    this.ui.attach();
    const anchor = (control ?? session.editor).getBoundingClientRect();
    if (!this.#reviewCard.show(session.report, session.rules, session.isDark(), anchor, guard((post: boolean, skip: boolean) => this.#reviewed(post, skip)))) {
      this.#reviewCard.hide();
      return false;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    this.#held = { session, control, key };
    const { score, band } = session.report;
    this.#live.announce(`Sociable: review before sending. Score ${score}, ${band}. Enter posts anyway, Escape goes back to edit.`);
    void send({ kind: 'review', outcome: 'shown' });
    return true;
  }

  /** The person chose on the review card: back to the box, or the send again, exactly once. */
  #reviewed(post: boolean, skip: boolean): void {
    const held = this.#held;
    this.#held = null;
    if (!held) return;
    const { session, control, key } = held;
    if (skip) this.#noReview.add(session.draftId);
    const target = key ? session.editor : this.#controlNow(session, control);
    if (!post || !target?.isConnected) {
      // Edit, or the control went away while held: the draft stays in the box, nothing lost.
      if (session.editor.isConnected) session.focusEditor();
      if (post) this.#live.announce('Sociable: the send button is gone; your draft is still in the box.');
      else {
        this.#editing.set(session.draftId, session.reportText);
        this.#live.announce('Sociable: back to your draft.');
      }
      return;
    }
    void send({ kind: 'review', outcome: 'sent' });
    this.#passing = true;
    try {
      if (key) {
        session.focusEditor();
        target.dispatchEvent(new KeyboardEvent('keydown', key));
      } else if (target instanceof HTMLElement) target.click();
      else target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    } finally {
      this.#passing = false;
    }
  }

  /**
   * The control to send the held draft through: the one pressed, or, when a site re-rendered
   * it while the card was up (React does), its fresh copy in the same composer.
   */
  #controlNow(session: EditorSession, control: Element | null): Element | null {
    if (!control || control.isConnected) return control;
    const others = [...this.#sessions.keys()].filter((editor) => editor !== session.editor);
    return reRenderedControl(control, session.editor, others);
  }

  /** Every box of the composer `editor` is in: the smallest ancestor that also holds a send button. */
  #composerSessions(editor: EditorElement): EditorSession[] {
    const all = [...this.#sessions.values()];
    for (let el = editor.parentElement; el && this.#sendSelector; el = el.parentElement) {
      if (el.querySelector(this.#sendSelector)) return all.filter((s) => el.contains(s.editor));
    }
    return all.filter((s) => s.editor === editor);
  }

  #onPointerMove(event: PointerEvent): void {
    if (this.#pointerInCard) return;
    const target = event.composedPath()[0] ?? event.target;
    const editor = this.#discovery.editorFor(target);
    const session = editor ? this.#sessions.get(editor) : undefined;
    const hit = session?.findingsAt(event.clientX, event.clientY);
    if (!session || !hit) {
      this.#hoverKey = '';
      this.#scheduleHoverClose();
      return;
    }
    const key = `${session.draftId}:${hit.indexes.join(',')}`;
    if (key === this.#hoverKey) return;
    this.#hoverKey = key;
    clearTimeout(this.#hoverTimer);
    this.#hoverTimer = setTimeout(
      guard(() => {
        if (this.#hoverKey === key) this.#openMarkCard(session, hit.indexes, hit.anchor);
      }),
      HOVER_OPEN_MS,
    );
  }

  #openMarkCard(session: EditorSession, indexes: number[], anchor: DOMRect): void {
    if (!session.report) return;
    this.ui.attach();
    this.#card.show({ draftId: session.draftId, report: session.report, rules: session.rules, only: indexes, dark: session.isDark(), canApply: session.isCurrent }, anchor, false);
  }

  #scheduleHoverClose(): void {
    if (this.#card.openFor === null || this.#card.showsAll) return;
    clearTimeout(this.#hoverTimer);
    this.#hoverTimer = setTimeout(
      guard(() => {
        if (!this.#pointerInCard && this.#hoverKey === '' && !this.#card.element.matches(':focus-within')) this.#card.hide();
      }),
      HOVER_CLOSE_MS,
    );
  }

  requestLayout(): void {
    this.#queueLayout(false);
  }

  /** Badges and overlays follow their boxes; one layout pass per frame at most. */
  #queueLayout(scrolled: boolean): void {
    if (scrolled && this.#card.openFor !== null && !this.#card.element.matches(':focus-within')) this.#card.hide();
    if (this.#layoutQueued) return;
    this.#layoutQueued = true;
    requestAnimationFrame(
      guard(() => {
        this.#layoutQueued = false;
        for (const session of this.#sessions.values()) session.place();
      }),
    );
  }
}
