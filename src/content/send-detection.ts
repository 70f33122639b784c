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

/** The smallest ancestor of `start` that holds at least one of the editors: its composer. */
export function sessionsAround(start: Element, sessions: readonly EditorSession[]): EditorSession[] {
  for (let el: Element | null = start; el; el = el.parentElement) {
    const inside = sessions.filter((s) => el !== s.editor && el.contains(s.editor));
    if (inside.length > 0) return inside;
  }
  return [];
}
