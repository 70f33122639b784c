import { isPlainEnter } from './dom.js';
import type { SiteAdapter } from './types.js';

/**
 * x.com / twitter.com (where each selector was seen: seen.ts). Draft.js boxes (one per post of a
 * thread), the older DM box (Draft.js) and the chat UI's plain textarea (2025-).
 */
const EDITORS: readonly string[] = [
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  '[data-testid="dmComposerTextInput"]',
  'textarea[data-testid="dm-composer-textarea"]',
  '[data-testid="dm-composer-form"] textarea',
  '.public-DraftEditor-content[contenteditable="true"]',
  // The mobile compose page (not in the real-sites folder; test/fixtures/x).
  'textarea[data-testid^="tweetTextarea_"]',
];

const SEND: readonly string[] = [
  '[data-testid="tweetButtonInline"]',
  '[data-testid="tweetButton"]',
  '[data-testid="dmComposerSendButton"]',
  '[data-testid="dm-composer-send-button"]',
];

/** A message box: the DM composer of either UI, or the DM drawer. */
const MESSAGE_BOX =
  '[data-testid="dmComposerTextInput"], [data-testid="dmComposerTextInputComponent"], [data-testid="dm-composer-form"], [data-testid="dm-composer-container"], [data-testid="dm-container"], [data-testid="DmActivityViewport"], [data-testid="DMDrawer"]';
/** The post a reply answers (in the reply dialog, or above the box on the post's page). */
const TWEET = 'article[data-testid="tweet"], [data-testid="tweet"], [data-testid="tweetText"]';

export const xAdapter: SiteAdapter = {
  site: 'x',
  platform: 'x',
  editorSelectors: EDITORS,
  sendButtonSelectors: SEND,
  shadowHosts: [],
  surface(editor) {
    if (editor.closest(MESSAGE_BOX)) return 'message';
    if (/^\/(messages|i\/chat)(\/|$)/.test(location.pathname)) return 'message';
    // An X reply editor keeps aria-label "Post text": only its placement says reply. It sits
    // under the post it answers, in the reply dialog or on that post's own page.
    // A post quoted in a quote-post dialog sits below the box, the one a reply answers above it.
    const dialog = editor.closest('[role="dialog"], [aria-modal="true"]');
    if (dialog) return [...dialog.querySelectorAll(TWEET)].some((tweet) => (tweet.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) ? 'reply' : 'post';
    if (/^\/[^/]+\/status\/\d+/.test(location.pathname)) return 'reply';
    return 'post';
  },
  recipient() {
    // Neither DM UI names the other person next to the box in a way that is not a guess.
    return undefined;
  },
  sendsOnKey(event, _editor, surface) {
    // Both DM UIs send on Enter (Shift+Enter breaks the line); a send only counts once the box empties.
    return surface === 'message' && isPlainEnter(event);
  },
  isDark() {
    return null;
  },
};

