import { rules } from '../../rules/index.js';
import { preparePhraseAnchors } from '../engine/anchor-index.js';
import { extractFeatures, lint } from '../engine/lint.js';
import { MODEL_VERSION, type ModelFile } from '../engine/model/model.js';
import type { Finding, Surface } from '../engine/types.js';
import type { LabelledDraft } from './dataset.js';
import { DEFAULT_TRAIN, fitPlatt, sigmoid, type LinearModel, type SparseRows } from './logistic.js';
import type { Trainers } from './trainers.js';

/** A labelled draft with what the engine makes of it, worked out once for all the fits. */
export interface PreparedRow {
  group: string;
  promotional: boolean;
  /** Where it was written: the warning threshold depends on it (see thresholdsFor). */
  surface: Surface;
  /** The part of its source it came from (a video), when the source says. */
  part?: string;
  features: ReadonlyMap<string, number>;
  /** The score without the learned verdict (other rules' findings only), 0-1. */
  rest: number;
  /** A warning from a rule outside the promotional category (those follow the verdict, which is measured apart). */
  otherWarning: boolean;
}

// The rest of the report comes from a lint without sales-pitch, which hosts the verdict.
const WITHOUT_VERDICT = { rules: { 'sales-pitch': { enabled: false } } };
const isWarning = (f: Finding) => f.severity !== 'info';
const PROMOTIONAL = new Set(rules.filter((r) => r.meta.category === 'promotional').map((r) => r.meta.id));

export function prepare(rows: readonly LabelledDraft[], onProgress?: (done: number, total: number) => void): PreparedRow[] {
  return rows.map((row, i) => {
    const report = lint(row.draft, { settings: WITHOUT_VERDICT });
    const features = extractFeatures(row.draft).values;
    // Once the first draft has met the phrase lists, their anchors are read: the rest go faster.
    if (i === 0) preparePhraseAnchors();
    const warnings = report.findings.filter(isWarning);
    onProgress?.(i + 1, rows.length);
    return {
      group: row.group,
      promotional: row.promotional,
      surface: row.draft.surface,
      ...(row.part ? { part: row.part } : {}),
      features,
      rest: report.score / 100,
      otherWarning: warnings.some((f) => !PROMOTIONAL.has(f.ruleId)),
    };
  });
}

export interface FitSettings {
  /** A word feature must be in at least this many training rows. */
  minRows: number;
  l2: number;
  steps: number;
  /** Folds for the out-of-fold scores that calibration is fitted on. */
  calibrationFolds: number;
  /**
   * The share of drafts taken to be promotional. Training weighs both labels the same,
   * so the fitted probability is that of an even mix; most of what people write is not a
   * pitch, and the probability the score and the thresholds use is moved to this prior.
   */
  prior: number;
  /** Weights smaller than this are dropped (set to 0), so the file stays small; the figures measure the model as shipped. */
  minWeight: number;
}

/**
 * l2 = 3e-4 (was 1e-3, with weights from 0.01): chosen 2026-12-02 on the "other parts"
 * figures, yt-spam-2014 and the eighth and ninth blind batches, which it moved up but for
 * the LinkedIn thirds, at a cost of 0.02 MCC on YouTube and LinkedIn left out (docs/model-log.md,
 * "Regularisation and the evidence total"); those figures are tuned by it. Weaker
 * regularisation keeps more weights, so only those of 0.035 or more are kept, so the file
 * stays under 400 KB (0.02 until 2026-12-04, when four more blind batches in training took
 * it to 408 KB; 0.025 until 2026-12-05, when aj, al and the LinkedIn drafts took it to 415 KB;
 * the same cut alone moved no figure when measured in the twenty-first session; 0.03 until
 * 2026-12-07, when eighteen unread batches took it to 410 KB, and 0.035 moved three figures by
 * one row each, docs/model-log.md).
 */
export const DEFAULT_FIT: FitSettings = { minRows: 3, l2: 3e-4, steps: DEFAULT_TRAIN.steps, calibrationFolds: 3, prior: 0.2, minWeight: 0.035 };

/** A logistic regression over a vocabulary: what one training gives. */
interface LinearFit {
  vocabulary: string[];
  /** Each vocabulary name's place, for scoring rows. */
  index: ReadonlyMap<string, number>;
  linear: LinearModel;
}

/** The full fit, calibrated: what the model file is written from. */
export interface FittedModel extends LinearFit {
  platt: { a: number; b: number };
}

/**
 * Every feature name of a set of prepared rows, sorted, and each row's features as ascending
 * ids into that list. Worked out once, so a fit on any subset of the rows only counts and
 * renumbers (no string work), and its vocabulary, a subsequence of `names`, stays sorted.
 */
export interface FeatureTable {
  names: readonly string[];
  ids: readonly Int32Array[];
  values: readonly Float64Array[];
  /** The rows themselves, in the same order. */
  rows: readonly PreparedRow[];
}

export function featureTable(rows: readonly PreparedRow[]): FeatureTable {
  const names = [...new Set(rows.flatMap((r) => [...r.features.keys()]))].sort();
  const idOf = new Map(names.map((name, id) => [name, id]));
  const ids: Int32Array[] = [];
  const values: Float64Array[] = [];
  for (const r of rows) {
    const pairs = [...r.features].map(([name, value]) => [idOf.get(name)!, value] as const).sort((a, b) => a[0] - b[0]);
    ids.push(Int32Array.from(pairs, (p) => p[0]));
    values.push(Float64Array.from(pairs, (p) => p[1]));
  }
  return { names, ids, values, rows };
}

