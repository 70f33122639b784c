import { z } from 'zod';
import { PLATFORMS, SURFACES, type Draft } from './types.js';

export const draftSchema = z.strictObject({
  text: z.string(),
  platform: z.enum(PLATFORMS).default('generic'),
  surface: z.enum(SURFACES).default('post'),
  recipient: z.string().max(200).optional(),
});

export class DraftError extends Error {
  override name = 'DraftError';
}

export function parseDraft(input: unknown): Draft {
  const parsed = draftSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new DraftError(`invalid draft${issue && issue.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}`);
}
