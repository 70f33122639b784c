import type { Draft, Edit, Surface } from '../engine/types.js';
import { applyInEditor, currentText } from './apply.js';
import { changeBetween, shiftRange, type TextChange } from './edits.js';
import { guard, guardAsync } from './guard.js';
import type { HighlightPainter, Mark } from './highlights.js';
import type { LintReport, RuleInfoMap } from './report-types.js';
import { send } from './runtime.js';
import { labelledSurface } from './sites/generic.js';
import type { EditorElement, SiteAdapter } from './sites/types.js';
import { domRange, rangeCovers, readText, replaceSegmentText, type TextMap } from './text-map.js';
import { Badge } from './ui/badge.js';
import { TextareaOverlay } from './ui/overlay.js';
import { isDarkTheme } from './ui/theme.js';

/** What a session needs from the page-wide controller. */
export interface SessionHost {
  adapter: SiteAdapter;
  painter: HighlightPainter;
  layer: HTMLElement;
  /** The badge was activated: open the card with every finding. */
  openCard(session: EditorSession, focus: boolean): void;
  /** A new report arrived (or the old one went away). */
  reportChanged(session: EditorSession): void;
  /**
   * Asks for a layout pass (badge and overlay placed) in the next frame: geometry is read
   * there, when the browser lays the page out anyway, never forced in the middle of typing.
   */
  requestLayout(): void;
}

/** Typing pauses this long before the draft is linted... */
const DEBOUNCE_MS = 150;
/** ...but a long burst of typing is still linted this often. */
const MAX_WAIT_MS = 700;

interface PositionedFinding {
  index: number;
  start: number;
  end: number;
}

/** The mark drawn for the finding `index` (none when its span maps to no DOM text). */
interface DrawnMark {
  index: number;
  range: Range | null;
}

let sessionCount = 0;

function describe(editor: EditorElement): string {
  const hint = editor.getAttribute('data-testid') ?? editor.getAttribute('aria-label') ?? editor.tagName.toLowerCase();
  return hint.replace(/[^\w-]+/g, '-').slice(0, 40);
}

/**
 * One compose box: keeps its text and the map back to the DOM, lints it (debounced)
 * through the background, and shows the result as marks and a badge. Every box of an X
 * thread is a session of its own, so each draft is judged on its own.
 */
export class EditorSession {
  readonly draftId: string;
  report: LintReport | null = null;
  rules: RuleInfoMap = {};
  /** The text the current report was made for (fixes' offsets refer to it). */
  reportText = '';
  /** The surface (post, reply, comment, message) the current report judged the box as. */
  reportSurface = '';
  #text = '';
  #map: TextMap | null = null;
  /**
   * The editor changed since `text` and `map` were read. While no mark is on screen nothing
   * needs the text before the lint, so a keystroke only notes the time; whatever reads the
   * text first (the lint timer, a send, the card) reads it back from the DOM then.
   */
  #stale = false;
  /** The text changed since the last lint was asked for. */
  #unlinted = false;
  /** Text node -> its segment in `map`, built when typing first needs it. */
  #segmentIndex: Map<Text, number> | null = null;
  #positions: PositionedFinding[] = [];
  /** One per position, in the same order, once drawn for the current report. */
  #drawn: DrawnMark[] = [];
  #drawnValid = false;
  readonly #badge: Badge;
  readonly #overlay: TextareaOverlay | null;
  readonly #observer: MutationObserver;
  /** Moves the badge when the box grows or shrinks without the page scrolling. */
  readonly #resize: ResizeObserver;
  readonly #abort = new AbortController();
  #lintTimer: ReturnType<typeof setTimeout> | undefined;
  #firstChangeAt = 0;
  #lastChangeAt = 0;
  #inFlight = false;
  #lintAgain = false;
  /** True while the background holds no report for this draft. */
  #cleared = true;
  #dark: { value: boolean; at: number } | null = null;
  #disposed = false;
  readonly #host: SessionHost;

  constructor(
    readonly editor: EditorElement,
    host: SessionHost,
  ) {
    this.#host = host;
    sessionCount += 1;
    this.draftId = `${host.adapter.site}:${sessionCount}:${describe(editor)}`;
    this.#badge = new Badge(host.layer, this.draftId, () => host.openCard(this, false));
    this.#overlay = editor instanceof HTMLTextAreaElement ? new TextareaOverlay(host.layer, editor) : null;
    this.#observer = new MutationObserver(guard((records: MutationRecord[]) => this.#edited(records)));
    this.#resize = new ResizeObserver(guard(() => host.requestLayout()));
  }

