import { hasClassOnRoot, isPlainEnter } from './dom.js';
import type { SiteAdapter } from './types.js';

function label(editor: HTMLElement): string {
  return `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('aria-placeholder') ?? ''}`;
}

/** facebook.com: Lexical in the composer dialog, comment boxes and chats. */
export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  platform: 'facebook',
  editorSelectors: [
    'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    '[contenteditable="true"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  sendButtonSelectors: ['[role="dialog"] [aria-label="Post"]', '[role="dialog"] [aria-label="Share"]', '[aria-label="Comment"][role="button"]', '[aria-label="Press enter to send"]', '[aria-label="Send"]'],
  surface(editor) {
    const text = label(editor);
    if (/\breply\b/i.test(text)) return 'reply';
    if (/\bcomment\b/i.test(text)) return 'comment';
    if (/^\s*(message|aa)\b/i.test(text) || editor.closest('[aria-label^="Messenger"], [aria-label^="Chat"]')) return 'message';
    return 'post';
  },
  recipient() {
    return undefined;
  },
  sendsOnKey(event, _editor, surface) {
    // Comments, replies and chats send on Enter (Shift+Enter breaks the line); posts do not.
    return surface !== 'post' && isPlainEnter(event);
  },
  isDark() {
    return hasClassOnRoot('__fb-dark-mode') ? true : null;
  },
};
