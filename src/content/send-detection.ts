import type { Draft } from '../engine/types.js';
import { currentText } from './apply.js';
import { guard } from './guard.js';
import { send } from './runtime.js';
import type { EditorSession } from './session.js';

/** How long after a send click the box has to empty (or go away) for the send to count. */
const CONFIRM_MS = 4000;
const POLL_MS = 100;

/**
 * Records a send: the draft is read at the moment of the click or key press (before the
 * site clears the box), and reported to the background as `sent` only once the box has
 * emptied or gone away, so a refused or failed send is not remembered as posted.
 */
export function recordSend(sessions: readonly EditorSession[]): void {
  for (const session of sessions) {
    if (!session.hasText) continue;
    const draft: Draft = session.draft();
    const started = Date.now();
    const poll = guard(() => {
      const gone = !session.editor.isConnected || currentText(session.editor).trim() === '';
      if (gone) {
        void send({ kind: 'sent', draftId: session.draftId, draft });
        session.markSent();
      } else if (Date.now() - started < CONFIRM_MS) {
        setTimeout(poll, POLL_MS);
      }
    });
    setTimeout(poll, POLL_MS);
  }
}

export function isDisabledButton(button: Element): boolean {
  return (button instanceof HTMLButtonElement && button.disabled) || button.getAttribute('aria-disabled') === 'true';
}

/**
 * True when `control` surely sends (the site's own send selector, or a label that says it
 * sends and does not add a box): a send is only held for a review then, since holding a
 * control that is not a send (X's "Add post" for a thread) would block the person.
 */
export function surelySends(control: Element, knownSelector: string): boolean {
  if (knownSelector && control.matches(knownSelector)) return true;
  const label = labelOf(control);
  return SEND_HINT.test(label) && !NOT_SEND_HINT.test(label) && !/\b(add|new)\b/i.test(label);
}

/** More controls than this around a box and the click is not in its composer. */
const MAX_COMPOSER_CONTROLS = 40;

/** Anything a person clicks to act: buttons, ARIA buttons, submit inputs. */
export const CONTROL = 'button, [role="button"], input[type="submit"], input[type="button"]';

/**
 * Labels that name a send in some languages. A hint only: the structure decides first,
 * and a site in another language is still covered by the rules below.
 */
const SEND_HINT =
  /\b(post|send|share|reply|comment|tweet|publish|submit|respond|enviar|publicar|comentar|responder|compartir|senden|posten|teilen|antworten|kommentieren|envoyer|publier|partager|répondre|commenter|invia|pubblica|condividi|rispondi|commenta|verzenden|plaatsen|delen|reageren|opublikuj|wyślij|udostępnij)\b|chia sẻ|gửi|đăng|bình luận|trả lời|投稿|送信|发送|发布|评论|回复|게시|보내기|отправить|опубликовать|поделиться/i;
/** Labels of controls that end a draft without sending it (a hint, like SEND_HINT). */
const NOT_SEND_HINT = /\b(close|cancel|dismiss|discard|delete|remove|back|emoji|attach|photo|image|video|gif|media|schedul\w*|more|options|settings|maximi[sz]e|minimi[sz]e|expand)\b|đóng|hủy/i;

function labelOf(control: Element): string {
  const own = control.getAttribute('aria-label') ?? control.getAttribute('title') ?? '';
  const value = control instanceof HTMLInputElement ? control.value : '';
  return `${own} ${value} ${control.textContent ?? ''}`.replace(/\s+/g, ' ').trim().slice(0, 120);
}

