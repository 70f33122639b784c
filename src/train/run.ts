import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { thresholdsFor, type ModelFile } from '../engine/model/model.js';
import { verdictShare } from '../engine/score.js';
import type { EvalSummary } from '../eval/evaluate.js';
import { confusion, mcc, precision, recall, rocAuc } from '../eval/metrics.js';
import { loadLabelled, loadLinkedInLabelled, rowWeights, type LabelledDraft, type SourceFile } from './dataset.js';
import { featureTable, fit, prepare, probability, toModelFile, type FeatureTable, type FittedModel, type PreparedRow } from './pipeline.js';
import { Trainers } from './trainers.js';

export const MODEL_PATH = 'src/engine/model/promotional-model.json';

/** What the shipped weights learn from: sources whose licence allows it, and our own drafts. */
export const SHIPPED_SOURCES: readonly SourceFile[] = [
  { path: '../shared/corpora/youtube-spam-dev.jsonl', ship: true }, // TubeSpam, CC BY 4.0
  { path: '../shared/corpora/sms-spam-dev.jsonl', ship: true }, // SMS Spam Collection, CC BY 4.0
  { path: '../shared/corpora/pool/janitr-x.jsonl', ship: true }, // MIT
  { path: '../shared/corpora/pool/tg-spam-en.jsonl', ship: true }, // MIT
  { path: '../shared/corpora/pool/goemotions-reddit.jsonl', ship: true }, // Apache-2.0
  { path: '../shared/corpora/pool/wnut17-youtube.jsonl', ship: true }, // CC BY 4.0
  { path: '../shared/corpora/pool/btc-tweets.jsonl', ship: true }, // CC BY 4.0
  { path: '../shared/corpora/pool/topicalchat.jsonl', ship: true }, // CDLA-Sharing-1.0 (a model is a result, not data)
  { path: 'test/accuracy/drafts.jsonl', ship: true }, // written by this project
  { path: 'test/accuracy/new-drafts.jsonl', ship: true }, // written by this project
  { path: 'test/accuracy/drafts-counts.jsonl', ship: true }, // written by this project: YouTube comments about views and subscribers
  // Written 2026-12-07 (thirty-ninth session) by a helper that opened no project file: 40 shop,
  // auction and dealer listings pasted as posts (article 000's "pure sales pitch"), beside 40 people
  // talking about prices, sizes and selling their own things. The blind batches call a used pram
  // sold to friends genuine and hold few catalogue listings, so the model had little to tell them apart.
  { path: 'test/accuracy/listing-drafts.jsonl', ship: true },
  // Written for measuring by helper sessions that saw no training data; each was measured
  // blind first (docs/model-log.md), then joined training, where it is one more source to leave out.
  { path: 'test/accuracy/blind-2026-12.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12b.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12c.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12d.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12e.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12f.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12g.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12h.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12i.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12j.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12k.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12l.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12m.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12n.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12o.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12p.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12q.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12r.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12s.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12t.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12u.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12v.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ab.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ac.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ad.jsonl', ship: true },
  // Comments under videos and posts (genuine chat about views and subscribers beside channel plugs).
  { path: 'test/accuracy/blind-2026-12ae.jsonl', ship: true },
  // Measured blind with the fourteenth session's model, then read for the obfuscation change.
  { path: 'test/accuracy/blind-2026-12af.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ag.jsonl', ship: true },
  // Quiet LinkedIn plugs among 320 drafts: measured blind in the eighteenth session, then read; joined
  // in the nineteenth, measured on the thirty-eighth batch (al) before and after (docs/model-log.md).
  { path: 'test/accuracy/blind-2026-12ak.jsonl', ship: true },
  // Quiet LinkedIn plugs we wrote (aj, al and 240 LinkedIn posts): measure only from the nineteenth session,
  // since in training they cost our labelled LinkedIn posts about 0.01. Joined in the twenty-second,
  // when the blind batch am, written later by another helper, showed they carry over to plugs we did
  // not write: 24 -> 30 of its 45 found, its genuine posts unchanged (docs/model-log.md).
  { path: 'test/accuracy/blind-2026-12aj.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12al.jsonl', ship: true },
  { path: 'test/accuracy/linkedin-drafts.jsonl', ship: true },
  // 160 more LinkedIn posts (90 quiet plugs, 70 genuine), written 2026-12-06 by a helper that opened
  // no project file, to a brief in docs/model-log.md; read to find the plug wordings the phrase lists
  // missed, so they are training data, never a measure. Same source, so they are left out together.
  { path: 'test/accuracy/linkedin-drafts-2.jsonl', ship: true },
  // 103 more (43 plugs that ask or offer something, 60 genuine), written 2026-12-06 (thirtieth
  // session) by a helper that opened no project file and read by us; 57 more plugs of that batch
  // that only mention the writer's business (no ask, no offer, no date) were left out as
  // ambiguous (docs/model-log.md). Training data, never a measure.
  { path: 'test/accuracy/linkedin-drafts-3.jsonl', ship: true },
  // Blind batches that were measured blind, then read (each read one decided a change, see
  // docs/model-log.md); they joined training in the thirty-fourth session (2026-12-07), once
  // read, as the earlier ones did. aw: 240 comments, replies and messages (lures, feature-page
  // spam, testimonial scams; friends, hard negatives), read in the thirty-first session. ay, az
  // and bb: 240 YouTube comments each (channel plugs, sub-for-sub, offer scams, product plugs,
  // profile lures; fans, fans whose words share spam's, replies, the creator's own), read in the
  // thirty-second (ay, az) and thirty-fourth (bb) sessions.
  { path: 'test/accuracy/blind-2026-12aw.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ay.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12az.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bb.jsonl', ship: true },
  // 240 YouTube comments written 2026-12-06 (thirty-second session) by a third helper to ay's brief;
  // measured blind with the shipped model and with the thirty-second and thirty-fourth sessions'
  // changes (aggregates only), then joined training unread in the thirty-fifth (2026-12-07), when
  // bc, bd and be were left to measure the change.
  { path: 'test/accuracy/blind-2026-12ba.jsonl', ship: true },
  // The eighteen batches that had been kept blind to measure changes, each with its history in
  // docs/model-log.md: w, x, y, z, aa and ah (320 drafts each: quiet LinkedIn plugs, testimonial
  // scams, hard negatives, tweets, statuses, messages), ai (240 YouTube comments), am to av (320
  // each: 45 quiet LinkedIn plugs, 55 genuine LinkedIn posts, 40 hard negatives among them) and ax
  // (240 comments, replies and messages: strangers' lures, pages selling exposure, friends). Only
  // ar's missed plugs and warned posts and aq's first nine lines were ever read. They joined
  // training unread in the thirty-sixth session (2026-12-07), after four blind batches written to
  // one brief (be, bf, bh, bi, never read) showed the gain carries over: MCC +0.03 to +0.05 on each.
  { path: 'test/accuracy/blind-2026-12w.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12x.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12y.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12z.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12aa.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ah.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ai.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12am.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12an.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ao.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ap.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12aq.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ar.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12as.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12at.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12au.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12av.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12ax.jsonl', ship: true },
  // Written 2026-12-07 (thirty-seventh session) by helpers that opened no project file: bl to aw's
  // brief (240 comments, replies and messages: strangers' lures, pages selling exposure, other
  // comment spam, testimonials, pitches; friends, hard negatives, statuses, messages), measured
  // blind with the shipped model, then its misses read to widen the stranger-lure evidence; bp and
  // bq (240 each: 80 strangers' lures, 45 in threads and 35 in private messages, beside 140 friends'
  // comments, hard negatives and messages), written to be trained on and measured once with the
  // shipped model first (lures found: 26 and 32 of 80). They joined training after blind batch bm
  // measured the gain (docs/model-log.md, "Strangers' lures in training").
  { path: 'test/accuracy/blind-2026-12bl.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bp.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bq.jsonl', ship: true },
  // The eleven batches that were kept blind to measure the changes of the thirty-fourth to
  // thirty-seventh sessions, each measured with two models or more, never read: bc, bd and bk (240
  // YouTube comments each, ay's brief), be, bf, bh, bi, bj and bo (320 drafts each, be's brief,
  // LinkedIn-heavy), bm and bn (240 comments, replies and messages each, aw's kinds). Tried in
  // training in the thirty-eighth session and not kept (article 000's listing lost its warning);
  // joined unread in the thirty-ninth (2026-12-07), with listing-drafts.jsonl, after three new
  // blind batches (bv, bw, bx) measured the gain (docs/model-log.md, "Listings, and the eleven
  // batches in training again").
  { path: 'test/accuracy/blind-2026-12bc.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bd.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12be.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bf.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bh.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bi.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bj.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bk.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bm.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bn.jsonl', ship: true },
  { path: 'test/accuracy/blind-2026-12bo.jsonl', ship: true },
];

