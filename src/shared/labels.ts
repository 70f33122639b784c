import type { Band, Platform, Severity, Surface } from '../engine/types.js';

/** Words the extension's pages show for the engine's vocabulary. */
export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook', generic: 'this site' };
export const SURFACE_LABELS: Readonly<Record<Surface, string>> = { post: 'post', reply: 'reply', comment: 'comment', message: 'message' };
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { info: 'note', warning: 'warning', error: 'problem' };
export const BAND_LABELS: Readonly<Record<Band, string>> = {
  social: 'Reads social',
  mixed: 'Mixed',
  broadcast: 'Reads like a broadcast',
};
