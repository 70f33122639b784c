/**
 * History benchmark: how long a near-duplicate query takes against 10,000 recorded
 * sends, and how many bytes each send costs in storage.
 *
 * The 10,000 entries are synthetic posts of one to four sentences: English function
 * words mixed with words drawn from compromise's lexicon (about 20,000), so their
 * shingles overlap the way separately written English posts do, and one in twenty is a
 * reuse variant of an earlier post, as a person's history has repeats. (bench/drafts.ts
 * assembles drafts from a dozen sentence templates; 10,000 of those are near copies of
 * each other, nothing like one person's history.) A query is what the copy-paste rule
 * does on a keystroke: fingerprint the draft and look it up. Half the queries are edited
 * copies of stored posts (a repeat to find), half are new posts.
 * Also reported, as a ratio measured in the same run: the indexed query against a scan
 * that compares the draft's signature with every stored one.
 */
import { fingerprintFields } from '../src/history/entry.js';
import { agreeingRows, fingerprint } from '../src/history/fingerprint.js';
import { HistorySearch } from '../src/history/search.js';
import { similarityFromAgreement } from '../src/history/similarity.js';
import { emptyStore, storeBytes, type HistoryStore } from '../src/history/store.js';
import { variantOf, EDIT_KINDS } from '../src/history/variants.js';
import { PLATFORMS, SURFACES } from '../src/engine/types.js';
import nlp from 'compromise';
import { seededRandom } from './drafts.js';
import { median, round, timeOnce } from './measure.js';

const ENTRIES = 10_000;
const QUERIES = 400;
const BATCH = 40;
const START = Date.UTC(2026, 0, 1);
const MINUTE = 60_000;
const TAG_CHOICES = ['', 'p', 'l', 'pl', 'm', 'mc', 'c', 'mcl', 'plr', 'pmcl'];

const FUNCTION_WORDS = (
  'the a an and or but so to of in on at for with from by about as into like than that this these those it its ' +
  'i me my we our you your he she they them their is are was were be been have has had do did will would can could ' +
  'just really very not no all some more most what when how why who here there now today'
).split(' ');

function lexiconWords(): string[] {
  const model = (nlp as unknown as { model: () => { one: { lexicon: Record<string, unknown> } } }).model();
  return Object.keys(model.one.lexicon).filter((w) => /^[a-z]{2,}$/.test(w));
}

function syntheticPost(random: () => number, vocabulary: readonly string[]): string {
  const pick = (items: readonly string[]) => items[Math.floor(random() * items.length)]!;
  const sentences: string[] = [];
  const count = 1 + Math.floor(random() * 4);
  for (let s = 0; s < count; s++) {
    const words = Array.from({ length: 6 + Math.floor(random() * 11) }, () => (random() < 0.45 ? pick(FUNCTION_WORDS) : pick(vocabulary)));
    const sentence = words.join(' ');
    sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${random() < 0.2 ? '?' : '.'}`);
  }
  return sentences.join(' ');
}

function buildStore(texts: readonly string[], random: () => number): HistoryStore {
  let store = emptyStore();
  const entries = texts.map((text, i) => ({
    at: START + i * 7 * MINUTE + Math.floor(random() * MINUTE),
    platform: PLATFORMS[i % PLATFORMS.length]!,
    surface: SURFACES[(i >> 2) % SURFACES.length]!,
    tags: TAG_CHOICES[Math.floor(random() * TAG_CHOICES.length)]!,
    ...fingerprintFields(fingerprint(text)),
  }));
  store = { ...store, entries };
  return store;
}

export async function run(): Promise<Record<string, number>> {
  const random = seededRandom(4242);
  const vocabulary = lexiconWords();
  const texts: string[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const earlier = texts.length > 100 && random() < 0.05 ? variantOf(texts[Math.floor(random() * texts.length)]!, EDIT_KINDS[i % EDIT_KINDS.length]!, { minWords: 1 }) : undefined;
    texts.push(earlier?.b ?? syntheticPost(random, vocabulary));
  }
  const store = buildStore(texts, random);
  const search = new HistorySearch(store);
  const view = search.view(START + ENTRIES * 7 * MINUTE + MINUTE);

  const queries = Array.from({ length: QUERIES }, (_, i) => {
    if (i % 2 === 1) return syntheticPost(random, vocabulary);
    const source = texts[Math.floor(random() * texts.length)]!;
    return variantOf(source, EDIT_KINDS[i % EDIT_KINDS.length]!, { minWords: 1 })?.b ?? source;
  });

  // Warm the JIT first; then time batches (one collection before each, not one per
  // query, which would cost more than the queries) and take the median batch.
  for (const q of queries.slice(0, 20)) view.similar(`${q} `);
  const batches = Array.from({ length: QUERIES / BATCH }, (_, b) => queries.slice(b * BATCH, (b + 1) * BATCH));
  let found = 0;
  const indexed = batches.map(
    (batch) =>
      timeOnce(() => {
        for (const q of batch) if (view.similar(q).length > 0) found++;
      }) / BATCH,
  );

  const decoded = store.entries.map((e) => ({ sig: Uint8Array.from(atob(e.sig), (c) => c.charCodeAt(0)), n: e.n }));
  let scanHits = 0;
  const scanned = batches.map(
    (batch) =>
      timeOnce(() => {
        for (const q of batch) {
          const fp = fingerprint(q);
          for (const d of decoded) if (similarityFromAgreement(agreeingRows(fp.signature, d.sig), fp.size, d.n) >= 0.5) scanHits++;
        }
      }) / BATCH,
  );
  if (scanHits < found) throw new Error(`the scan found fewer repeats (${scanHits}) than the index (${found})`);

  const queryMs = median(indexed);
  return {
    history_query_ms_10000: round(queryMs, 4),
    history_query_vs_scan: round(queryMs / median(scanned)),
    // Share of queries with a match at similarity >= 0.5: about one half, the edited copies.
    history_query_match_share: round(found / QUERIES),
    history_bytes_per_entry: round(storeBytes(store) / ENTRIES, 1),
  };
}
