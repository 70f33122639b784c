import type { HistoryMatch, HistoryPost, HistoryView } from '../engine/history-view.js';
import { entryFingerprint, entryVersion, hasTag, type HistoryEntry } from './entry.js';
import { fingerprint, type FingerprintVersion } from './fingerprint.js';
import { LshIndex } from './lsh-index.js';
import { emptyStore, HISTORY_VERSION, type HistoryStore } from './store.js';

/**
 * Similarities below this are not reported at all. Rules apply their own, higher
 * threshold (copy-paste's option may go down to this).
 */
export const REPORT_FLOOR = 0.5;

export interface EntryMatch {
  entry: HistoryEntry;
  similarity: number;
}

/** One fingerprint version's index, and the position in the store of each of its entries. */
interface VersionIndex {
  index: LshIndex;
  positions: number[];
}

/**
 * A history store with its near-duplicate index, kept in step. The background holds one
 * for the session: `add` on each send, `replace` after pruning, clearing or importing.
 * `store` is always the plain value to persist.
 *
 * Entries of an older fingerprint version (recorded before names were dropped; see
 * fingerprint.ts) have their own index, and a draft is fingerprinted that version's way
 * to look them up, so they match exactly as well as when they were recorded. That costs a
 * second fingerprint per query only while such entries are kept: they age out with
 * retention, and an empty index is skipped.
 */
export class HistorySearch {
  private current: HistoryStore;
  private indexes = new Map<FingerprintVersion, VersionIndex>();

  constructor(store: HistoryStore = emptyStore()) {
    this.current = store;
    this.rebuild();
  }

  get store(): HistoryStore {
    return this.current;
  }

  get size(): number {
    return this.current.entries.length;
  }

  private rebuild(): void {
    this.indexes = new Map();
    this.current.entries.forEach((entry, position) => this.index(entry, position));
  }

  private index(entry: HistoryEntry, position: number): void {
    const version = entryVersion(entry);
    let versionIndex = this.indexes.get(version);
    if (!versionIndex) {
      versionIndex = { index: new LshIndex(), positions: [] };
      this.indexes.set(version, versionIndex);
    }
    versionIndex.index.add(entryFingerprint(entry));
    versionIndex.positions.push(position);
  }

  /** Swaps in a new store (after pruning, clearing or importing) and reindexes it. */
  replace(store: HistoryStore): void {
    this.current = store;
    this.rebuild();
  }

  /** Records a send. Sends arrive in time order, so this appends; an older one reindexes. */
  add(entry: HistoryEntry): void {
    const entries = this.current.entries;
    const last = entries[entries.length - 1];
    if (!last || last.at <= entry.at) {
      this.current = { version: HISTORY_VERSION, entries: [...entries, entry] };
      this.index(entry, entries.length);
      return;
    }
    const next = [...entries, entry].sort((a, b) => a.at - b.at);
    this.replace({ version: HISTORY_VERSION, entries: next });
  }

  /** Entries the text nearly repeats, at least `floor` alike, most alike first (the newest first among equals). */
  similar(text: string, floor = REPORT_FLOOR): EntryMatch[] {
    const hits: { position: number; similarity: number }[] = [];
    for (const [version, { index, positions }] of this.indexes) {
      if (index.size === 0) continue;
      for (const h of index.query(fingerprint(text, version), floor)) hits.push({ position: positions[h.id]!, similarity: h.similarity });
    }
    if (this.indexes.size > 1) hits.sort((a, b) => b.similarity - a.similarity || b.position - a.position);
    return hits.map((h) => ({ entry: this.current.entries[h.position]!, similarity: h.similarity }));
  }

  /** Entries sent in [since, until], newest first, at most `limit`. */
  recent(since: number, until = Number.POSITIVE_INFINITY, limit = Number.POSITIVE_INFINITY): HistoryEntry[] {
    const out: HistoryEntry[] = [];
    const entries = this.current.entries;
    for (let i = entries.length - 1; i >= 0 && out.length < limit; i--) {
      const e = entries[i]!;
      if (e.at < since) break;
      if (e.at <= until) out.push(e);
    }
    return out;
  }

  /** The read-only view the engine's history rules get, as of `now`. */
  view(now: number): HistoryView {
    let lastText: string | undefined;
    let lastMatches: readonly HistoryMatch[] = [];
    return {
      now,
      similar: (text) => {
        // The rules ask once per keystroke; the same text twice costs one fingerprint.
        if (text !== lastText) {
          lastText = text;
          lastMatches = this.similar(text)
            .filter((m) => m.entry.at <= now)
            .map((m) => toMatch(m, now));
        }
        return lastMatches;
      },
      recent: (since, limit) => this.recent(since, now, limit).map(toPost),
    };
  }
}

function toMatch({ entry, similarity }: EntryMatch, now: number): HistoryMatch {
  const match: HistoryMatch = { platform: entry.platform, surface: entry.surface, at: entry.at, similarity };
  if (entry.text !== undefined && (entry.textUntil === undefined || entry.textUntil > now)) match.text = entry.text;
  return match;
}

export function toPost(entry: HistoryEntry): HistoryPost {
  return {
    platform: entry.platform,
    surface: entry.surface,
    at: entry.at,
    promotional: hasTag(entry, 'promotional'),
    personal: hasTag(entry, 'personal'),
    conversational: hasTag(entry, 'conversational'),
    link: hasTag(entry, 'link'),
  };
}
