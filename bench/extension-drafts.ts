/**
 * What the extension benchmark types. The pitches are written for the bench (not corpus
 * rows): plain offers with a price cut, a code, urgency and a call to sign up or buy, each
 * one different so the background's per-sentence cache never holds a trial's text before
 * that trial types it. Longer drafts come from bench/drafts.ts.
 */
import { seededRandom } from './drafts.js';

export const PITCHES: readonly string[] = [
  'Huge sale this week only! Get 50% off every plan with code SAVE50. Sign up now before the offer ends.',
  'Limited time offer: 30% off our premium course with promo code GROW30. Buy now, only 20 spots left!',
  'Flash sale today only! Save 40% on all memberships with code FLASH40. Order now while stocks last.',
  'Black Friday deal: 60% off the starter bundle with code BF60. Click the link and sign up today, it ends tonight!',
  'Special offer for new customers: get 25% off your first order with discount code HELLO25. Shop now!',
  'Exclusive deal this weekend: 35% off every subscription with code WEEKEND35. Sign up today, offer ends Sunday!',
  'Last chance! Get 45% off our best-selling toolkit with coupon code LAST45. Buy now before the price goes up.',
];

/** Pauses between keys, in ms: seeded, jittered around `mean` (plus or minus `spread`). */
export function keyGaps(count: number, mean: number, spread: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Math.max(0, Math.round(mean + (random() * 2 - 1) * spread)));
}
