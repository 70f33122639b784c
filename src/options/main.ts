import browser from 'webextension-polyfill';
import { z } from 'zod';
import { SEVERITIES, CATEGORIES, type Severity } from '../engine/types.js';
import { h, replaceChildren } from '../shared/dom.js';
import { PLATFORM_LABELS, SEVERITY_LABELS } from '../shared/labels.js';
import { request, RequestError, type Send } from '../shared/messaging.js';
import type { Response } from '../shared/protocol.js';
import { REVIEW_BANDS, SITES, type Settings } from '../shared/settings.js';
import { historySection } from './history-section.js';
import { EXPORT_FILE_NAME, exportSettings, readImportFile } from './import-export.js';
import { optionFields, readField, showField, type OptionField } from './option-fields.js';
import { setReview, setRuleEnabled, setRuleOption, setRuleSeverity, setSiteEnabled } from './settings-edit.js';

// Extension pages forbid eval; keep zod from probing for it.
z.config({ jitless: true });

type RuleEntry = Extract<Response, { kind: 'rules' }>['rules'][number];

const send: Send = (message) => browser.runtime.sendMessage(message);
const app = document.getElementById('app') as HTMLElement;
const status = h('p', { class: 'status', attrs: { id: 'status', role: 'status', 'aria-live': 'polite' } });

let saved: Settings;
let catalogue: RuleEntry[] = [];

const CATEGORY_TITLES: Record<(typeof CATEGORIES)[number], string> = {
  promotional: 'Promotional',
  impersonal: 'Impersonal',
  repetitive: 'Repetitive',
  gimmicks: 'Gimmicks',
};

function say(text: string): void {
  status.textContent = text;
}

function showError(target: HTMLElement, message: string): void {
  target.textContent = message;
  target.hidden = false;
}

function clearError(target: HTMLElement): void {
  target.textContent = '';
  target.hidden = true;
}

/** Save a change through the background, which checks it first; on refusal nothing changes and the reason is shown. */
async function save(next: Settings, errorTarget: HTMLElement): Promise<boolean> {
  try {
    const response = await request(send, { kind: 'set-settings', settings: next });
    saved = response.settings;
    clearError(errorTarget);
    say('Saved. Open compose boxes use it now.');
    return true;
  } catch (error) {
    showError(errorTarget, error instanceof RequestError ? error.message : `Could not save: ${String(error)}`);
    say('Not saved.');
    return false;
  }
}

function errorBox(id: string): HTMLElement {
  const box = h('p', { class: 'error', attrs: { id, role: 'alert' } });
  box.hidden = true;
  return box;
}

function sitesSection(): HTMLElement {
  const error = errorBox('sites-error');
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'sites-title' } },
    h('h2', { attrs: { id: 'sites-title' } }, 'Sites'),
    h('p', { class: 'muted' }, 'Check drafts on these sites.'),
    ...SITES.map((site) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          attrs: { type: 'checkbox', name: `site-${site}`, checked: saved.sites[site] },
          on: { change: (e) => void save(setSiteEnabled(saved, site, (e.currentTarget as HTMLInputElement).checked), error) },
        }),
        ` ${PLATFORM_LABELS[site]}`,
      ),
    ),
    error,
  );
}

