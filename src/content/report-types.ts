import type { Response } from '../shared/protocol.js';

/** The report message the background answers a lint with (types only: no zod in the page). */
export type ReportResponse = Extract<Response, { kind: 'report' }>;
export type LintReport = ReportResponse['report'];
export type LintFinding = LintReport['findings'][number];
export type RuleInfo = ReportResponse['rules'][string];
export type RuleInfoMap = ReportResponse['rules'];
