import type { Draft, Report } from '../engine/types.js';
import type { KeyValueArea } from '../shared/storage.js';

export interface DraftEntry {
  draft: Draft;
  report: Report;
  /** Epoch ms of the lint. */
  at: number;
}

interface TabState {
  /** The draft linted last: the one the popup and the action badge show. */
  latest?: string;
  drafts: Record<string, DraftEntry>;
}

/** A thread on X has a box per post; a page rarely holds more. Older boxes are dropped first. */
const MAX_DRAFTS_PER_TAB = 20;

const keyOf = (tabId: number) => `tab:${tabId}`;

/**
 * The latest report of each draft in each tab. An MV3 service worker is stopped when
 * idle, so the state is mirrored to storage.session (memory only, cleared with the
 * browser, not readable by content scripts) and read back after a restart.
 */
export class TabReports {
  private readonly tabs = new Map<number, TabState>();

  constructor(private readonly session?: KeyValueArea) {}

  private async state(tabId: number): Promise<TabState> {
    let state = this.tabs.get(tabId);
    if (state) return state;
    let restored: TabState = { drafts: {} };
    if (this.session) {
      try {
        const stored = (await this.session.get(keyOf(tabId)))[keyOf(tabId)];
        if (isTabState(stored)) restored = stored;
      } catch {
        // A session area we cannot read only costs the popup its last report.
      }
    }
    state = this.tabs.get(tabId) ?? restored;
    this.tabs.set(tabId, state);
    return state;
  }

  private persist(tabId: number, state: TabState): void {
    if (!this.session) return;
    const write = Object.keys(state.drafts).length ? this.session.set({ [keyOf(tabId)]: state }) : this.session.remove(keyOf(tabId));
    write.catch(() => undefined);
  }

  async record(tabId: number, draftId: string, draft: Draft, report: Report, at = Date.now()): Promise<void> {
    const state = await this.state(tabId);
    delete state.drafts[draftId]; // re-insert so key order is recency order
    state.drafts[draftId] = { draft, report, at };
    state.latest = draftId;
    const ids = Object.keys(state.drafts);
    for (const old of ids.slice(0, Math.max(0, ids.length - MAX_DRAFTS_PER_TAB))) delete state.drafts[old];
    this.persist(tabId, state);
  }

  /** Forget one draft (emptied or sent); the tab's latest becomes the most recent one left. */
  async clear(tabId: number, draftId: string): Promise<void> {
    const state = await this.state(tabId);
    delete state.drafts[draftId];
    if (state.latest === draftId) {
      const left = Object.entries(state.drafts).sort((a, b) => a[1].at - b[1].at);
      state.latest = left.at(-1)?.[0];
    }
    this.persist(tabId, state);
  }

  async latest(tabId: number): Promise<{ draftId: string; entry: DraftEntry } | undefined> {
    const state = await this.state(tabId);
    const entry = state.latest ? state.drafts[state.latest] : undefined;
    return state.latest && entry ? { draftId: state.latest, entry } : undefined;
  }

  async entry(tabId: number, draftId: string): Promise<DraftEntry | undefined> {
    return (await this.state(tabId)).drafts[draftId];
  }

  /** The tab closed or navigated: its drafts are gone. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
    this.session?.remove(keyOf(tabId)).catch(() => undefined);
  }
}

function isTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const drafts = (value as { drafts?: unknown }).drafts;
  return typeof drafts === 'object' && drafts !== null;
}
