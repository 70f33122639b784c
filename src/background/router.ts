import type { RuleModule } from '../engine/rule.js';
import type { EngineSettings } from '../engine/settings.js';
import type { Draft, Report } from '../engine/types.js';
import { reportSchema, requestSchema, type Push, type Request, type Response } from '../shared/protocol.js';
import type { Settings } from '../shared/settings.js';
import { ruleCatalogue, ruleInfoMap } from './rule-info.js';
import type { SettingsStore } from './settings-store.js';
import type { TabReports } from './tab-reports.js';

/** Who sent a message: content scripts come with their tab; the popup without one. */
export interface MessageSender {
  tab?: { id?: number };
}

export interface RouterDeps {
  rules: readonly RuleModule[];
  settings: SettingsStore;
  tabs: TabReports;
  lint(draft: Draft, settings: EngineSettings): Report & { failures?: { ruleId: string; error: string }[]; verdict?: unknown };
  /** Show a tab's score on the toolbar button, or clear it. */
  showBadge(tabId: number, report: Report | undefined): Promise<void>;
  /** Push to one tab's content script. */
  pushToTab(tabId: number, push: Push): Promise<void>;
  /** Push to the content scripts of every tab on the supported sites. */
  broadcast(push: Push): Promise<void>;
  /** Tell open extension pages (the popup) that a tab's report changed. */
  notifyPages(tabId: number): void;
  /** A draft was sent (history records it; see issue 4). */
  recordSend?(draft: Draft, report: Report | undefined): Promise<void>;
  /** Counts one outcome of a review before sending (issue 9), kept locally beside the history. */
  countReview?(outcome: 'shown' | 'edited' | 'sent'): Promise<void>;
  /** The history (issue 4): loaded before linting, and answering the history requests. */
  history?: {
    ready(): Promise<void>;
    handle(request: Extract<Request, { kind: 'get-history' | 'clear-history' | 'export-history' | 'import-history' }>): Promise<Response>;
  };
  log(message: string, detail?: unknown): void;
}

const ok: Response = { kind: 'ok' };
type WireReport = Extract<Response, { kind: 'report' }>['report'];

/**
 * The engine's report as the protocol carries it (checked, and a plain copy of the
 * engine's readonly ranges). Screens show the score as a whole number; the band was
 * already decided on the exact one. The model's verdict stays here (its findings carry it).
 */
const toWire = (report: Report): WireReport => reportSchema.parse({ ...report, score: Math.round(report.score) });
const refuse = (message: string): Response => ({ kind: 'error', message });

/**
 * The background's message router: every message is parsed with the protocol's schema
 * first; anything malformed is refused and logged, and no handler error escapes (the
 * worker must keep serving the other tabs).
 */
export function createRouter(deps: RouterDeps): (raw: unknown, sender: MessageSender) => Promise<Response> {
  async function lintInTab(tabId: number, draftId: string, draft: Draft): Promise<Response> {
    await deps.history?.ready();
    const report = deps.lint(draft, await deps.settings.engineSettings());
    const { failures, verdict: _verdict, ...rest } = report;
    if (failures?.length) deps.log('rules failed; their findings are missing', failures);
    const clean = toWire(rest);
    await deps.tabs.record(tabId, draftId, draft, clean);
    await deps.showBadge(tabId, clean);
    deps.notifyPages(tabId);
    const ids = new Set([...clean.findings.map((f) => f.ruleId), ...clean.breakdown.map((b) => b.ruleId)]);
    return { kind: 'report', draftId, report: clean, rules: ruleInfoMap(deps.rules, ids) };
  }

  async function forgetDraft(tabId: number, draftId: string): Promise<void> {
    await deps.tabs.clear(tabId, draftId);
    await deps.showBadge(tabId, (await deps.tabs.latest(tabId))?.entry.report);
    deps.notifyPages(tabId);
  }

  async function settingsChanged(settings: Settings): Promise<Response> {
    await deps.broadcast({ kind: 'settings-changed', settings });
    return { kind: 'settings', settings };
  }

  async function handle(request: Request, sender: MessageSender): Promise<Response> {
    const tabId = sender.tab?.id;
    switch (request.kind) {
      case 'lint':
        if (tabId === undefined) return refuse('lint must come from a tab');
        return lintInTab(tabId, request.draftId, request.draft);
      case 'draft-cleared':
        if (tabId === undefined) return refuse('draft-cleared must come from a tab');
        await forgetDraft(tabId, request.draftId);
        return ok;
      case 'sent': {
        if (tabId === undefined) return refuse('sent must come from a tab');
        const entry = await deps.tabs.entry(tabId, request.draftId);
        await deps.recordSend?.(request.draft, entry?.report);
        await forgetDraft(tabId, request.draftId);
        return ok;
      }
      case 'review':
        await deps.countReview?.(request.outcome);
        return ok;
      case 'get-tab-report': {
        const latest = await deps.tabs.latest(request.tabId);
        if (!latest) return { kind: 'tab-report', rules: {} };
        const { draft, report } = latest.entry;
        return { kind: 'tab-report', draftId: latest.draftId, draft, report: toWire(report), rules: ruleInfoMap(deps.rules, report.findings.map((f) => f.ruleId)) };
      }
      case 'apply-fix': {
        const entry = await deps.tabs.entry(request.tabId, request.draftId);
        if (!entry) return refuse('that draft is no longer open');
        const edits = entry.report.findings[request.findingIndex]?.suggestions?.[request.suggestionIndex]?.edits;
        if (!edits?.length) return refuse('that suggestion has no fix to apply');
        await deps.pushToTab(request.tabId, { kind: 'apply-edits', draftId: request.draftId, edits: edits.map((e) => ({ range: [e.range[0], e.range[1]], text: e.text })) });
        return ok;
      }
      case 'get-settings': {
        const settings = await deps.settings.get();
        const notice = await deps.settings.notice();
        return notice ? { kind: 'settings', settings, notice } : { kind: 'settings', settings };
      }
      case 'set-settings': {
        const result = await deps.settings.set(request.settings);
        if (!result.ok) return refuse(`Settings not changed: ${result.message}`);
        return settingsChanged(result.settings);
      }
      case 'reset-settings':
        return settingsChanged(await deps.settings.reset());
      case 'get-rules':
        return { kind: 'rules', rules: ruleCatalogue(deps.rules) };
      case 'ack-notice':
        await deps.settings.ackNotice();
        return ok;
      case 'get-history':
      case 'clear-history':
      case 'export-history':
      case 'import-history':
        return deps.history ? deps.history.handle(request) : refuse('history is not available');
    }
  }

  return async (raw, sender) => {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
      deps.log('refused a malformed message', { message: raw, issues: parsed.error.issues });
      return refuse(`malformed message: ${where}${issue?.message ?? 'invalid'}`);
    }
    try {
      return await handle(parsed.data, sender);
    } catch (error) {
      deps.log(`failed to handle "${parsed.data.kind}"`, error);
      return refuse(error instanceof Error ? error.message : String(error));
    }
  };
}
