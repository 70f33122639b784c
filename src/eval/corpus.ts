import { z } from 'zod';
import { PLATFORMS, SURFACES } from '../engine/types.js';

export const LABELS = ['promotional', 'genuine'] as const;
export type Label = (typeof LABELS)[number];

/**
 * One labelled draft. Other keys (e.g. `source`) are allowed and kept; a row may
 * set the draft's platform, surface and recipient, otherwise the run's defaults apply.
 */
export const corpusRowSchema = z.looseObject({
  text: z.string(),
  label: z.enum(LABELS),
  platform: z.enum(PLATFORMS).optional(),
  surface: z.enum(SURFACES).optional(),
  recipient: z.string().max(200).optional(),
});

export type CorpusRow = z.infer<typeof corpusRowSchema>;

export interface NumberedRow {
  /** 1-based line number in the file, for messages. */
  line: number;
  row: CorpusRow;
}

export class CorpusError extends Error {
  override name = 'CorpusError';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => String(p)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Parses one JSON Lines line; throws CorpusError naming the line. */
export function parseCorpusLine(source: string, line: number): CorpusRow {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new CorpusError(line, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = corpusRowSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusError(line, issue ? describeIssue(issue) : 'invalid row');
  }
  return parsed.data;
}

/**
 * Parses a whole JSON Lines corpus. Blank lines are skipped (a trailing newline is
 * normal); the first malformed line stops the parse with its line number.
 */
export function parseCorpus(source: string): NumberedRow[] {
  const rows: NumberedRow[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    rows.push({ line: i + 1, row: parseCorpusLine(raw.replace(/^\uFEFF/, ''), i + 1) });
  }
  return rows;
}
