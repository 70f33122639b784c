import { firstText, hasClassOnRoot, isPlainEnter, labelText } from './dom.js';
import type { SiteAdapter } from './types.js';

/**
 * linkedin.com (where each selector was seen: seen.ts). Two generations of editors live side by
 * side: Quill (share box, classic comments, messages) and TipTap / ProseMirror with hashed
 * classes (new share box, feed comments); some boxes are rendered in the open shadow root
 * of #interop-outlet.
 */
const EDITORS: readonly string[] = [
  '.share-creation-state__text-editor .ql-editor',
  '[data-test-ql-editor-contenteditable="true"]',
  '.comments-comment-box-comment__text-editor .ql-editor',
  '.msg-form__contenteditable[contenteditable="true"]',
  '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]',
  '[componentkey="ShareBox_textEditor"]',
  '.tiptap.ProseMirror[contenteditable="true"]',
  '.ql-editor[contenteditable="true"]',
];

const SEND: readonly string[] = [
  '.share-actions__primary-action',
  '.msg-form__send-button',
  '.comments-comment-box__submit-button--cr',
  '[componentkey^="commentButtonSection"] button',
  '.comments-comment-box__submit-button',
];

const SHADOW_HOSTS: readonly string[] = [
  '#interop-outlet',
  '[data-testid="interop-shadowdom"]',
];

const MESSAGE_BOX = '.msg-form, .msg-form__contenteditable';
const COMMENT_BOX =
  '.comments-comment-box, .comments-comment-box--cr, .comments-comment-texteditor, .comments-reply-box, .comments-comment-box-comment__text-editor, [componentkey^="commentBox"], [componentkey^="replyBox"]';
/** The conversation around a message box: the messaging page's thread or an overlay bubble. */
const CONVERSATION = '.msg-convo-wrapper, .msg-overlay-conversation-bubble, .msg-thread, .msg-s-message-list-container';
const RECIPIENT_NAME = [
  '.msg-entity-lockup__entity-title',
  '.msg-overlay-bubble-header__title',
  '#thread-detail-jump-target',
  '.msg-thread__link-to-profile',
  '.msg-conversation-card__participant-names',
  '.msg-title-bar h2',
];

/** The bubble or thread header just above a message form: its heading names the other person. */
function headerName(form: Element): string | undefined {
  for (let el: Element | null = form.parentElement, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
    const name = firstText(el, ['header h2', 'header h3']);
    if (name) return name;
  }
  return undefined;
}

/** "Attach an image to your conversation with Dana Park": English only, a last resort. */
function nameFromLabels(form: Element): string | undefined {
  for (const el of form.querySelectorAll('[aria-label*="conversation with"], [title*="conversation with"]')) {
    const match = /conversation with (.+)$/.exec(labelText(el));
    if (match?.[1]) return match[1].trim().slice(0, 200);
  }
  return undefined;
}

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  platform: 'linkedin',
  editorSelectors: EDITORS,
  sendButtonSelectors: SEND,
  shadowHosts: SHADOW_HOSTS,
  surface(editor) {
    if (editor.closest(MESSAGE_BOX)) return 'message';
    if (editor.closest(COMMENT_BOX)) return 'comment';
    if (location.pathname.startsWith('/messaging/') && editor.closest('form')) return 'message';
    return 'post';
  },
  recipient(editor) {
    // The messaging page's form may lose its msg-form classes: any form of a message box will do.
    const form = editor.closest('.msg-form') ?? (location.pathname.startsWith('/messaging/') ? editor.closest('form') : null);
    if (!form) return undefined;
    const conversation = editor.closest(CONVERSATION);
    return (
      (conversation ? firstText(conversation, RECIPIENT_NAME) : undefined) ?? firstText(document, RECIPIENT_NAME) ?? headerName(form) ?? nameFromLabels(form)
    );
  },
  sendsOnKey(event, _editor, surface) {
    // Messages may send on Enter (a per-person setting); a send only counts once the box empties.
    return surface === 'message' && isPlainEnter(event);
  },
  isDark() {
    return hasClassOnRoot('theme--dark') ? true : null;
  },
};
