/**
 * Puts the mark colours (the ::highlight() rules) where the marks are drawn: the document,
 * and each shadow root that holds an editor (a document's rules do not reach into shadow
 * trees). A constructed stylesheet is adopted where the browser lets a content script adopt
 * one; otherwise a <style> element carries the same rules, in <head> or as a last child of
 * the shadow root, never inside an editor. Firefox ESR 140 is the "otherwise": there a
 * content script sees `adoptedStyleSheets` as a list without array methods, and adopting
 * throws (fixed by ESR 153).
 */

type StyleRoot = Document | ShadowRoot;

/** Marks our <style> elements, so a later copy of this script can find an earlier one's. */
const STYLE_ATTRIBUTE = 'data-sociable-marks';

/** The sheets `root` has adopted, or null where this script cannot read them. */
function adoptedBy(root: StyleRoot): CSSStyleSheet[] | null {
  try {
    return Array.from(root.adoptedStyleSheets);
  } catch {
    return null;
  }
}

export class MarkStyles {
  readonly #css: string;
  /** One sheet for every root that adopts it. */
  #sheet: CSSStyleSheet | null = null;
  /** False once the browser refused to build or adopt the sheet: <style> elements from then on. */
  #canAdopt = true;
  readonly #adopted = new Set<StyleRoot>();
  readonly #elements = new Map<StyleRoot, HTMLStyleElement>();

  constructor(css: string) {
    this.#css = css;
  }

  /** Puts the colours in `root`, unless they are there already (or a page removed them: then again). */
  install(root: StyleRoot): void {
    if (this.#has(root)) return;
    this.#forgetDetachedRoots();
    this.#removeForeign(root);
    if (this.#adopt(root)) return;
    const style = this.#elements.get(root) ?? document.createElement('style');
    style.setAttribute(STYLE_ATTRIBUTE, '');
    style.textContent = this.#css;
    const parent = root instanceof Document ? (root.head ?? root.documentElement) : root;
    parent.append(style);
    this.#elements.set(root, style);
  }

  /** Removes the colours from every root they were put in. */
  removeAll(): void {
    for (const root of this.#adopted) {
      const kept = adoptedBy(root)?.filter((sheet) => sheet !== this.#sheet);
      try {
        if (kept) root.adoptedStyleSheets = kept;
      } catch {
        // A root that cannot be changed keeps colours for marks that are gone: harmless.
      }
    }
    this.#adopted.clear();
    for (const style of this.#elements.values()) style.remove();
    this.#elements.clear();
  }

  /**
   * Removes mark colours an earlier copy of this script left in the document: Firefox stops
   * that copy (when the add-on is reloaded or updated) without letting it clean up. Shadow
   * roots are tidied the same way when `install` reaches them.
   */
  removeStale(): void {
    this.#removeForeign(document);
  }

  /**
   * Removes from `root` the <style> elements and adopted sheets with mark colours that are not
   * this copy's. A sheet an old copy built may be a dead object by now; reading it throws,
   * which marks it too.
   */
  #removeForeign(root: StyleRoot): void {
    const ours = new Set(this.#elements.values());
    for (const style of root.querySelectorAll<HTMLStyleElement>(`style[${STYLE_ATTRIBUTE}]`)) if (!ours.has(style)) style.remove();
    const adopted = adoptedBy(root);
    if (!adopted) return;
    const isStale = (sheet: CSSStyleSheet): boolean => {
      if (sheet === this.#sheet) return false;
      try {
        return [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(sociable-'));
      } catch {
        return true;
      }
    };
    try {
      if (adopted.some(isStale)) root.adoptedStyleSheets = adopted.filter((sheet) => !isStale(sheet));
    } catch {
      // Nothing to tidy where adopted sheets cannot be changed.
    }
  }

  /**
   * Forgets shadow roots that have left the page (a closed composer), so they can be freed
   * before teardown; their colours went with them.
   */
  #forgetDetachedRoots(): void {
    for (const root of this.#elements.keys()) if (!root.isConnected) this.#elements.delete(root);
    for (const root of this.#adopted) if (!root.isConnected) this.#adopted.delete(root);
  }

  #has(root: StyleRoot): boolean {
    if (this.#elements.get(root)?.isConnected) return true;
    const sheet = this.#sheet;
    return sheet !== null && this.#adopted.has(root) && adoptedBy(root)?.includes(sheet) === true;
  }

  /** Adopts the shared sheet in `root`; false where the browser does not let this script. */
  #adopt(root: StyleRoot): boolean {
    if (!this.#canAdopt) return false;
    try {
      this.#sheet ??= new CSSStyleSheet();
      if (this.#sheet.cssRules.length === 0) this.#sheet.replaceSync(this.#css);
      const current = adoptedBy(root);
      if (!current) throw new Error('adoptedStyleSheets cannot be read here');
      if (!current.includes(this.#sheet)) root.adoptedStyleSheets = [...current, this.#sheet];
      if (adoptedBy(root)?.includes(this.#sheet) !== true) throw new Error('the sheet was not adopted');
      this.#adopted.add(root);
      return true;
    } catch {
      this.#canAdopt = false;
      return false;
    }
  }
}