/** Measured on, never trained on: no licence for shipped weights, or kept blind. */
export const MEASURE_ONLY: readonly SourceFile[] = [
  { path: '../shared/corpora/pool/yt-spam-2014.jsonl', ship: false }, // no licence stated
  // Written 2026-12-07 (thirty-eighth session) by four helpers that opened no project file: br and bt
  // to be's brief (320 drafts, LinkedIn-heavy), bs and bu to aw's kinds (240 comments, replies and
  // messages, strangers' lures among them). They measured the eleven batches above in training, a
  // change tried that session and not kept; spent, never read.
  { path: 'test/accuracy/blind-2026-12br.jsonl', ship: false },
  { path: 'test/accuracy/blind-2026-12bs.jsonl', ship: false },
  { path: 'test/accuracy/blind-2026-12bt.jsonl', ship: false },
  { path: 'test/accuracy/blind-2026-12bu.jsonl', ship: false },
  // Written at the end of the thirty-eighth session by three more helpers that opened no project
  // file: bv (240 YouTube comments, ay's kinds), bw (320 drafts, be's brief), bx (240 comments,
  // replies and messages, bs's brief). Measured with the shipped model (4bbbf28) first, in the
  // thirty-ninth, then decided its change (the eleven batches above and the listing drafts in
  // training); aggregates only, never read.
  { path: 'test/accuracy/blind-2026-12bv.jsonl', ship: false },
  { path: 'test/accuracy/blind-2026-12bw.jsonl', ship: false },
  { path: 'test/accuracy/blind-2026-12bx.jsonl', ship: false },
];