/** Issue 9: the review before sending, on or off, the band that triggers it, per site. */
function reviewSection(): HTMLElement {
  const error = errorBox('review-error');
  const checked = (e: Event): boolean => (e.currentTarget as HTMLInputElement).checked;
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'review-title' } },
    h('h2', { attrs: { id: 'review-title' } }, 'Review before sending'),
    h('p', { class: 'muted' }, 'When you send a draft that reads like a broadcast (or has an error or a copy-paste finding), Sociable holds that one send and asks: Edit, or Post anyway.'),
    h(
      'label',
      { class: 'check' },
      h('input', { attrs: { type: 'checkbox', name: 'review-enabled', checked: saved.review.enabled }, on: { change: (e) => void save(setReview(saved, { enabled: checked(e) }), error) } }),
      ' Review before sending',
    ),
    h(
      'label',
      {},
      'Review drafts that read as ',
      h(
        'select',
        { attrs: { name: 'review-band' }, on: { change: (e) => void save(setReview(saved, { band: (e.currentTarget as HTMLSelectElement).value as Settings['review']['band'] }), error) } },
        ...REVIEW_BANDS.map((band) => h('option', { attrs: { value: band, selected: saved.review.band === band } }, band === 'broadcast' ? 'broadcast' : 'mixed or broadcast')),
      ),
    ),
    ...SITES.map((site) =>
      h(
        'label',
        { class: 'check' },
        h('input', { attrs: { type: 'checkbox', name: `review-${site}`, checked: saved.review.sites[site] }, on: { change: (e) => void save(setReview(saved, { site: [site, checked(e)] }), error) } }),
        ` on ${PLATFORM_LABELS[site]}`,
      ),
    ),
    error,
  );
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** One control per option; an object option (a group) becomes a fieldset of its own fields. */
function optionControl(rule: RuleEntry, field: OptionField, error: HTMLElement, parent: readonly string[] = []): HTMLElement {
  const path = [...parent, field.key];
  const id = `opt-${rule.id}-${path.join('-')}`;
  if (field.kind === 'group') {
    return h('fieldset', { class: 'option-group', attrs: { 'data-option': path.join('.') } }, h('legend', {}, field.label), ...(field.fields ?? []).map((f) => optionControl(rule, f, error, path)));
  }
  const stored = valueAt(saved.rules[rule.id]?.options, path);
  const shown = showField(field, stored ?? field.default);
  const commit = (input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => {
    const read = readField(field, input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value);
    if (!read.ok) {
      input.setAttribute('aria-invalid', 'true');
      showError(error, read.message);
      return;
    }
    void save(setRuleOption(saved, rule.id, path, read.value), error).then((ok) => {
      if (ok) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    });
  };
  const on = { change: (e: Event) => commit(e.currentTarget as HTMLInputElement) };
  let control: HTMLElement;
  switch (field.kind) {
    case 'boolean':
      control = h('input', { attrs: { id, type: 'checkbox', checked: shown === true, 'data-option': path.join('.') }, on });
      break;
    case 'choice':
      control = h('select', { attrs: { id, 'data-option': path.join('.') }, on }, ...(field.choices ?? []).map((c) => h('option', { attrs: { value: c, selected: c === shown } }, c)));
      break;
    case 'list':
    case 'json':
      control = h('textarea', { attrs: { id, rows: 3, 'data-option': path.join('.') }, on });
      (control as HTMLTextAreaElement).value = String(shown);
      break;
    default: {
      const numeric = field.kind === 'integer' || field.kind === 'number';
      control = h('input', {
        attrs: {
          id,
          type: numeric ? 'number' : 'text',
          step: field.kind === 'integer' ? 1 : numeric ? 'any' : undefined,
          min: field.min,
          max: field.max,
          placeholder: field.default === undefined ? undefined : String(field.default),
          'data-option': path.join('.'),
        },
        on,
      });
      (control as HTMLInputElement).value = String(shown);
    }
  }
  const range = field.min !== undefined || field.max !== undefined ? ` (${field.min ?? '…'} to ${field.max ?? '…'})` : '';
  return h('div', { class: `option option-${field.kind}` }, h('label', { attrs: { for: id } }, field.label, h('span', { class: 'muted' }, range)), control);
}

function ruleCard(rule: RuleEntry): HTMLElement {
  const setting = saved.rules[rule.id] ?? {};
  const enabled = setting.enabled ?? rule.defaultEnabled ?? true;
  const severity = setting.severity ?? rule.severity;
  const error = errorBox(`error-${rule.id}`);
  const fields = optionFields(rule.options);
  return h(
    'article',
    { class: 'rule', attrs: { 'data-rule': rule.id, 'aria-labelledby': `title-${rule.id}` } },
    h(
      'header',
      {},
      h(
        'label',
        { class: 'check rule-toggle' },
        h('input', {
          attrs: { type: 'checkbox', name: `enabled-${rule.id}`, checked: enabled },
          on: { change: (e) => void save(setRuleEnabled(saved, rule.id, (e.currentTarget as HTMLInputElement).checked), error) },
        }),
        h('strong', { attrs: { id: `title-${rule.id}` } }, ` ${rule.title}`),
      ),
      h('code', { class: 'rule-id' }, rule.id),
      rule.doc ? h('a', { class: 'doc', attrs: { href: browser.runtime.getURL(rule.doc), target: '_blank', rel: 'noreferrer' } }, 'How it works') : null,
    ),
    h('p', {}, rule.description),
    h('p', { class: 'muted' }, rule.why),
    h(
      'div',
      { class: 'option' },
      h('label', { attrs: { for: `severity-${rule.id}` } }, 'Severity'),
      h(
        'select',
        {
          attrs: { id: `severity-${rule.id}`, name: `severity-${rule.id}` },
          on: { change: (e) => void save(setRuleSeverity(saved, rule.id, (e.currentTarget as HTMLSelectElement).value as Severity), error) },
        },
        ...SEVERITIES.map((s) => h('option', { attrs: { value: s, selected: s === severity } }, SEVERITY_LABELS[s] === s ? s : `${s} (${SEVERITY_LABELS[s]})`)),
      ),
    ),
    ...fields.map((field) => optionControl(rule, field, error)),
    error,
  );
}

function rulesSection(): HTMLElement {
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'rules-title' } },
    h('h2', { attrs: { id: 'rules-title' } }, 'Rules'),
    ...CATEGORIES.flatMap((category) => {
      const inCategory = catalogue.filter((r) => r.category === category);
      if (inCategory.length === 0) return [];
      return [h('h3', {}, CATEGORY_TITLES[category]), ...inCategory.map(ruleCard)];
    }),
  );
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { attrs: { href: url, download: fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function backupSection(): HTMLElement {
  const error = errorBox('import-error');
  const input = h('input', {
    attrs: { id: 'import-file', type: 'file', accept: 'application/json,.json' },
    on: {
      change: async () => {
        const file = input.files?.[0];
        input.value = '';
        if (!file) return;
        const read = readImportFile(await file.text(), file.size);
        if (!read.ok) {
          showError(error, `Nothing imported: ${read.message}.`);
          say('Not imported.');
          return;
        }
        if (await save(read.value as Settings, error)) {
          render();
          say(`Imported ${file.name}.`);
        } else {
          showError(error, `Nothing imported from ${file.name}: ${error.textContent?.replace(/^Settings not changed: /, '') ?? ''}`);
        }
      },
    },
  });
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'backup-title' } },
    h('h2', { attrs: { id: 'backup-title' } }, 'Export and import'),
    h('p', {}, h('button', { attrs: { type: 'button', id: 'export' }, on: { click: () => download(exportSettings(saved), EXPORT_FILE_NAME) } }, 'Export settings')),
    h('p', {}, h('label', { attrs: { for: 'import-file' } }, 'Import settings from a file: '), input),
    error,
  );
}

