import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import type { Draft } from '../../src/engine/types.js';
import { hasTag, historyEntrySchema } from '../../src/history/entry.js';
import { entryForSend } from '../../src/history/record.js';
import { entryBytes } from '../../src/history/store.js';

const AT = Date.UTC(2026, 2, 1, 12);
const DAY = 24 * 60 * 60 * 1000;

describe('entryForSend', () => {
  const draft: Draft = { text: 'I loved your talk on pricing, Sam. What would you change for a two-person team? https://example.com/talk', platform: 'linkedin', surface: 'comment' };

  it('stores a fingerprint, where and when, and what the engine found, but no text by default', () => {
    const entry = entryForSend(draft, lint(draft), { at: AT });
    expect(historyEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({ at: AT, platform: 'linkedin', surface: 'comment' });
    expect(hasTag(entry, 'personal')).toBe(true);
    expect(hasTag(entry, 'conversational')).toBe(true);
    expect(hasTag(entry, 'link')).toBe(true);
    expect(hasTag(entry, 'repeat')).toBe(false);
    expect(JSON.stringify(entry)).not.toContain('pricing');
    expect(entryBytes(entry)).toBeLessThanOrEqual(300);
  });

  it('tags promotional from the report\'s categories and a repeat from a copy-paste finding', () => {
    const entry = entryForSend(
      draft,
      {
        findings: [{ ruleId: 'copy-paste', messageId: 'repeat', message: 'x', severity: 'warning', range: [0, 1] }],
        breakdown: [{ ruleId: 'sales-pitch', category: 'promotional', severity: 'warning', count: 1, points: 25 }],
      },
      { at: AT },
    );
    expect(hasTag(entry, 'promotional')).toBe(true);
    expect(hasTag(entry, 'repeat')).toBe(true);
    expect(entry.tags).toBe('pmclr');
  });

  it('keeps the raw text only on opt-in, with its expiry', () => {
    const entry = entryForSend(draft, undefined, { at: AT, keepRawText: true, rawTextDays: 3 });
    expect(entry.text).toBe(draft.text);
    expect(entry.textUntil).toBe(AT + 3 * DAY);
  });
});