/** The features seen in at least `minRows` of the picked rows (rule and shape features if seen at all), as ids in name order. */
function vocabularyOf(table: FeatureTable, picked: readonly number[], minRows: number): number[] {
  const counts = new Int32Array(table.names.length);
  for (const row of picked) for (const id of table.ids[row]!) counts[id]!++;
  const kept: number[] = [];
  counts.forEach((n, id) => {
    const name = table.names[id]!;
    if (n >= minRows || (n > 0 && (name.startsWith('rule:') || name.startsWith('shape:')))) kept.push(id);
  });
  return kept;
}

/** The picked rows over the vocabulary, as the sparse matrix trainLogistic takes. */
function toSparse(table: FeatureTable, picked: readonly number[], weights: readonly number[], vocab: readonly number[]): SparseRows {
  const column = new Int32Array(table.names.length).fill(-1);
  vocab.forEach((id, j) => (column[id] = j));
  const offsets = new Int32Array(picked.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  picked.forEach((row, i) => {
    const ids = table.ids[row]!;
    const vals = table.values[row]!;
    for (let k = 0; k < ids.length; k++) {
      const j = column[ids[k]!]!;
      if (j < 0) continue;
      indices.push(j);
      values.push(vals[k]!);
    }
    offsets[i + 1] = indices.length;
  });
  return {
    offsets,
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
    y: Uint8Array.from(picked, (row) => (table.rows[row]!.promotional ? 1 : 0)),
    weight: Float64Array.from(weights),
  };
}

async function fitLinear(table: FeatureTable, picked: readonly number[], weights: readonly number[], settings: FitSettings, trainers: Trainers): Promise<LinearFit> {
  const ids = vocabularyOf(table, picked, settings.minRows);
  const vocab = ids.map((id) => table.names[id]!);
  const options = { features: vocab.length, l2: settings.l2, steps: settings.steps, learningRate: DEFAULT_TRAIN.learningRate };
  const linear = await trainers.train(toSparse(table, picked, weights, ids), options);
  return { vocabulary: vocab, linear, index: new Map(vocab.map((name, j) => [name, j])) };
}

export function rawOf(model: { linear: LinearModel; index: ReadonlyMap<string, number> }, features: ReadonlyMap<string, number>): number {
  const { index } = model;
  let z = model.linear.bias;
  for (const [name, value] of features) {
    const j = index.get(name);
    if (j !== undefined) z += model.linear.weights[j]! * value;
  }
  return z;
}

/**
 * The full fit on the picked rows of a table (weights in the same order): a logistic regression
 * on all of them, calibrated on the scores of rows that each of `calibrationFolds` sub-models did
 * not see (rows dealt to folds in turn). The sub-models and the full model train side by side.
 */
export async function fit(table: FeatureTable, picked: readonly number[], weights: readonly number[], trainers: Trainers, settings: FitSettings = DEFAULT_FIT): Promise<FittedModel> {
  const folds = Array.from({ length: settings.calibrationFolds }, (_, f) => {
    const inFold = picked.map((_, i) => i).filter((i) => i % settings.calibrationFolds !== f);
    return fitLinear(table, inFold.map((i) => picked[i]!), inFold.map((i) => weights[i]!), settings, trainers);
  });
  const full = fitLinear(table, picked, weights, settings, trainers);
  const outOfFold: { raw: number; y: 0 | 1; weight: number }[] = [];
  for (const [f, sub] of (await Promise.all(folds)).entries()) {
    picked.forEach((row, i) => {
      const r = table.rows[row]!;
      if (i % settings.calibrationFolds === f) outOfFold.push({ raw: rawOf(sub, r.features), y: r.promotional ? 1 : 0, weight: weights[i]! });
    });
  }
  const { vocabulary, linear, index } = await full;
  linear.weights.forEach((w, j) => {
    if (Math.abs(w) < settings.minWeight) linear.weights[j] = 0;
  });
  const platt = fitPlatt(outOfFold);
  return { vocabulary, index, linear, platt: { a: platt.a, b: platt.b + Math.log(settings.prior / (1 - settings.prior)) } };
}

export function probability(model: FittedModel, features: ReadonlyMap<string, number>): number {
  return sigmoid(model.platt.a * rawOf(model, features) + model.platt.b);
}

/** Rounded so the file is compact and the same on every machine. */
const round = (x: number, digits = 4) => Number(x.toFixed(digits));

export function toModelFile(
  model: FittedModel,
  trainedOn: ModelFile['trainedOn'],
  thresholds: ModelFile['thresholds'],
): ModelFile {
  const features: string[] = [];
  const weights: number[] = [];
  model.vocabulary.forEach((name, j) => {
    const w = round(model.linear.weights[j]!);
    if (w === 0) return;
    features.push(name);
    weights.push(w);
  });
  return {
    version: MODEL_VERSION,
    kind: 'promotional',
    trainedOn,
    bias: round(model.linear.bias),
    features,
    weights,
    calibration: { a: round(model.platt.a, 6), b: round(model.platt.b, 6) },
    thresholds,
  };
}

