import { isPlainEnter } from './dom.js';
import type { SiteAdapter } from './types.js';

/** x.com / twitter.com: Draft.js boxes, one per post of a thread; the mobile compose page uses a textarea. */
export const xAdapter: SiteAdapter = {
  site: 'x',
  platform: 'x',
  editorSelectors: [
    '[data-testid^="tweetTextarea_"]',
    '[data-testid="dmComposerTextInput"]',
    '.public-DraftEditor-content',
    'textarea[data-testid^="tweetTextarea_"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  sendButtonSelectors: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]', '[data-testid="dmComposerSendButton"]'],
  surface(editor) {
    if (editor.closest('[data-testid="dmComposerTextInput"], [data-testid="DmActivityViewport"], [data-testid="DMDrawer"]')) return 'message';
    if (location.pathname.startsWith('/messages')) return 'message';
    // A reply box sits under the post it answers: on a post's page, or in the reply dialog.
    const dialog = editor.closest('[role="dialog"]');
    if (dialog?.querySelector('article[data-testid="tweet"], [data-testid="tweet"]')) return 'reply';
    if (!dialog && /^\/[^/]+\/status\/\d+/.test(location.pathname)) return 'reply';
    return 'post';
  },
  recipient() {
    return undefined;
  },
  sendsOnKey(event, _editor, surface) {
    // Messages may send on Enter (a per-person setting); a send only counts once the box empties.
    return surface === 'message' && isPlainEnter(event);
  },
  isDark() {
    return null;
  },
};
