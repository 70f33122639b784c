import type { Platform, Surface } from '../../engine/types.js';
import type { Site } from '../../shared/settings.js';

/** An editor the page shows: a contenteditable editing host or a textarea. */
export type EditorElement = HTMLElement;

/**
 * What the content script knows about one site. Selectors change on live sites, so each
 * adapter keeps its own in one place and lists several candidates (where each was seen:
 * seen.ts); the generic fallback catches any other focused contenteditable or textarea,
 * and send detection falls back to the composer's structure (see send-detection.ts) when
 * no send selector matches.
 */
export interface SiteAdapter {
  site: Site;
  platform: Platform;
  /** Candidate selectors for compose boxes, most specific first (joined for scanning). */
  editorSelectors: readonly string[];
  /** Candidate selectors for the controls that send a draft (a hint: structure decides too). */
  sendButtonSelectors: readonly string[];
  /** Elements whose open shadow root holds compose boxes (LinkedIn's #interop-outlet). */
  shadowHosts: readonly string[];
  surface(editor: EditorElement): Surface;
  /** The person a message is addressed to, when the page shows it. */
  recipient(editor: EditorElement): string | undefined;
  /**
   * True when this Enter press sends the draft (beyond Ctrl/Cmd+Enter, which always does).
   * Only Enter is asked about: the page's other keys are not looked at, to keep typing cheap.
   */
  sendsOnKey(event: KeyboardEvent, editor: EditorElement, surface: Surface): boolean;
  /** The site's own dark-theme marker, when it has one; null to judge from the colours. */
  isDark(): boolean | null;
}
