// Vite inlines the stylesheet as a string, minified in the build.
import UI_CSS from './styles.css?inline';

/**
 * The one element Sociable adds to a page: a host appended to <html> (outside <body> and
 * every editor), with an open shadow root holding the badges, overlays, card and live region.
 */
export class UiHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  readonly layer: HTMLDivElement;

  constructor() {
    this.element = document.createElement('sociable-ui');
    this.element.setAttribute('data-sociable', '');
    const style = this.element.style;
    style.setProperty('all', 'initial', 'important');
    style.setProperty('position', 'fixed', 'important');
    style.setProperty('top', '0', 'important');
    style.setProperty('left', '0', 'important');
    style.setProperty('width', '0', 'important');
    style.setProperty('height', '0', 'important');
    style.setProperty('z-index', '2147483646', 'important');
    this.root = this.element.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(UI_CSS);
      this.root.adoptedStyleSheets = [sheet];
    } catch {
      const fallback = document.createElement('style');
      fallback.textContent = UI_CSS;
      this.root.append(fallback);
    }
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    this.root.append(this.layer);
  }

  /** Puts the host back if the page removed it (single-page apps rebuild their document). */
  attach(): void {
    if (!this.element.isConnected) document.documentElement.append(this.element);
  }

  /** Removes every other Sociable host in the page (left by a copy of this script that was stopped). */
  removeStale(): void {
    for (const host of document.querySelectorAll('sociable-ui')) if (host !== this.element) host.remove();
  }

  remove(): void {
    this.element.remove();
  }
}
