import type { Edit } from '../engine/types.js';
import { applyEdits, editsFit, minimalEdit } from './edits.js';
import { caretRange, domRange, readText } from './text-map.js';

/**
 * Applies a fix the way a person would type it, so that Draft.js, Quill and Lexical
 * update their own models: select the span in the editor, then insert the new text with
 * the browser's editing command (which fires beforeinput / textInput / input, the events
 * those editors listen to). Edits go last-first so earlier offsets stay valid. A pure
 * deletion is sent as "replace one neighbouring character plus the span with that
 * character", because every editor handles text insertion over a selection in its model,
 * while native deletions are only reconciled from the DOM afterwards.
 */

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves after the browser reported the new selection (editors sync on selectionchange). */
function selectionSettled(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      document.removeEventListener('selectionchange', finish);
      // Let the editors' own selectionchange handlers run first.
      setTimeout(resolve, 0);
    };
    document.addEventListener('selectionchange', finish);
    setTimeout(finish, 120);
  });
}

function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) return text.slice(index - 2, index);
  return text.slice(index - 1, index);
}

function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** A deletion turned into a replacement that inserts at least one character (see above). */
function asInsertion(text: string, edit: Edit): Edit {
  if (edit.text !== '') return edit;
  const [start, end] = edit.range;
  const before = start > 0 ? codePointBefore(text, start) : '';
  if (before && before !== '\n') return { range: [start - before.length, end], text: before };
  const after = end < text.length ? codePointAt(text, end) : '';
  if (after && after !== '\n') return { range: [start, end + after.length], text: after };
  return edit;
}

function insert(text: string): boolean {
  if (text === '') return document.execCommand('delete', false);
  return document.execCommand('insertText', false, text) || pasteFallback(text);
}

/** For engines where execCommand is off: a synthetic paste, which all three editors handle. */
function pasteFallback(text: string): boolean {
  const target = document.activeElement;
  if (!target) return false;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

function select(range: Range): void {
  const selection = getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

async function applyOne(editor: HTMLElement, edit: Edit): Promise<boolean> {
  const map = readText(editor);
  const wanted = minimalEdit(map.text, edit);
  if (wanted.range[0] === wanted.range[1] && wanted.text === '') return true;
  const step = asInsertion(map.text, wanted);
  const [start, end] = step.range;
  const range = start === end ? caretRange(map, start) : domRange(map, start, end);
  if (!range) return false;
  editor.focus({ preventScroll: true });
  select(range);
  await selectionSettled();
  insert(step.text);
  await delay(20);
  return true;
}

async function applyInTextarea(textarea: HTMLTextAreaElement, edits: readonly Edit[]): Promise<void> {
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(edit.range[0], edit.range[1]);
    if (!insert(edit.text)) {
      textarea.setRangeText(edit.text, edit.range[0], edit.range[1], 'end');
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: edit.text }));
    }
  }
}

export function currentText(editor: HTMLElement): string {
  return editor instanceof HTMLTextAreaElement ? editor.value : readText(editor).text;
}

/**
 * Applies `edits` (offsets into `expectedText`) in the editor. Resolves true when the
 * editor then holds exactly the fixed text; false (and nothing done) when the draft no
 * longer matches the text the fix was made for.
 */
export async function applyInEditor(editor: HTMLElement, expectedText: string, edits: readonly Edit[]): Promise<boolean> {
  if (currentText(editor) !== expectedText || !editsFit(expectedText, edits)) return false;
  const target = applyEdits(expectedText, edits);
  if (editor instanceof HTMLTextAreaElement) {
    await applyInTextarea(editor, edits);
  } else {
    for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1])) {
      if (!(await applyOne(editor, edit))) break;
    }
    await delay(20);
  }
  return currentText(editor) === target;
}
