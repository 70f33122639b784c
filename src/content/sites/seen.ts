import type { Site } from '../../shared/settings.js';

/**
 * Where each selector of the site adapters was seen: the month it was last confirmed on the
 * live site (YYYY-MM), and the page of `../shared/fixtures/real-sites/` that shows it ('' when
 * no page there does). Kept apart from the adapters so that the content script every page
 * loads does not carry it: only the tests read it. test/content/selectors-seen.test.ts
 * checks that every selector an adapter uses is listed here and nothing else is, and the
 * real-site tests check each selector against the page it names.
 */
export interface SelectorSeen {
  seen: string;
  fixture: string;
}

export const SELECTORS_SEEN: Readonly<Record<Site, Readonly<Record<string, SelectorSeen>>>> = {
  x: {
    '[data-testid^="tweetTextarea_"][contenteditable="true"]': { seen: '2025-07', fixture: 'x-home-composer.html' },
    '[data-testid="dmComposerTextInput"]': { seen: '2025-07', fixture: 'x-dm-legacy.html' },
    'textarea[data-testid="dm-composer-textarea"]': { seen: '2025-07', fixture: 'x-dm-xchat.html' },
    '[data-testid="dm-composer-form"] textarea': { seen: '2025-07', fixture: 'x-dm-xchat.html' },
    '.public-DraftEditor-content[contenteditable="true"]': { seen: '2025-07', fixture: 'x-reply-dialog.html' },
    'textarea[data-testid^="tweetTextarea_"]': { seen: '2024-06', fixture: '' },
    '[data-testid="tweetButtonInline"]': { seen: '2025-07', fixture: 'x-home-composer.html' },
    '[data-testid="tweetButton"]': { seen: '2025-07', fixture: 'x-reply-dialog.html' },
    '[data-testid="dmComposerSendButton"]': { seen: '2025-07', fixture: 'x-dm-legacy.html' },
    '[data-testid="dm-composer-send-button"]': { seen: '2025-07', fixture: 'x-dm-xchat.html' },
  },
  linkedin: {
    '.share-creation-state__text-editor .ql-editor': { seen: '2026-06', fixture: 'linkedin-sharebox-shadow.html' },
    '[data-test-ql-editor-contenteditable="true"]': { seen: '2026-07', fixture: 'linkedin-comment-classic.html' },
    '.comments-comment-box-comment__text-editor .ql-editor': { seen: '2026-07', fixture: 'linkedin-comment-classic.html' },
    '.msg-form__contenteditable[contenteditable="true"]': { seen: '2026-04', fixture: 'linkedin-messaging.html' },
    '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]': { seen: '2026-06', fixture: 'linkedin-comment-sdui.html' },
    '[componentkey="ShareBox_textEditor"]': { seen: '2026-10', fixture: 'linkedin-sharebox-sdui.html' },
    '.tiptap.ProseMirror[contenteditable="true"]': { seen: '2026-10', fixture: 'linkedin-sharebox-sdui.html' },
    '.ql-editor[contenteditable="true"]': { seen: '2026-07', fixture: 'linkedin-comment-classic.html' },
    '.share-actions__primary-action': { seen: '2026-06', fixture: 'linkedin-sharebox-shadow.html' },
    '.msg-form__send-button': { seen: '2026-04', fixture: 'linkedin-messaging.html' },
    '.comments-comment-box__submit-button--cr': { seen: '2026-07', fixture: 'linkedin-comment-classic.html' },
    '[componentkey^="commentButtonSection"] button': { seen: '2026-06', fixture: 'linkedin-comment-sdui.html' },
    '.comments-comment-box__submit-button': { seen: '2024-01', fixture: '' },
    '#interop-outlet': { seen: '2026-06', fixture: 'linkedin-sharebox-shadow.html' },
    '[data-testid="interop-shadowdom"]': { seen: '2026-06', fixture: 'linkedin-messaging-overlay-shadow.html' },
  },
  facebook: {
    'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]': { seen: '2025-09', fixture: 'facebook-composer-dialog.html' },
    '[contenteditable="true"][data-lexical-editor="true"]': { seen: '2025-09', fixture: 'facebook-share-dialog.html' },
    '[contenteditable="true"][role="textbox"]': { seen: '2025-09', fixture: 'facebook-comment.html' },
    '[role="dialog"] [role="button"][aria-label="Post"]': { seen: '2025-09', fixture: 'facebook-composer-dialog.html' },
    '[role="dialog"] [aria-label="Share now"]': { seen: '2025-09', fixture: '' },
    '[aria-label="Press enter to send"]': { seen: '2025-09', fixture: 'facebook-messenger.html' },
    '[aria-label="Press Enter to send"]': { seen: '2025-09', fixture: '' },
    '[aria-label="Comment"][role="button"]': { seen: '2024-01', fixture: '' },
  },
};