function resetSection(): HTMLElement {
  const error = errorBox('reset-error');
  const confirmRow = h(
    'p',
    { class: 'confirm' },
    'Put every rule and site back to its default? ',
    h(
      'button',
      {
        attrs: { type: 'button', id: 'reset-confirm' },
        on: {
          click: async () => {
            try {
              saved = (await request(send, { kind: 'reset-settings' })).settings;
              render();
              say('Back to defaults.');
            } catch (e) {
              showError(error, String(e instanceof Error ? e.message : e));
            }
          },
        },
      },
      'Yes, reset',
    ),
    ' ',
    h('button', { attrs: { type: 'button' }, on: { click: () => (confirmRow.hidden = true) } }, 'Cancel'),
  );
  confirmRow.hidden = true;
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'reset-title' } },
    h('h2', { attrs: { id: 'reset-title' } }, 'Reset'),
    h('p', {}, h('button', { attrs: { type: 'button', id: 'reset' }, on: { click: () => (confirmRow.hidden = false) } }, 'Reset to defaults')),
    confirmRow,
    error,
  );
}

function render(notice?: string): void {
  replaceChildren(
    app,
    h('h1', {}, 'Sociable settings'),
    notice ? h('p', { class: 'notice', attrs: { id: 'notice', role: 'alert' } }, notice) : null,
    status,
    sitesSection(),
    reviewSection(),
    rulesSection(),
    historySection({ send, settings: () => saved, save, say, download }),
    backupSection(),
    resetSection(),
  );
}

try {
  const [settings, rules] = await Promise.all([request(send, { kind: 'get-settings' }), request(send, { kind: 'get-rules' })]);
  saved = settings.settings;
  catalogue = rules.rules;
  render(settings.notice);
  // Shown once: the background forgets the notice now that it has been seen.
  if (settings.notice) await request(send, { kind: 'ack-notice' });
} catch (error) {
  replaceChildren(app, h('h1', {}, 'Sociable settings'), h('p', { class: 'error', attrs: { role: 'alert' } }, `The settings could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
}
document.body.dataset.ready = 'true';
