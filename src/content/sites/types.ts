import type { Platform, Surface } from '../../engine/types.js';
import type { Site } from '../../shared/settings.js';

/** An editor the page shows: a contenteditable editing host or a textarea. */
export type EditorElement = HTMLElement;

/**
 * What the content script knows about one site. Selectors change on live sites, so each
 * adapter keeps its own in one place and lists several candidates; `generic` catches any
 * other focused contenteditable or textarea on the same site.
 */
export interface SiteAdapter {
  site: Site;
  platform: Platform;
  /** Candidate selectors for compose boxes, most specific first (joined for scanning). */
  editorSelectors: readonly string[];
  /** Candidate selectors for the buttons that send a draft. */
  sendButtonSelectors: readonly string[];
  surface(editor: EditorElement): Surface;
  /** The person a message is addressed to, when the site shows it (LinkedIn messaging). */
  recipient(editor: EditorElement): string | undefined;
  /**
   * True when this Enter press sends the draft (beyond Ctrl/Cmd+Enter, which always does).
   * Only Enter is asked about: the page's other keys are not looked at, to keep typing cheap.
   */
  sendsOnKey(event: KeyboardEvent, editor: EditorElement, surface: Surface): boolean;
  /** The site's own dark-theme marker, when it has one; null to judge from the colours. */
  isDark(): boolean | null;
}