  start(): void {
    if (this.editor instanceof HTMLTextAreaElement) {
      const options = { signal: this.#abort.signal, passive: true };
      this.editor.addEventListener('input', guard(() => this.#edited(null)), options);
      this.editor.addEventListener('scroll', guard(() => this.#host.requestLayout()), options);
    } else {
      this.#observer.observe(this.editor, { characterData: true, childList: true, subtree: true });
    }
    this.#resize.observe(this.editor);
    this.sync();
  }

  /** The adapter's answer; a box it takes for a post may still say otherwise in its label. */
  get surface(): Surface {
    const surface = this.#host.adapter.surface(this.editor);
    return surface === 'post' ? (labelledSurface(this.editor) ?? 'post') : surface;
  }

  get hasText(): boolean {
    this.#fresh();
    // Same as `trim() !== ''` (\s is trim's set), without copying the draft.
    return /\S/.test(this.#text);
  }

  /** True when the marks and fixes refer to the text as it is now. */
  get isCurrent(): boolean {
    this.#fresh();
    return this.report !== null && this.reportText === this.#text;
  }

  draft(): Draft {
    this.#fresh();
    const recipient = this.#host.adapter.recipient(this.editor);
    return { text: this.#text, platform: this.#host.adapter.platform, surface: this.surface, ...(recipient ? { recipient } : {}) };
  }

  /** The site's theme around this box (re-read at most every 2 s, in the layout pass). */
  isDark(): boolean {
    const now = Date.now();
    if (!this.#dark || now - this.#dark.at > 2000) this.#dark = { value: isDarkTheme(this.#host.adapter, this.editor), at: now };
    return this.#dark.value;
  }

  /** Settings changed, or a fix landed: lint again now. */
  relint(): void {
    this.sync();
    if (this.hasText) this.#lintNow();
  }

  /**
   * The editor changed (`records`: the mutations, null for a textarea's input). This runs
   * for every keystroke, so it does as little as it can: see `stale`, and `followTyping`.
   */
  #edited(records: readonly MutationRecord[] | null): void {
    if (this.#disposed) return;
    this.#noteChange();
    if (this.#stale) return;
    if (!this.#showsMarks()) {
      this.#stale = true;
      return;
    }
    // Marks are on screen and must move with the text before the next paint. A mutation
    // callback runs before the browser renders the change, a timer may run after it (and
    // show a frame where a split text node left its mark empty).
    if (records && this.#followTyping(records)) return;
    this.sync();
  }

  #showsMarks(): boolean {
    return this.report !== null && this.#positions.length > 0;
  }

  /**
   * The common keystroke: one text node's data changed. Updates the text and the map from
   * that node alone and moves the marks across the edit, without walking the editor.
   * Returns false when the mutations were anything else (a full read is needed then).
   */
  #followTyping(records: readonly MutationRecord[]): boolean {
    const map = this.#map;
    if (!map) return false;
    let node: Node | null = null;
    for (const record of records) {
      if (record.type !== 'characterData' || (node !== null && record.target !== node)) return false;
      node = record.target;
    }
    if (!(node instanceof Text) || node.data.length === 0 || !node.isConnected) return false;
    this.#segmentIndex ??= new Map(map.segments.map((segment, index) => [segment.node, index]));
    const index = this.#segmentIndex.get(node);
    if (index === undefined) return false;
    const change = replaceSegmentText(map, index, node.data);
    this.#text = map.text;
    if (!change) return true;
    this.#textChanged(change);
    // The badge shows the report, which typing does not change: only the marks may move.
    if (this.report) this.#paintMarks(map, this.report);
    else this.paint();
    return true;
  }

  /** Reads the text back when the editor changed since it was last read. */
  #fresh(): void {
    if (this.#stale) this.sync();
  }

  /** Re-reads the text; moves marks across the edit, and schedules a lint if the text changed. */
  sync(): void {
    if (this.#disposed) return;
    this.#stale = false;
    const map = this.editor instanceof HTMLTextAreaElement ? null : readText(this.editor);
    const text = map ? map.text : currentText(this.editor);
    this.#map = map;
    this.#segmentIndex = null;
    const change = changeBetween(this.#text, text);
    this.#text = text;
    if (change) this.#textChanged(change);
    this.paint();
  }

  #textChanged(change: TextChange): void {
    this.#shiftPositions(change);
    this.#unlinted = true;
    if (!this.hasText) this.#clearDraft();
    else if (this.#lintTimer === undefined) this.#noteChange();
  }

  #shiftPositions(change: TextChange): void {
    const next: PositionedFinding[] = [];
    for (const position of this.#positions) {
      const moved = shiftRange([position.start, position.end], change);
      if (moved) next.push({ index: position.index, start: moved[0], end: moved[1] });
    }
    this.#positions = next;
  }

  /**
   * The text changed now: the lint runs once typing pauses for DEBOUNCE_MS, or MAX_WAIT_MS
   * after the first change of a long burst. One timer per burst, not one per key: the timer
   * looks at the time of the last change when it fires and waits on if that was too recent.
   */
  #noteChange(): void {
    const now = Date.now();
    this.#lastChangeAt = now;
    if (this.#lintTimer !== undefined) return;
    this.#firstChangeAt = now;
    this.#armLintTimer(DEBOUNCE_MS);
  }

  #armLintTimer(wait: number): void {
    this.#lintTimer = setTimeout(
      guard(() => this.#lintTimerFired()),
      wait,
    );
  }

  #lintTimerFired(): void {
    this.#lintTimer = undefined;
    if (this.#disposed) return;
    const due = Math.min(this.#lastChangeAt + DEBOUNCE_MS, this.#firstChangeAt + MAX_WAIT_MS);
    const now = Date.now();
    if (now < due) {
      this.#armLintTimer(due - now);
      return;
    }
    // Reading a stale text here also clears the report of a box that was emptied.
    if (this.hasText && this.#unlinted) this.#lintNow();
  }

  #lintNow(): void {
    this.#fresh();
    clearTimeout(this.#lintTimer);
    this.#lintTimer = undefined;
    if (this.#inFlight) {
      this.#lintAgain = true;
      return;
    }
    if (!this.hasText || this.#disposed) return;
    this.#unlinted = false;
    this.#inFlight = true;
    const draft = this.draft();
    guardAsync(async () => {
      try {
        const response = await send({ kind: 'lint', draftId: this.draftId, draft });
        if (response?.kind === 'report' && response.draftId === this.draftId && !this.#disposed) {
          this.#cleared = false;
          this.reportSurface = draft.surface;
          this.#setReport(response.report, response.rules, draft.text);
        }
      } finally {
        this.#inFlight = false;
        if (this.#lintAgain && !this.#disposed) {
          this.#lintAgain = false;
          this.#fresh();
          if (this.#text !== draft.text) this.#lintNow();
        }
      }
    })();
  }

  #setReport(report: LintReport, rules: RuleInfoMap, forText: string): void {
    this.#fresh();
    this.report = report;
    this.rules = rules;
    this.reportText = forText;
    this.#positions = report.findings.map((finding, index) => ({ index, start: finding.range[0], end: finding.range[1] }));
    // The person may have typed on while the background worked: carry the marks over.
    const change = changeBetween(forText, this.#text);
    if (change) this.#shiftPositions(change);
    this.#drawnValid = false;
    this.paint();
    this.#host.reportChanged(this);
  }

  #clearDraft(): void {
    clearTimeout(this.#lintTimer);
    this.#lintTimer = undefined;
    this.#unlinted = false;
    this.report = null;
    this.#positions = [];
    if (!this.#cleared) {
      this.#cleared = true;
      void send({ kind: 'draft-cleared', draftId: this.draftId });
    }
    this.#host.reportChanged(this);
  }

  /** The draft was sent: the background recorded it and cleared its report. */
  markSent(): void {
    this.#cleared = true;
    this.report = null;
    this.#positions = [];
    this.paint();
    this.#host.reportChanged(this);
  }

  /** Draws the marks and the badge for the current report and text. */
  paint(): void {
    if (this.#disposed) return;
    const report = this.hasText ? this.report : null;
    if (!report) {
      this.#host.painter.clear(this);
      this.#drawn = [];
      this.#drawnValid = false;
      this.#overlay?.render(this.#text, []);
      this.#badge.hide();
      return;
    }
    if (this.#overlay) {
      this.#overlay.render(
        this.#text,
        this.#positions.map((p) => ({ start: p.start, end: p.end, index: p.index, severity: report.findings[p.index]!.severity })),
      );
    } else if (this.#map) {
      this.#paintMarks(this.#map, report);
    }
    const badgeChanged = this.#badge.update(report, this.#dark?.value ?? false, this.reportText.length, this.reportSurface);
    // paint() runs on every keystroke: a layout pass each time would add a frame per key.
    // Typing moves the box only by resizing or scrolling it, which request their own pass.
    if (badgeChanged || this.#badge.element.hidden || this.#overlay) this.#host.requestLayout();
  }

  /** Highlights the findings' spans, unless the marks drawn already span them. */
  #paintMarks(map: TextMap, report: LintReport): void {
    if (!this.#drawnValid || !this.#drawnFollow(map)) this.#draw(map, report);
  }

  /** True while every drawn mark still spans its finding's text (live Ranges follow typing). */
  #drawnFollow(map: TextMap): boolean {
    const positions = this.#positions;
    const drawn = this.#drawn;
    if (drawn.length !== positions.length) return false;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      const mark = drawn[i]!;
      if (mark.index !== position.index || !rangeCovers(mark.range, map, position.start, position.end)) return false;
    }
    return true;
  }

  #draw(map: TextMap, report: LintReport): void {
    const drawn: DrawnMark[] = [];
    const marks: Mark[] = [];
    for (const position of this.#positions) {
      const range = domRange(map, position.start, position.end);
      const finding = report.findings[position.index];
      drawn.push({ index: position.index, range: finding ? range : null });
      if (range && finding) marks.push({ range, severity: finding.severity });
    }
    // Keep the Range objects the highlights hold (the painter keeps its own when nothing moved).
    const shown = this.#host.painter.paint(this, marks);
    let next = 0;
    for (const mark of drawn) if (mark.range) mark.range = shown[next++]?.range ?? mark.range;
    this.#drawn = drawn;
    this.#drawnValid = true;
  }

  /** The layout pass: keeps the badge and overlay on the box after scrolling, resizing or typing. */
  place(): void {
    if (this.#disposed) return;
    this.#overlay?.place();
    const report = this.hasText ? this.report : null;
    if (!report) {
      this.#badge.hide();
      return;
    }
    const dark = this.#dark?.value;
    if (dark !== this.isDark()) this.#badge.update(report, this.isDark(), this.reportText.length, this.reportSurface);
    this.#badge.place(this.editor.isConnected ? this.editor.getBoundingClientRect() : null);
  }

  badgeRect(): DOMRect {
    return this.#badge.element.hidden ? this.editor.getBoundingClientRect() : this.#badge.element.getBoundingClientRect();
  }

  /** Findings whose mark is under the point, with the rectangle of the first one. */
  findingsAt(x: number, y: number): { indexes: number[]; anchor: DOMRect } | null {
    const hits: number[] = [];
    let anchor: DOMRect | null = null;
    const rects = this.#overlay ? this.#overlay.markRects() : this.#drawn.flatMap(({ index, range }) => (range ? [{ index, rects: [...range.getClientRects()] }] : []));
    for (const { index, rects: list } of rects) {
      const hit = list.find((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2);
      if (hit) {
        if (!hits.includes(index)) hits.push(index);
        anchor ??= hit;
      }
    }
    return anchor ? { indexes: hits, anchor } : null;
  }

  /** Applies a finding's suggestion (a fix) in the editor. */
  async applySuggestion(findingIndex: number, suggestionIndex: number): Promise<boolean> {
    const edits = this.report?.findings[findingIndex]?.suggestions?.[suggestionIndex]?.edits;
    if (!edits || edits.length === 0) return false;
    return this.applyEdits(edits);
  }

  /** Applies edits made for the current report's text (from the card or the popup). */
  async applyEdits(edits: readonly Edit[]): Promise<boolean> {
    this.sync();
    if (!this.report || this.reportText !== this.#text) return false;
    const ok = await applyInEditor(this.editor, this.reportText, edits);
    this.relint();
    return ok;
  }

  /** Puts the caret back in the editor (after the card closes by keyboard). */
  focusEditor(): void {
    this.editor.focus({ preventScroll: true });
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#observer.disconnect();
    this.#resize.disconnect();
    this.#abort.abort();
    clearTimeout(this.#lintTimer);
    this.#host.painter.clear(this);
    this.#badge.remove();
    this.#overlay?.remove();
    if (!this.#cleared) void send({ kind: 'draft-cleared', draftId: this.draftId });
  }
}