/**
 * Probabilities for a hint and a warning; chosen on the leave-one-source-out figures, the
 * warning under someone else's post on YouTube comments video by video, and the one in a
 * message on SMS third by third (docs/model.md).
 */
export const THRESHOLDS: ModelFile['thresholds'] = { info: 0.3, warning: 0.5, replyWarning: 0.35, messageWarning: 0.7 };

/** LinkedIn posts from the pool, with this project's hand labels (see loadLinkedInLabelled and docs/model.md). */
const LINKEDIN = { posts: '../shared/corpora/pool/linkedin-influencers-unlabelled.jsonl', labels: 'test/accuracy/linkedin-labels.jsonl' };

function loadAll(root: string, files: readonly SourceFile[]): LabelledDraft[] {
  // Every source must be there (scripts/train.ts says which is missing): a model built
  // from fewer would differ from the committed one without saying why.
  const rows = files.flatMap((f) => loadLabelled(join(root, f.path)));
  return [...rows, ...loadLinkedInLabelled(join(root, LINKEDIN.posts), join(root, LINKEDIN.labels))];
}

export function trainedOn(rows: readonly PreparedRow[]): ModelFile['trainedOn'] {
  const by = new Map<string, { source: string; promotional: number; genuine: number }>();
  for (const r of rows) {
    let s = by.get(r.group);
    if (!s) by.set(r.group, (s = { source: r.group, promotional: 0, genuine: 0 }));
    if (r.promotional) s.promotional++;
    else s.genuine++;
  }
  return [...by.values()].sort((a, b) => a.source.localeCompare(b.source));
}

