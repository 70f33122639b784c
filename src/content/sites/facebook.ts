import { hasClassOnRoot, isPlainEnter, labelText } from './dom.js';
import type { SiteAdapter } from './types.js';

/**
 * facebook.com (where each selector was seen: seen.ts). Lexical everywhere; class names are
 * hashed and labels are localised, so surfaces come from structure first (a dialog, an
 * article, the Messenger path) and English labels only as a hint.
 */
const EDITORS: readonly string[] = [
  'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  '[contenteditable="true"][data-lexical-editor="true"]',
  '[contenteditable="true"][role="textbox"]',
];

const SEND: readonly string[] = [
  '[role="dialog"] [role="button"][aria-label="Post"]',
  '[role="dialog"] [aria-label="Share now"]',
  '[aria-label="Press enter to send"]',
  '[aria-label="Press Enter to send"]',
  '[aria-label="Comment"][role="button"]',
];

/** The chat composer of Messenger or a chat tab. */
const CHAT = '[aria-label="Thread composer"], [aria-label^="Messenger"], [aria-label^="Chat"]';

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  platform: 'facebook',
  editorSelectors: EDITORS,
  sendButtonSelectors: SEND,
  shadowHosts: [],
  surface(editor) {
    if (/^\/messages\//.test(location.pathname) || editor.closest(CHAT)) return 'message';
    const text = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('aria-placeholder') ?? ''}`;
    if (/\breply\b/i.test(text)) return 'reply';
    if (/\bcomment\b/i.test(text)) return 'comment';
    if (/^\s*(message|aa)\b/i.test(text)) return 'message';
    // Comment boxes sit in a presentational form (2023-) inside the post they answer; a box
    // inside a post (an article) that is not in a composer dialog is its comment box too.
    if (editor.closest('form[role="presentation"]')) return 'comment';
    if (editor.closest('[role="article"]') && !editor.closest('[role="dialog"] form[method]')) return 'comment';
    return 'post';
  },
  recipient(editor) {
    // "Messages in conversation with Sam" labels the thread beside the composer (English only).
    const thread = editor.closest('[role="main"], [role="dialog"], [aria-label^="Chat"]') ?? document;
    for (const el of thread.querySelectorAll('[aria-label*="conversation with"]')) {
      const match = /conversation with (.+)$/.exec(labelText(el));
      if (match?.[1]) return match[1].trim().slice(0, 200);
    }
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
