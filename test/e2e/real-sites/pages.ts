import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../browser.js';

/**
 * The pages of ../shared/fixtures/real-sites/ (the sites' real markup, 2023-2026) and, in
 * ./unseen/, pages written for these tests that vary that markup (other class names, other
 * languages, other nesting) to check that the adapters generalise. Each page's header
 * comment says where it is served, the surface written on and how the site sends; the
 * table below says how a test finds its box and its send control, standing in for the
 * site's scripts (which the pages do not have).
 */

export const REAL_SITES_DIR = join(REPO_ROOT, '..', 'shared', 'fixtures', 'real-sites');
export const UNSEEN_DIR = join(import.meta.dirname, 'unseen');

export type Surface = 'post' | 'reply' | 'comment' | 'message';

export interface SitePage {
  file: string;
  /** The address the page is served at (its header's "Serve at"). */
  url: string;
  /** The box to type in (searched in the document and every open shadow root). */
  editor: string;
  /** The surface the header names. */
  surface: Surface;
  /** The site's send control, when it has one (the test enables it once text is typed). */
  send?: string;
  /** The site sends on plain Enter in this box. */
  enter?: boolean;
  /** The site also sends on Ctrl+Enter (X's composer). */
  ctrlEnter?: boolean;
  /** A control that closes the composer without sending: the test removes `removes` when it is clicked. */
  close?: { control: string; removes: string };
  /** The send control exists only once text is typed: the test puts a copy of `from` into `into`. */
  appears?: { from: string; into: string };
  /** Boxes the page shows already holding text (linted before the test types). */
  prefilled?: number;
  /** The name the page shows for the person a message goes to. */
  recipient?: string;
}

export const REAL_SITE_PAGES: SitePage[] = [
  { file: 'x-home-composer.html', url: 'https://x.com/home', editor: '[data-testid="tweetTextarea_0"]', surface: 'post', send: '[data-testid="tweetButtonInline"]', ctrlEnter: true },
  { file: 'x-reply-inline.html', url: 'https://x.com/someone/status/1234567890', editor: '[data-testid="tweetTextarea_0"]', surface: 'reply', send: '[data-testid="tweetButtonInline"]' },
  { file: 'x-reply-dialog.html', url: 'https://x.com/home', editor: '[data-testid="tweetTextarea_0"]', surface: 'reply', send: '[data-testid="tweetButton"]' },
  { file: 'x-dm-legacy.html', url: 'https://x.com/messages/12-34', editor: '[data-testid="dmComposerTextInput"]', surface: 'message', send: '[data-testid="dmComposerSendButton"]', enter: true },
  { file: 'x-dm-xchat.html', url: 'https://x.com/i/chat/12-34', editor: '[data-testid="dm-composer-textarea"]', surface: 'message', send: '[data-testid="dm-composer-send-button"]', enter: true },
  { file: 'linkedin-sharebox-shadow.html', url: 'https://www.linkedin.com/feed/', editor: '.share-creation-state__text-editor .ql-editor', surface: 'post', send: '.share-actions__primary-action', close: { control: '[aria-label="Dismiss"]', removes: '[data-test-modal-id="sharebox"]' } },
  { file: 'linkedin-sharebox-sdui.html', url: 'https://www.linkedin.com/feed/', editor: '[componentkey="ShareBox_textEditor"]', surface: 'post', send: 'dialog button' },
  {
    file: 'linkedin-comment-classic.html',
    url: 'https://www.linkedin.com/in/someone/recent-activity/all/',
    editor: '#ember346 .ql-editor',
    surface: 'comment',
    send: '#ember346 .comments-comment-box__submit-button--cr',
    appears: { from: '#ember446 .comments-comment-box__submit-button--cr', into: '#ember346 form .display-flex.align-items-center' },
    // "State B" of the page: a second comment box, holding "example".
    prefilled: 1,
  },
  { file: 'linkedin-comment-sdui.html', url: 'https://www.linkedin.com/feed/', editor: '.tiptap.ProseMirror', surface: 'comment', send: '[componentkey^="commentButtonSection"] button' },
  { file: 'linkedin-messaging.html', url: 'https://www.linkedin.com/messaging/thread/abc/', editor: '.msg-form__contenteditable', surface: 'message', send: '.msg-form__send-button', recipient: 'Dana' },
  {
    file: 'linkedin-messaging-overlay-shadow.html',
    url: 'https://www.linkedin.com/in/someone/',
    editor: '.msg-form__contenteditable',
    surface: 'message',
    send: '.msg-form__send-button',
    recipient: 'Recipient',
    close: { control: '.msg-overlay-bubble-header__control', removes: 'div:has(> header)' },
  },
  { file: 'facebook-composer-dialog.html', url: 'https://www.facebook.com/', editor: '[role="dialog"] [contenteditable="true"]', surface: 'post', send: '[aria-label="Post"]', close: { control: '[aria-label="Close"]', removes: '[role="dialog"]' } },
  { file: 'facebook-share-dialog.html', url: 'https://www.facebook.com/', editor: '[role="dialog"] [contenteditable="true"]', surface: 'post', send: '[aria-label="Chia sẻ ngay"]', close: { control: '[aria-label="Đóng"]', removes: '[role="dialog"]' } },
  { file: 'facebook-comment.html', url: 'https://www.facebook.com/', editor: '[contenteditable="true"]', surface: 'comment', enter: true },
  { file: 'facebook-messenger.html', url: 'https://www.facebook.com/messages/t/123', editor: '[contenteditable="true"]', surface: 'message', send: '[role="button"][aria-label$="to send"]', enter: true, recipient: 'Sam' },
];