/**
 * The shipped model, from every source it may learn from. `table` holds those rows and their
 * features, for leaveOneSourceOut and otherParts to fit on without working them out again.
 */
export async function buildModel(root: string, onProgress?: (done: number, total: number) => void): Promise<{ file: ModelFile; fitted: FittedModel; table: FeatureTable }> {
  const prepared = prepare(loadAll(root, SHIPPED_SOURCES), onProgress);
  const table = featureTable(prepared);
  const fitted = await withTrainers((trainers) => fitRows(table, () => true, trainers));
  return { file: toModelFile(fitted, trainedOn(prepared), THRESHOLDS), fitted, table };
}

/** The full fit on the table's rows that `keep` takes, each weighed by its source's say (rowWeights). */
function fitRows(table: FeatureTable, keep: (row: PreparedRow, at: number) => boolean, trainers: Trainers): Promise<FittedModel> {
  const picked = table.rows.flatMap((row, at) => (keep(row, at) ? [at] : []));
  return fit(table, picked, rowWeights(picked.map((at) => table.rows[at]!)), trainers);
}

/** Runs `work` with a pool of training threads, ended when it is done. */
async function withTrainers<R>(work: (trainers: Trainers) => Promise<R>): Promise<R> {
  const trainers = new Trainers();
  try {
    return await work(trainers);
  } finally {
    await trainers.close();
  }
}

/**
 * `work` on each item, two at a time, results in the items' order. Each fit queues four
 * trainings (three calibration folds and the full model); two fits in flight queue eight,
 * as many as the pool's largest size (Trainers), without holding every fit's matrix at once.
 */
async function twoAtATime<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at]!);
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

/** The eval figures of one source (see EvalSummary), with how it was measured. */
export interface Figures extends Omit<EvalSummary, 'f1'> {
  /**
   * The source measured, and how: "left out" of training; "measure only"; or "other parts":
   * each third of it (each video, for YouTube) measured by a model trained on everything
   * else, its other parts included, as new text from a source the model knows would be.
   */
  source: string;
  how: 'left out' | 'measure only' | 'other parts';
  promotional: number;
}

interface Outcome {
  r: PreparedRow;
  promotional: boolean;
  warned: boolean;
  score: number;
}

function outcomesOf(rows: readonly PreparedRow[], model: FittedModel, thresholds: ModelFile['thresholds']): Outcome[] {
  return rows.map((r) => {
    const p = probability(model, r.features);
    const own = thresholdsFor({ thresholds }, r.surface);
    const promotional = p >= own.warning;
    // As lint scores it (see score.ts), up to its rounding to one decimal.
    return { r, promotional, warned: promotional || r.otherWarning, score: 100 * (1 - verdictShare(p, own)) * r.rest };
  });
}

function figuresOf(source: string, how: Figures['how'], rows: readonly PreparedRow[], model: FittedModel, thresholds: ModelFile['thresholds']): Figures {
  return summaryOf(source, how, outcomesOf(rows, model, thresholds));
}

function summaryOf(source: string, how: Figures['how'], outcomes: readonly Outcome[]): Figures {
  const rows = outcomes.map((o) => o.r);
  const c = confusion(outcomes.map((o) => ({ actual: o.r.promotional, predicted: o.promotional })));
  const genuine = outcomes.filter((o) => !o.r.promotional);
  const labels = new Set(rows.map((r) => r.promotional));
  return {
    source,
    how,
    n: rows.length,
    promotional: rows.filter((r) => r.promotional).length,
    ...c,
    precision: precision(c),
    recall: recall(c),
    mcc: mcc(c),
    auc: labels.size === 2 ? rocAuc(outcomes.map((o) => ({ actual: o.r.promotional, score: -o.score }))) : NaN,
    noise: genuine.length ? genuine.filter((o) => o.warned).length / genuine.length : NaN,
  };
}