function isShown(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/** A submit control of the form the editor is in. */
function submitsEditorForm(control: Element, editors: readonly Element[]): boolean {
  const form = control instanceof HTMLButtonElement || control instanceof HTMLInputElement ? control.form : null;
  const submits = (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) && control.type === 'submit';
  return submits && form !== null && editors.some((editor) => form.contains(editor));
}

/**
 * True when `control` is the composer's own send control, judged by structure: it follows
 * the editor, and it is the last shown, enabled control of the smallest part of the page
 * that holds both (the primary action of a toolbar or footer sits last; close buttons sit
 * in the header, before the box). Labels only tip the balance: a control that says it
 * closes or attaches is not a send, one that says it sends counts even when not last.
 */
function isPrimaryAfter(control: Element, scope: Element, editors: readonly Element[]): boolean {
  const label = labelOf(control);
  if (NOT_SEND_HINT.test(label)) return false;
  const follows = (el: Element): boolean => editors.some((editor) => (editor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !editor.contains(el));
  if (!follows(control)) return false;
  // A composer is small: a click far from any box (whose common ancestor with it is most of
  // the page, as for a button on another post) is no send, whatever its label says.
  const controls = scope.querySelectorAll(CONTROL);
  if (controls.length > MAX_COMPOSER_CONTROLS) return false;
  if (SEND_HINT.test(label)) return true;
  let last: Element | null = null;
  for (const el of controls) {
    if (follows(el) && !isDisabledButton(el) && isShown(el) && !el.closest('[contenteditable="true"]')) last = el;
  }
  return last !== null && (last === control || last.contains(control) || control.contains(last));
}

/** The smallest ancestor of `start` that holds at least one of the editors, with those sessions. */
function composerAround(start: Element, sessions: readonly EditorSession[]): { scope: Element; inside: EditorSession[] } | null {
  for (let el: Element | null = start.parentElement; el; el = el.parentElement) {
    const inside = sessions.filter((s) => el.contains(s.editor));
    if (inside.length > 0) return { scope: el, inside };
  }
  return null;
}

/**
 * Notes the controls the site keeps disabled while the box `editor` is empty, in the part of
 * the page around it (up to where it would hold more than MAX_COMPOSER_CONTROLS controls):
 * the one the site enables once text is typed is its send control, wherever it sits (X's
 * compose page has its Post button in the header, above the box). Run when a box is found.
 */
export function noteDisabledControls(editor: Element, into: WeakSet<Element>): void {
  let scope: Element | null = null;
  for (let el = editor.parentElement, depth = 0; el && depth < 20; el = el.parentElement, depth++) {
    if (el.querySelectorAll(CONTROL).length > MAX_COMPOSER_CONTROLS) break;
    scope = el;
  }
  if (!scope) return;
  for (const control of scope.querySelectorAll(CONTROL)) {
    if (isDisabledButton(control) && !control.closest('[contenteditable="true"]') && !NOT_SEND_HINT.test(labelOf(control))) into.add(control);
  }
}

/**
 * The sessions a click on (or Enter / Space on) `target` sends, or none. The site's own send
 * selectors are tried first; then, so that a renamed class or another UI language does not
 * lose the send, the composer's structure: the control the site enabled once text was typed,
 * a submit control of the editor's form, or its primary control after the box. Either way
 * the send only counts once the box empties.
 */
export function sendSessionsFor(target: Element, sessions: readonly EditorSession[], knownSelector: string, enabledByTyping: WeakSet<Element>): EditorSession[] {
  const known = knownSelector ? target.closest(knownSelector) : null;
  const control = known ?? target.closest(CONTROL);
  if (!control || isDisabledButton(control)) return [];
  if (sessions.some((s) => s.editor === control || s.editor.contains(control))) return [];
  const composer = composerAround(control, sessions);
  if (!composer) return [];
  if (known) return composer.inside;
  const withText = composer.inside.filter((s) => s.hasText);
  if (withText.length === 0) return [];
  const editors = withText.map((s) => s.editor);
  if (enabledByTyping.has(control) || submitsEditorForm(control, editors) || isPrimaryAfter(control, composer.scope, editors)) return composer.inside;
  return [];
}

/**
 * The control a site put in place of `held` (gone from the page) in the composer of `editor`:
 * React and its kin re-render a button as a new element while a send is held. It counts only
 * when exactly one enabled control of the same kind and label sits in the part of the page
 * around `editor` that holds no other box (another box's send would post another draft).
 */
export function reRenderedControl(held: Element, editor: Element, otherEditors: readonly Element[]): Element | null {
  if (!editor.isConnected) return null;
  const label = labelOf(held);
  for (let el = editor.parentElement; el; el = el.parentElement) {
    if (otherEditors.some((other) => el.contains(other))) return null;
    const candidates = [...el.querySelectorAll(CONTROL)].filter((c) => c.tagName === held.tagName && labelOf(c) === label && !isDisabledButton(c) && !c.closest('[contenteditable="true"]'));
    if (candidates.length > 0) return candidates.length === 1 ? candidates[0]! : null;
  }
  return null;
}
