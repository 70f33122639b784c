import { firstText, hasClassOnRoot, isPlainEnter } from './dom.js';
import type { SiteAdapter } from './types.js';

const MESSAGE_BOX = '.msg-form__contenteditable, .msg-form';
const COMMENT_BOX = '.comments-comment-box, .comments-comment-texteditor, .comments-reply-box, .comments-comment-box-comment__text-editor';
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

/** linkedin.com: Quill editors for the share box, comments and messages. */
export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  platform: 'linkedin',
  editorSelectors: [
    '.share-creation-state__text-editor .ql-editor',
    '[data-test-ql-editor-contenteditable="true"]',
    '.comments-comment-box .ql-editor',
    '.comments-comment-texteditor .ql-editor',
    '.msg-form__contenteditable[contenteditable="true"]',
    '.ql-editor[contenteditable="true"]',
  ],
  sendButtonSelectors: [
    '.share-actions__primary-action',
    '.msg-form__send-button',
    '.comments-comment-box__submit-button',
    '.comments-comment-box__submit-button--cr',
    '.comments-reply-box__submit-button',
  ],
  surface(editor) {
    if (editor.closest(MESSAGE_BOX)) return 'message';
    if (editor.closest(COMMENT_BOX)) return 'comment';
    return 'post';
  },
  recipient(editor) {
    if (!editor.closest(MESSAGE_BOX)) return undefined;
    const conversation = editor.closest(CONVERSATION) ?? document;
    return firstText(conversation, RECIPIENT_NAME) ?? firstText(document, RECIPIENT_NAME);
  },
  sendsOnKey(event, _editor, surface) {
    // Messages may send on Enter (a per-person setting); a send only counts once the box empties.
    return surface === 'message' && isPlainEnter(event);
  },
  isDark() {
    return hasClassOnRoot('theme--dark') ? true : null;
  },
};
