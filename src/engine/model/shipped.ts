import modelData from './promotional-model.json' with { type: 'json' };
import { loadModel, type PromotionalModel } from './model.js';

/**
 * The model that ships with Sociable, validated once on first use (a bad file fails
 * loudly there, with the path of what is wrong, rather than giving silent verdicts).
 */
let shipped: PromotionalModel | undefined;

export function shippedModel(): PromotionalModel {
  shipped ??= loadModel(modelData);
  return shipped;
}
