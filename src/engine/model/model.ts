import { z } from 'zod';
import type { Range, Surface } from '../types.js';
import type { DraftFeatures } from './features.js';

/**
 * The learned promotional model: a logistic regression over named features (see
 * features.ts) whose raw output is calibrated (Platt scaling fitted on out-of-fold
 * predictions), so its probability means what it says. Built by `npm run train`;
 * this file only reads it.
 */
// 2 (2026-12-07): the names and the weights in two lists instead of [name, weight] pairs:
// 35 KB less of the file's 400, and quicker to read and check (10.6-17.7 ms in the bench, 18.3 before).
export const MODEL_VERSION = 2;

export const modelSchema = z
  .strictObject({
    version: z.literal(MODEL_VERSION),
    kind: z.literal('promotional'),
    /** What it was trained on: source name and rows per label. No text. */
    trainedOn: z.array(z.strictObject({ source: z.string(), promotional: z.number().int().min(0), genuine: z.number().int().min(0) })),
    bias: z.number().finite(),
    /** Feature names, in name order. */
    features: z.array(z.string().min(1)),
    /** The weight of each feature, in the same order. */
    weights: z.array(z.number().finite()),
    /** p = 1 / (1 + exp(-(a * raw + b))), raw = bias + sum of weights. */
    calibration: z.strictObject({ a: z.number().finite().positive(), b: z.number().finite() }),
    /**
     * Probabilities at which the verdict is a hint (info) and a warning. `replyWarning` is the
     * warning's in a comment or reply, under someone else's post, where comment spam is
     * common and a pitch interrupts a conversation; `messageWarning` in a private message,
     * where people you know talk about money, bookings and phone numbers (each the
     * warning's when absent).
     */
    thresholds: z.strictObject({
      info: z.number().min(0).max(1),
      warning: z.number().min(0).max(1),
      replyWarning: z.number().min(0).max(1).optional(),
      messageWarning: z.number().min(0).max(1).optional(),
    }),
  })
  .refine((file) => file.weights.length === file.features.length, { message: 'one weight for each feature', path: ['weights'] });

export type ModelFile = z.infer<typeof modelSchema>;

export class ModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

export interface PromotionalModel {
  file: ModelFile;
  weights: ReadonlyMap<string, number>;
}

export function loadModel(data: unknown): PromotionalModel {
  const parsed = modelSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModelError(`invalid model file at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const { features, weights } = parsed.data;
  return { file: parsed.data, weights: new Map(features.map((name, i) => [name, weights[i]!])) };
}

export interface Contribution {
  feature: string;
  /** The feature's weight times its value, in the model's raw units. */
  weight: number;
  /** Where it stands in the draft, for word features. */
  ranges: readonly Range[];
}

export interface Verdict {
  /** Calibrated probability that the draft reads as promotion. */
  probability: number;
  /** Features that pushed towards promotion, heaviest first. */
  contributions: Contribution[];
  /** The model's probabilities for a hint and for a warning, for the draft's surface. */
  thresholds: VerdictThresholds;
}

export interface VerdictThresholds {
  info: number;
  warning: number;
}

/** The thresholds that apply to a draft written on `surface`. */
export function thresholdsFor(file: Pick<ModelFile, 'thresholds'>, surface: Surface): VerdictThresholds {
  const { thresholds } = file;
  const own = surface === 'comment' || surface === 'reply' ? thresholds.replyWarning : surface === 'message' ? thresholds.messageWarning : undefined;
  const warning = own ?? thresholds.warning;
  return { info: Math.min(thresholds.info, warning), warning };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

const MAX_CONTRIBUTIONS = 20;

export function calibrate(model: PromotionalModel, raw: number): number {
  return sigmoid(model.file.calibration.a * raw + model.file.calibration.b);
}

export function predict(model: PromotionalModel, features: DraftFeatures, surface: Surface): Verdict {
  // The heaviest few explain a verdict (a long draft pushes with hundreds of features):
  // kept in order as they come, heaviest first, ties by name. Runs on every keystroke, so
  // nothing is allocated for a feature that does not make the list.
  const heaviest: { feature: string; weight: number }[] = [];
  const before = (weight: number, feature: string, y: { feature: string; weight: number }) => weight > y.weight || (weight === y.weight && feature < y.feature);
  let raw = model.file.bias;
  for (const [feature, value] of features.values) {
    const w = model.weights.get(feature);
    if (w === undefined) continue;
    const weight = w * value;
    raw += weight;
    if (weight <= 0) continue;
    if (heaviest.length === MAX_CONTRIBUTIONS && !before(weight, feature, heaviest[MAX_CONTRIBUTIONS - 1]!)) continue;
    let at = heaviest.length;
    while (at > 0 && before(weight, feature, heaviest[at - 1]!)) at--;
    heaviest.splice(at, 0, { feature, weight });
    if (heaviest.length > MAX_CONTRIBUTIONS) heaviest.pop();
  }
  // Where a contribution stands in the draft is looked for when something reads it (a
  // finding that names the words): most keystrokes report no pitch and never do.
  const contributions = heaviest.map(({ feature, weight }): Contribution => {
    let ranges: readonly Range[] | undefined;
    return {
      feature,
      weight,
      get ranges() {
        ranges ??= features.rangesOf(feature);
        return ranges;
      },
    };
  });
  return { probability: calibrate(model, raw), contributions, thresholds: thresholdsFor(model.file, surface) };
}
