import { h } from '../shared/dom.js';
import { request, RequestError, type Send } from '../shared/messaging.js';
import { historySettingsSchema, type Settings } from '../shared/settings.js';

/** What the History section needs from the options page it sits in. */
export interface HistorySectionDeps {
  send: Send;
  settings(): Settings;
  /** Saves through the background; false (with the reason shown in `errorTarget`) when refused. */
  save(next: Settings, errorTarget: HTMLElement): Promise<boolean>;
  say(text: string): void;
  download(text: string, fileName: string): void;
}

export const HISTORY_FILE_NAME = 'sociable-history.json';
/** An export of 20,000 entries with raw text is a few MB; anything far bigger is not one. */
const MAX_HISTORY_FILE_BYTES = 50_000_000;

type HistoryKey = keyof Settings['history'];

function kilobytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} kB`;
}

/**
 * Options › History: what is remembered and how much room it takes, retention and size,
 * the raw-text opt-in, clear all (with confirmation), export and import.
 */
export function historySection(deps: HistorySectionDeps): HTMLElement {
  const error = h('p', { class: 'error', attrs: { id: 'history-error', role: 'alert' } });
  error.hidden = true;
  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };
  const summary = h('p', { attrs: { id: 'history-summary', 'aria-live': 'polite' } }, 'Reading history…');
  const problems = h('p', { class: 'notice', attrs: { id: 'history-problems' } });
  problems.hidden = true;

  async function refresh(): Promise<void> {
    try {
      const info = await request(deps.send, { kind: 'get-history', utcOffsetMinutes: -new Date().getTimezoneOffset() });
      summary.textContent = `${info.entries} ${info.entries === 1 ? 'send' : 'sends'} remembered, using ${kilobytes(info.bytes)} of storage.`;
      summary.dataset.entries = String(info.entries);
      problems.hidden = info.corrupted === 0;
      problems.textContent = info.corrupted
        ? `${info.corrupted} damaged ${info.corrupted === 1 ? 'entry was' : 'entries were'} skipped when the history was read (${info.problems.slice(0, 3).join('; ')}); the rest is intact.`
        : '';
    } catch (e) {
      summary.textContent = `The history could not be read: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  function setting(key: HistoryKey, value: number | boolean): Promise<boolean> {
    const current = deps.settings();
    return deps.save({ ...current, history: { ...current.history, [key]: value } }, error);
  }

  function numberField(key: 'retentionDays' | 'maxEntries' | 'rawTextDays', label: string): HTMLElement {
    const id = `history-${key}`;
    const shape = historySettingsSchema.shape[key].unwrap();
    const input = h('input', {
      attrs: { id, type: 'number', step: 1, min: shape.minValue ?? undefined, max: shape.maxValue ?? undefined, 'data-history': key },
      on: {
        change: () => {
          const value = Number(input.value);
          const parsed = shape.safeParse(value);
          if (input.value.trim() === '' || !parsed.success) {
            input.setAttribute('aria-invalid', 'true');
            showError(`${label}: a whole number from ${shape.minValue} to ${shape.maxValue}.`);
            return;
          }
          void setting(key, parsed.data).then((ok) => {
            if (ok) input.removeAttribute('aria-invalid');
            if (ok) void refresh();
          });
        },
      },
    });
    input.value = String(deps.settings().history[key]);
    return h('div', { class: 'option' }, h('label', { attrs: { for: id } }, label, h('span', { class: 'muted' }, ` (${shape.minValue} to ${shape.maxValue})`)), input);
  }

  const rawText = h('input', {
    attrs: { id: 'history-keepRawText', type: 'checkbox', checked: deps.settings().history.keepRawText, 'data-history': 'keepRawText' },
    on: { change: () => void setting('keepRawText', rawText.checked) },
  });

  const confirmRow = h(
    'p',
    { class: 'confirm' },
    'Forget everything you sent? This cannot be undone. ',
    h(
      'button',
      {
        attrs: { type: 'button', id: 'history-clear-confirm' },
        on: {
          click: async () => {
            try {
              await request(deps.send, { kind: 'clear-history' });
              confirmRow.hidden = true;
              deps.say('History cleared.');
              await refresh();
            } catch (e) {
              showError(`Could not clear the history: ${e instanceof Error ? e.message : String(e)}`);
            }
          },
        },
      },
      'Yes, clear all',
    ),
    ' ',
    h('button', { attrs: { type: 'button', id: 'history-clear-cancel' }, on: { click: () => (confirmRow.hidden = true) } }, 'Cancel'),
  );
  confirmRow.hidden = true;

  const importInput = h('input', {
    attrs: { id: 'history-import-file', type: 'file', accept: 'application/json,.json' },
    on: {
      change: async () => {
        const file = importInput.files?.[0];
        importInput.value = '';
        if (!file) return;
        if (file.size > MAX_HISTORY_FILE_BYTES) {
          showError(`Nothing imported: ${file.name} is ${Math.round(file.size / 1_000_000)} MB, too big for a history export.`);
          return;
        }
        try {
          const result = await request(deps.send, { kind: 'import-history', json: await file.text(), mode: 'merge' });
          error.hidden = true;
          deps.say(`Imported ${result.added} ${result.added === 1 ? 'send' : 'sends'} from ${file.name}${result.duplicates ? ` (${result.duplicates} already there)` : ''}.`);
          await refresh();
        } catch (e) {
          showError(e instanceof RequestError ? e.message : `Nothing imported: ${String(e)}`);
          deps.say('Not imported.');
        }
      },
    },
  });

  const section = h(
    'section',
    { attrs: { 'aria-labelledby': 'history-title', id: 'history' } },
    h('h2', { attrs: { id: 'history-title' } }, 'History'),
    h(
      'p',
      { class: 'muted' },
      'To catch copy-paste and notice your posting habits, Sociable remembers a fingerprint of what you send (never the text itself, unless you turn that on below), where and when. It stays in this browser.',
    ),
    summary,
    problems,
    numberField('retentionDays', 'Remember sends for this many days'),
    numberField('maxEntries', 'Remember at most this many sends'),
    h('label', { class: 'check' }, rawText, ' Also keep the text of what I send, to show what a repeat matched'),
    numberField('rawTextDays', 'Keep that text for this many days'),
    h(
      'p',
      {},
      h('button', { attrs: { type: 'button', id: 'history-export' }, on: { click: () => void exportHistory() } }, 'Export history'),
      ' ',
      h('button', { attrs: { type: 'button', id: 'history-clear' }, on: { click: () => (confirmRow.hidden = false) } }, 'Clear all'),
    ),
    confirmRow,
    h('p', {}, h('label', { attrs: { for: 'history-import-file' } }, 'Import history from a file: '), importInput),
    error,
  );

  async function exportHistory(): Promise<void> {
    try {
      const result = await request(deps.send, { kind: 'export-history' });
      deps.download(result.json, HISTORY_FILE_NAME);
    } catch (e) {
      showError(`Could not export the history: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  void refresh();
  return section;
}