/** Pages written for these tests that vary the real markup (their headers say how). */
export const UNSEEN_PAGES: SitePage[] = [
  { file: 'x-home-composer-ja.html', url: 'https://x.com/home', editor: '[data-testid="postTextarea_0"]', surface: 'post', send: '[data-testid="postButtonInline"]' },
  { file: 'x-reply-dialog-es.html', url: 'https://x.com/home', editor: '[role="dialog"] [contenteditable="true"]', surface: 'reply', send: '[role="dialog"] .rb', close: { control: '[aria-label="Cerrar"]', removes: '[role="dialog"]' } },
  { file: 'linkedin-sharebox-nested-shadow-fr.html', url: 'https://www.linkedin.com/feed/', editor: '.tiptap.ProseMirror', surface: 'post', send: '._9e7a', close: { control: '[aria-label="Fermer"]', removes: '[role="dialog"]' } },
  { file: 'linkedin-messaging-overlay-de.html', url: 'https://www.linkedin.com/messaging/thread/xyz/', editor: '[contenteditable="true"]', surface: 'message', send: 'button[type="submit"]', recipient: 'Jana', close: { control: '[aria-label="Schließen"]', removes: 'aside' } },
  { file: 'facebook-comment-es.html', url: 'https://www.facebook.com/', editor: '[contenteditable="true"]', surface: 'comment', enter: true },
];

/** Serve-at address, surface and send method as the page's own header comment states them. */
export function headerOf(html: string): { url: string; surface: string; sends: string } {
  const comment = /<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
  const url = /Serve at (\S+)/.exec(comment)?.[1] ?? '';
  const surface = /surface: (\w+)/.exec(comment)?.[1] ?? '';
  const sends = /sends with: ([^\n]*)/.exec(comment)?.[1]?.trim() ?? '';
  return { url, surface, sends };
}

export function realSitesPresent(): boolean {
  return existsSync(REAL_SITES_DIR) && readdirSync(REAL_SITES_DIR).some((f) => f.endsWith('.html'));
}

export function unseenPresent(): boolean {
  return existsSync(UNSEEN_DIR);
}

export function readPage(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
