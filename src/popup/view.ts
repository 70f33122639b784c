import type { Request, Response } from '../shared/protocol.js';
import { h, type Child } from '../shared/dom.js';
import { BAND_LABELS, PLATFORM_LABELS, SEVERITY_LABELS, SURFACE_LABELS } from '../shared/labels.js';

type TabReport = Extract<Response, { kind: 'tab-report' }>;
type WireReport = NonNullable<TabReport['report']>;
type WireFinding = WireReport['findings'][number];
export type ApplyFix = (fix: Omit<Extract<Request, { kind: 'apply-fix' }>, 'kind' | 'tabId'>) => Promise<string | undefined>;

/** Where Sociable works and how to start, for a tab with no draft. */
export function renderHelp(): HTMLElement {
  return h(
    'section',
    { class: 'help', attrs: { 'aria-labelledby': 'help-title' } },
    h('h2', { attrs: { id: 'help-title' } }, 'No draft here yet'),
    h('p', {}, 'Sociable checks what you write on X (Twitter), LinkedIn and Facebook before you send it.'),
    h(
      'ol',
      {},
      h('li', {}, 'Open x.com, linkedin.com or facebook.com.'),
      h('li', {}, 'Start writing a post, a reply, a comment or a message.'),
      h('li', {}, 'Your score appears beside the box and here, with what to change.'),
    ),
    h('p', { class: 'muted' }, 'Everything runs in your browser: nothing you write leaves it.'),
  );
}

function scoreHeader(report: WireReport, tab: TabReport): HTMLElement {
  const where = tab.draft ? `Your ${SURFACE_LABELS[tab.draft.surface]} on ${PLATFORM_LABELS[tab.draft.platform]}` : 'Your draft';
  return h(
    'header',
    { class: `score band-${report.band}` },
    h('div', { class: 'score-number', attrs: { 'aria-label': `Score ${report.score} out of 100` } }, String(report.score)),
    h('div', { class: 'score-text' }, h('div', { class: 'band', attrs: { 'data-band': report.band } }, BAND_LABELS[report.band]), h('div', { class: 'muted' }, where)),
  );
}

function breakdown(report: WireReport, rules: TabReport['rules']): Child {
  // No finding: the learned verdict's point or two is no reason to change anything.
  if (report.findings.length === 0) return h('p', { class: 'all-clear' }, 'Nothing to change: this reads like a person talking to people.');
  return h(
    'section',
    { class: 'breakdown', attrs: { 'aria-labelledby': 'breakdown-title' } },
    h('h2', { attrs: { id: 'breakdown-title' } }, 'What it cost'),
    h(
      'table',
      {},
      h(
        'tbody',
        {},
        ...report.breakdown.map((item) =>
          h(
            'tr',
            { attrs: { 'data-rule': item.ruleId } },
            // A line with no finding behind it is the learned verdict's own cost.
            h('td', {}, item.count === 0 ? 'Reads as promotion' : (rules[item.ruleId]?.title ?? item.ruleId), item.count > 1 ? ` ×${item.count}` : ''),
            h('td', { class: `sev sev-${item.severity}` }, SEVERITY_LABELS[item.severity]),
            h('td', { class: 'points' }, `−${item.points}`),
          ),
        ),
      ),
    ),
  );
}

function findingItem(finding: WireFinding, index: number, tab: TabReport, apply: ApplyFix): HTMLElement {
  const rule = tab.rules[finding.ruleId];
  const quoted = tab.draft?.text.slice(finding.range[0], finding.range[1]).trim();
  const status = h('p', { class: 'fix-status', attrs: { role: 'status' } });
  const suggestions = (finding.suggestions ?? []).map((suggestion, suggestionIndex) => {
    const button =
      suggestion.edits && suggestion.edits.length > 0 && tab.draftId
        ? h(
            'button',
            {
              class: 'apply',
              attrs: { type: 'button' },
              on: {
                click: async (event) => {
                  const target = event.currentTarget as HTMLButtonElement;
                  target.disabled = true;
                  const error = await apply({ draftId: tab.draftId ?? '', findingIndex: index, suggestionIndex });
                  status.textContent = error ? `Could not apply: ${error}` : 'Applied in the page.';
                  target.disabled = false;
                },
              },
            },
            'Apply',
          )
        : null;
    return h('li', { class: 'suggestion' }, h('span', {}, suggestion.message), button);
  });
  return h(
    'li',
    { class: `finding sev-${finding.severity}`, attrs: { 'data-rule': finding.ruleId } },
    h('div', { class: 'finding-head' }, h('span', { class: `sev-dot sev-${finding.severity}`, attrs: { 'aria-hidden': 'true' } }), h('strong', {}, rule?.title ?? finding.ruleId), h('span', { class: 'muted' }, ` · ${SEVERITY_LABELS[finding.severity]}`)),
    h('p', { class: 'message' }, finding.message),
    quoted ? h('blockquote', { class: 'quote' }, quoted.length > 140 ? `${quoted.slice(0, 140)}…` : quoted) : null,
    rule?.why ? h('p', { class: 'why' }, h('span', { class: 'why-label' }, 'Why: '), rule.why) : null,
    suggestions.length ? h('ul', { class: 'suggestions' }, ...suggestions) : null,
    status,
  );
}

/** The score card for a tab's current draft. */
export function renderCard(tab: TabReport & { report: WireReport }, apply: ApplyFix): HTMLElement {
  const { report } = tab;
  return h(
    'section',
    { class: 'card', attrs: { 'aria-label': 'Score card' } },
    scoreHeader(report, tab),
    breakdown(report, tab.rules),
    report.findings.length
      ? h(
          'section',
          { attrs: { 'aria-labelledby': 'findings-title' } },
          h('h2', { attrs: { id: 'findings-title' } }, report.findings.length === 1 ? '1 thing to look at' : `${report.findings.length} things to look at`),
          h('ol', { class: 'findings' }, ...report.findings.map((f, i) => findingItem(f, i, tab, apply))),
        )
      : null,
  );
}
