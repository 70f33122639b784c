import { z } from 'zod';
import { historyEntrySchema, type HistoryEntry } from './entry.js';

/**
 * The history as stored (storage.local in the extension, a file in the CLI): a plain,
 * JSON-serialisable object. Every function here is pure and returns a new store, so the
 * background can keep one value, replace it, and write it back.
 *
 * Invariant: entries are sorted by `at`, oldest first.
 */
export const HISTORY_VERSION = 1;

export interface HistoryStore {
  version: typeof HISTORY_VERSION;
  entries: HistoryEntry[];
}

export interface HistoryLimits {
  /** Entries older than this many days are forgotten. */
  retentionDays: number;
  /** At most this many entries are kept; the oldest go first. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: HistoryLimits = { retentionDays: 30, maxEntries: 5000 };
const DAY_MS = 24 * 60 * 60 * 1000;

export function emptyStore(): HistoryStore {
  return { version: HISTORY_VERSION, entries: [] };
}

function insertionPoint(entries: readonly HistoryEntry[], at: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The store with `entry` added in time order (the usual case, a new send, appends). */
export function addEntry(store: HistoryStore, entry: HistoryEntry): HistoryStore {
  const entries = store.entries.slice();
  entries.splice(insertionPoint(entries, entry.at), 0, entry);
  return { version: HISTORY_VERSION, entries };
}

export interface PruneResult {
  store: HistoryStore;
  /** Entries dropped for age, for the entry limit, and raw texts past their time. */
  expired: number;
  overflow: number;
  textsDropped: number;
}

/** Applies retention, the entry limit and raw-text expiry. */
export function pruneStore(store: HistoryStore, limits: HistoryLimits, now: number): PruneResult {
  const oldest = now - limits.retentionDays * DAY_MS;
  let kept = store.entries.filter((e) => e.at >= oldest);
  const expired = store.entries.length - kept.length;
  const overflow = Math.max(0, kept.length - limits.maxEntries);
  if (overflow) kept = kept.slice(overflow);
  let textsDropped = 0;
  kept = kept.map((e) => {
    if (e.text === undefined || (e.textUntil !== undefined && e.textUntil > now)) return e;
    textsDropped++;
    const { text: _text, textUntil: _until, ...rest } = e;
    return rest;
  });
  return { store: { version: HISTORY_VERSION, entries: kept }, expired, overflow, textsDropped };
}

const encoder = new TextEncoder();

/** UTF-8 bytes of one entry as stored. */
export function entryBytes(entry: HistoryEntry): number {
  return encoder.encode(JSON.stringify(entry)).length;
}

/** UTF-8 bytes of the whole store as stored. */
export function storeBytes(store: HistoryStore): number {
  return encoder.encode(JSON.stringify(store)).length;
}

/**
 * Drops the oldest entries until the store takes at most `maxBytes`: what the background
 * does when storage nears its quota, so a new send is never refused for lack of room.
 */
export function pruneToBytes(store: HistoryStore, maxBytes: number): { store: HistoryStore; dropped: number } {
  let total = storeBytes(store);
  if (total <= maxBytes) return { store, dropped: 0 };
  let drop = 0;
  // Each entry costs its own bytes plus the comma that separates it from the next.
  while (drop < store.entries.length && total > maxBytes) total -= entryBytes(store.entries[drop++]!) + 1;
  return { store: { version: HISTORY_VERSION, entries: store.entries.slice(drop) }, dropped: drop };
}

export interface LoadResult {
  store: HistoryStore;
  /** Entries that failed validation and were skipped. */
  corrupted: number;
  /** One line per problem, for the options page and the log (at most 20). */
  problems: string[];
  /** False when the stored value was not a history at all (nothing could be read). */
  readable: boolean;
}

const MAX_PROBLEMS = 20;

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

/**
 * Reads a stored history leniently: a corrupted entry is skipped, counted and reported,
 * the rest is kept. Nothing stored (undefined) is an empty history, not a problem.
 */
export function loadStore(raw: unknown): LoadResult {
  if (raw === undefined || raw === null) return { store: emptyStore(), corrupted: 0, problems: [], readable: true };
  if (typeof raw !== 'object' || !Array.isArray((raw as { entries?: unknown }).entries)) {
    return { store: emptyStore(), corrupted: 0, problems: ['the stored history is not an object with an "entries" list'], readable: false };
  }
  const version = (raw as { version?: unknown }).version;
  const problems: string[] = [];
  if (version !== HISTORY_VERSION) problems.push(`unknown history version ${JSON.stringify(version)}; reading entries as version ${HISTORY_VERSION}`);
  const entries: HistoryEntry[] = [];
  let corrupted = 0;
  (raw as { entries: unknown[] }).entries.forEach((item, i) => {
    const parsed = historyEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else {
      corrupted++;
      if (problems.length < MAX_PROBLEMS) problems.push(`entry ${i}: ${describeIssue(parsed.error)}`);
    }
  });
  entries.sort((a, b) => a.at - b.at);
  return { store: { version: HISTORY_VERSION, entries }, corrupted, problems, readable: true };
}

// ---------------------------------------------------------------------------------------
// Export and import: a file the person keeps. Import is strict: one bad entry and nothing
// changes, because a half-imported history is worse than a clear error.

export const EXPORT_FORMAT = 'sociable-history';

const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(HISTORY_VERSION),
  exportedAt: z.number().int().min(0).optional(),
  entries: z.array(historyEntrySchema),
});

export function exportHistory(store: HistoryStore, now: number): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: HISTORY_VERSION, exportedAt: now, entries: store.entries });
}

export type ImportResult =
  | { ok: true; store: HistoryStore; added: number; duplicates: number }
  | { ok: false; error: string };

export type ImportMode = 'merge' | 'replace';

const entryKey = (e: HistoryEntry): string => `${e.at}|${e.sig}`;

/**
 * Parses an exported file. On any problem it returns `ok: false` with an error that says
 * where (the entry number and field), and the caller keeps its store unchanged.
 * `merge` adds entries not already present (same time and signature); `replace` swaps.
 */
export function importHistory(json: string, into: HistoryStore, mode: ImportMode = 'merge'): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: `not a Sociable history export (expected "format": "${EXPORT_FORMAT}")` };
  }
  const parsed = exportFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const where = path[0] === 'entries' && typeof path[1] === 'number' ? `entry ${path[1] + 1}${path.length > 2 ? ` (${path.slice(2).join('.')})` : ''}` : path.join('.') || 'file';
    return { ok: false, error: `invalid history file at ${where}: ${issue?.message ?? 'invalid'}` };
  }
  const incoming = parsed.data.entries;
  if (mode === 'replace') {
    const entries = incoming.slice().sort((a, b) => a.at - b.at);
    return { ok: true, store: { version: HISTORY_VERSION, entries }, added: entries.length, duplicates: 0 };
  }
  const seen = new Set(into.entries.map(entryKey));
  const fresh: HistoryEntry[] = [];
  for (const e of incoming) {
    const key = entryKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(e);
  }
  const entries = into.entries.concat(fresh).sort((a, b) => a.at - b.at);
  return { ok: true, store: { version: HISTORY_VERSION, entries }, added: fresh.length, duplicates: incoming.length - fresh.length };
}
