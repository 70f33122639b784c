// The engine's public vocabulary. Pure data: every context (CLI, background, tests) shares it.

export const PLATFORMS = ['x', 'linkedin', 'facebook', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const SURFACES = ['post', 'reply', 'comment', 'message'] as const;
export type Surface = (typeof SURFACES)[number];

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['promotional', 'impersonal', 'repetitive', 'gimmicks'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Draft {
  text: string;
  platform: Platform;
  surface: Surface;
  /** The person a message or comment is addressed to, when the site shows one. */
  recipient?: string;
}

/** UTF-16 offsets into the draft, end-exclusive (what String.slice takes). */
export type Range = readonly [start: number, end: number];

export interface Edit {
  range: Range;
  text: string;
}

export interface Suggestion {
  messageId: string;
  message: string;
  /** Present when the suggestion is a fix that can be applied mechanically. */
  edits?: Edit[];
}

export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  range: Range;
  suggestions?: Suggestion[];
}

export type Band = 'social' | 'mixed' | 'broadcast';

export interface BreakdownItem {
  ruleId: string;
  category: Category;
  severity: Severity;
  count: number;
  points: number;
}

export interface Report {
  score: number;
  band: Band;
  findings: Finding[];
  breakdown: BreakdownItem[];
}
