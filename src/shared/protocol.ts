import { z } from 'zod';
import { draftSchema } from '../engine/draft.js';
import { CATEGORIES, SEVERITIES } from '../engine/types.js';
import { historyRequestSchemas, historyResponseSchemas } from './history-protocol.js';
import { settingsSchema } from './settings.js';

/**
 * Every message between the content script, the popup, the options page and the
 * background, as one union keyed by `kind` (the shape Harper's plugin uses). The
 * background parses each incoming message with `requestSchema`; a malformed one is
 * refused and logged, never trusted.
 */

const rangeSchema = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const editSchema = z.strictObject({ range: rangeSchema, text: z.string() });
export const suggestionSchema = z.strictObject({ messageId: z.string(), message: z.string(), edits: z.array(editSchema).optional() });
export const findingSchema = z.strictObject({
  ruleId: z.string(),
  messageId: z.string(),
  message: z.string(),
  severity: z.enum(SEVERITIES),
  range: rangeSchema,
  suggestions: z.array(suggestionSchema).optional(),
});
export const reportSchema = z.object({
  score: z.number(),
  band: z.enum(['social', 'mixed', 'broadcast']),
  findings: z.array(findingSchema),
  breakdown: z.array(
    z.strictObject({ ruleId: z.string(), category: z.enum(CATEGORIES), severity: z.enum(SEVERITIES), count: z.number(), points: z.number() }),
  ),
});

/** What a card needs to say about a rule without loading the engine in the page. */
export const ruleInfoSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  description: z.string(),
  why: z.string(),
});

/** Identifies one compose box in one tab; a thread on X has one per box. */
const draftIdSchema = z.string().min(1).max(200);

export const requestSchema = z.discriminatedUnion('kind', [
  // content script -> background
  z.strictObject({ kind: z.literal('lint'), draftId: draftIdSchema, draft: draftSchema }),
  z.strictObject({ kind: z.literal('draft-cleared'), draftId: draftIdSchema }),
  z.strictObject({ kind: z.literal('sent'), draftId: draftIdSchema, draft: draftSchema }),
  /** A review before sending was shown, or ended in an edit or a send anyway (counted for "Your week"). */
  z.strictObject({ kind: z.literal('review'), outcome: z.enum(['shown', 'edited', 'sent']) }),
  // popup -> background
  z.strictObject({ kind: z.literal('get-tab-report'), tabId: z.number().int() }),
  z.strictObject({ kind: z.literal('apply-fix'), tabId: z.number().int(), draftId: draftIdSchema, findingIndex: z.number().int().min(0), suggestionIndex: z.number().int().min(0) }),
  // options -> background
  z.strictObject({ kind: z.literal('get-settings') }),
  z.strictObject({ kind: z.literal('set-settings'), settings: z.unknown() }),
  z.strictObject({ kind: z.literal('reset-settings') }),
  z.strictObject({ kind: z.literal('get-rules') }),
  // options: the "settings fell back to defaults" notice has been shown; do not show it again.
  z.strictObject({ kind: z.literal('ack-notice') }),
  ...historyRequestSchemas,
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestKind = Request['kind'];

export const responseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('report'), draftId: draftIdSchema, report: reportSchema, rules: z.record(z.string(), ruleInfoSchema) }),
  z.strictObject({
    kind: z.literal('tab-report'),
    draft: draftSchema.optional(),
    draftId: draftIdSchema.optional(),
    report: reportSchema.optional(),
    rules: z.record(z.string(), ruleInfoSchema),
  }),
  z.strictObject({ kind: z.literal('settings'), settings: settingsSchema, notice: z.string().optional() }),
  z.strictObject({
    kind: z.literal('rules'),
    // options: the JSON Schema (z.toJSONSchema, input side) of the rule's options, from which the options form is built.
    // doc: the rule's doc page inside the extension (a path for runtime.getURL).
    rules: z.array(ruleInfoSchema.extend({ options: z.unknown(), defaultEnabled: z.boolean().optional(), doc: z.string().optional() })),
  }),
  z.strictObject({ kind: z.literal('ok') }),
  z.strictObject({ kind: z.literal('error'), message: z.string() }),
  ...historyResponseSchemas,
]);
export type Response = z.infer<typeof responseSchema>;

/** background -> content script, pushed without a request. */
export const pushSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('settings-changed'), settings: settingsSchema }),
  z.strictObject({ kind: z.literal('apply-edits'), draftId: draftIdSchema, edits: z.array(editSchema) }),
]);
export type Push = z.infer<typeof pushSchema>;

/**
 * background -> extension pages (popup, options) through runtime.sendMessage, which
 * content scripts never receive: an open popup refreshes when its tab's report changes.
 */
export const pageEventSchema = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('tab-report-changed'), tabId: z.number().int() })]);
export type PageEvent = z.infer<typeof pageEventSchema>;