/** For each source of the table's rows: train on every other, measure on it. */
export function leaveOneSourceOut(table: FeatureTable, thresholds: ModelFile['thresholds'], onProgress?: (done: number, total: number) => void): Promise<Figures[]> {
  const prepared = table.rows;
  const groups = [...new Set(prepared.map((r) => r.group))].sort();
  let done = 0;
  return withTrainers((trainers) =>
    twoAtATime(groups, async (group) => {
      const model = await fitRows(table, (row) => row.group !== group, trainers);
      onProgress?.(++done, groups.length);
      return figuresOf(group, 'left out', prepared.filter((r) => r.group === group), model, thresholds);
    }),
  );
}

/** Sources measured part by part (see Figures.how): YouTube by video, the others in thirds. */
export const WITHIN_SOURCES: readonly string[] = ['youtube-spam', 'sms-spam', 'linkedin-influencers', 'btc-tweets'];

/** For each of WITHIN_SOURCES: each part measured by a model trained on all the rest. */
export function otherParts(table: FeatureTable, thresholds: ModelFile['thresholds'], onProgress?: (done: number, total: number) => void): Promise<Figures[]> {
  const prepared = table.rows;
  // Each part of each source, held out in turn.
  const held = WITHIN_SOURCES.flatMap((group) => {
    const rows = prepared.map((r, at) => ({ r, at })).filter(({ r }) => r.group === group);
    // A source whose rows name their part (the video) is split by it; the others in thirds.
    const byName = rows.every(({ r }) => r.part);
    const parts = new Map<string, number[]>();
    rows.forEach(({ r, at }, j) => {
      const part = byName ? r.part! : String(j % 3);
      parts.set(part, [...(parts.get(part) ?? []), at]);
    });
    return [...parts.values()].map((ats) => ({ group, ats }));
  });
  let done = 0;
  return withTrainers(async (trainers) => {
    const outcomes = await twoAtATime(held, async ({ ats }) => {
      const out = new Set(ats);
      const model = await fitRows(table, (_, at) => !out.has(at), trainers);
      onProgress?.(++done, held.length);
      return outcomesOf(ats.map((at) => prepared[at]!), model, thresholds);
    });
    return WITHIN_SOURCES.map((group) => summaryOf(group, 'other parts', held.flatMap((h, i) => (h.group === group ? outcomes[i]! : []))));
  });
}

/** The sources we may not train on, measured with the shipped model (trained on everything else). */
export function measureOn(root: string, model: FittedModel, thresholds: ModelFile['thresholds']): Figures[] {
  return MEASURE_ONLY.filter((f) => existsSync(join(root, f.path))).map((f) => {
    const rows = prepare(loadLabelled(join(root, f.path)));
    return figuresOf(rows[0]?.group ?? f.path, 'measure only', rows, model, thresholds);
  });
}

const fmt = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

export function formatFigures(figures: readonly Figures[]): string {
  const head = 'source                 how            n     promo  tp/fp/tn/fn           precision recall  MCC    AUC    noise';
  const lines = figures.map(
    (f) =>
      `${f.source.padEnd(22)} ${f.how.padEnd(14)} ${String(f.n).padStart(5)} ${String(f.promotional).padStart(6)}  ${`${f.tp}/${f.fp}/${f.tn}/${f.fn}`.padEnd(21)} ${fmt(f.precision)}     ${fmt(f.recall)}   ${fmt(f.mcc)}  ${fmt(f.auc)}  ${fmt(f.noise)}`,
  );
  return [head, ...lines].join('\n');
}


