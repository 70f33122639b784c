import { EMPTY_HISTORY, type HistoryView } from '../engine/history-view.js';
import type { Draft, Report } from '../engine/types.js';
import { entryForSend } from '../history/record.js';
import { HistorySearch } from '../history/search.js';
import { addReview, REVIEWS_KEY, reviewWeek, type ReviewOutcome } from '../history/reviews.js';
import { weekStats } from '../history/stats.js';
import { emptyStore, exportHistory, importHistory, loadStore, pruneStore, pruneToBytes, storeBytes, type HistoryStore, type ImportMode } from '../history/store.js';
import type { Request, Response } from '../shared/protocol.js';
import type { Settings } from '../shared/settings.js';
import type { KeyValueArea } from '../shared/storage.js';

/** The history's key in storage.local; nothing else writes it. */
export const HISTORY_KEY = 'history';
/** A stored value that could not be read at all is moved here before anything is saved over it. */
export const HISTORY_BACKUP_KEY = 'historyUnreadable';
/**
 * storage.local holds 10 MiB in Chrome; the history may use what the rest leaves, less a
 * margin, and never more than this (about 30,000 entries without raw text).
 */
export const HISTORY_MAX_BYTES = 8 * 1024 * 1024;
const STORAGE_QUOTA = 10 * 1024 * 1024;
const QUOTA_MARGIN = 512 * 1024;

export interface HistoryArea extends KeyValueArea {
  /** Chrome's storage.local; absent where the browser has no such call. */
  getBytesInUse?(keys?: string | string[] | null): Promise<number>;
}

type HistoryRequest = Extract<Request, { kind: 'get-history' | 'clear-history' | 'export-history' | 'import-history' }>;

interface Loaded {
  search: HistorySearch;
  corrupted: number;
  problems: string[];
}

/**
 * The background's history: loads the stored entries once per worker start (skipping,
 * counting and reporting corrupted ones), records sends, applies retention, the entry
 * limit and the storage quota, and answers the popup and options. The engine reads it
 * through `view()`.
 */
export class HistoryService {
  private loading?: Promise<Loaded>;
  private loaded?: Loaded;
  // Writes are chained so two quick sends cannot save over each other.
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: HistoryArea,
    private readonly settings: () => Promise<Settings['history']>,
    private readonly log: (message: string, detail?: unknown) => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  private load(): Promise<Loaded> {
    this.loading ??= (async () => {
      const raw = (await this.area.get(HISTORY_KEY))[HISTORY_KEY];
      const result = loadStore(raw);
      if (!result.readable) {
        await this.area.set({ [HISTORY_BACKUP_KEY]: raw });
        this.log('stored history was unreadable; it is kept under historyUnreadable', result.problems);
      } else if (result.corrupted) {
        this.log(`skipped ${result.corrupted} corrupted history entries`, result.problems);
      }
      this.loaded = { search: new HistorySearch(result.store), corrupted: result.corrupted, problems: result.problems };
      return this.loaded;
    })().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  /** Resolves once the stored history is in memory (the router waits for it before linting). */
  async ready(): Promise<void> {
    try {
      await this.load();
    } catch (error) {
      this.log('could not read history', error);
    }
  }

  /** What the history rules read, as of now; empty until the history is loaded. */
  view(): HistoryView {
    return this.loaded ? this.loaded.search.view(this.now()) : { ...EMPTY_HISTORY, now: this.now() };
  }

  private async save(store: HistoryStore): Promise<HistoryStore> {
    let budget = HISTORY_MAX_BYTES;
    if (this.area.getBytesInUse) {
      try {
        const [all, mine] = await Promise.all([this.area.getBytesInUse(null), this.area.getBytesInUse(HISTORY_KEY)]);
        budget = Math.min(budget, STORAGE_QUOTA - QUOTA_MARGIN - (all - mine));
      } catch (error) {
        this.log('could not measure storage; keeping the history under its own cap', error);
      }
    }
    const fitted = pruneToBytes(store, Math.max(0, budget));
    if (fitted.dropped) this.log(`storage is nearly full: dropped the ${fitted.dropped} oldest history entries`);
    await this.area.set({ [HISTORY_KEY]: fitted.store });
    return fitted.store;
  }

  /**
   * Applies a change (undefined: none), then retention, the entry limit and the quota,
   * and saves. The index is rebuilt only when entries went that the change did not
   * already put in the search.
   */
  private update(change: (search: HistorySearch, limits: Settings['history']) => HistoryStore | undefined): Promise<void> {
    const run = this.writing.then(async () => {
      const { search } = await this.load();
      const limits = await this.settings();
      const changed = change(search, limits);
      if (changed === undefined) return;
      const pruned = pruneStore(changed, limits, this.now());
      const saved = await this.save(pruned.store);
      const inStep = changed === search.store && saved.entries.length === changed.entries.length && pruned.textsDropped === 0;
      if (!inStep) search.replace(saved);
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  /** A draft was sent: record its fingerprint (and its text only if the person opted in). */
  async record(draft: Draft, report: Report | undefined): Promise<void> {
    await this.update((search, limits) => {
      search.add(entryForSend(draft, report, { at: this.now(), keepRawText: limits.keepRawText, rawTextDays: limits.rawTextDays }));
      return search.store;
    });
  }

  /** Counts one outcome of a review before sending (no text: a time and the outcome). */
  async countReview(outcome: ReviewOutcome): Promise<void> {
    const run = this.writing.then(async () => {
      const raw = (await this.area.get(REVIEWS_KEY))[REVIEWS_KEY];
      await this.area.set({ [REVIEWS_KEY]: addReview(raw, outcome, this.now()) });
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async info(utcOffsetMinutes: number): Promise<Response> {
    const loaded = await this.load();
    const { store } = loaded.search;
    const reviews = reviewWeek((await this.area.get(REVIEWS_KEY))[REVIEWS_KEY], this.now(), utcOffsetMinutes);
    return {
      kind: 'history',
      entries: store.entries.length,
      bytes: storeBytes(store),
      corrupted: loaded.corrupted,
      problems: loaded.problems,
      week: weekStats(store, this.now(), utcOffsetMinutes),
      reviews,
    };
  }

  async handle(request: HistoryRequest): Promise<Response> {
    switch (request.kind) {
      case 'get-history':
        return this.info(request.utcOffsetMinutes);
      case 'clear-history': {
        await this.update(() => emptyStore());
        await this.area.set({ [REVIEWS_KEY]: { version: 1, events: [] } });
        const loaded = await this.load();
        loaded.corrupted = 0;
        loaded.problems = [];
        return this.info(0);
      }
      case 'export-history': {
        const { search } = await this.load();
        return { kind: 'history-export', json: exportHistory(search.store, this.now()) };
      }
      case 'import-history':
        return this.import(request.json, request.mode);
    }
  }

  private async import(json: string, mode: ImportMode): Promise<Response> {
    // A box, because the outcome is set inside the queued change.
    const box: { outcome: Response } = { outcome: { kind: 'error', message: 'History not changed: the import did not run' } };
    await this.update((search) => {
      const result = importHistory(json, search.store, mode);
      if (!result.ok) {
        box.outcome = { kind: 'error', message: `History not changed: ${result.error}` };
        return undefined;
      }
      box.outcome = { kind: 'history-imported', added: result.added, duplicates: result.duplicates, entries: result.store.entries.length };
      return result.store;
    });
    // Retention may have dropped some of what came in; report what is kept.
    const { outcome } = box;
    if (outcome.kind === 'history-imported') outcome.entries = (await this.load()).search.size;
    return outcome;
  }
}
