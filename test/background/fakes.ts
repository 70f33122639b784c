import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import type { KeyValueArea } from '../../src/shared/storage.js';

/** storage.local / storage.session as a Map, with the same copy-on-write semantics (values are cloned). */
export class MemoryArea implements KeyValueArea {
  readonly data = new Map<string, unknown>();
  writes = 0;

  constructor(initial: Record<string, unknown> = {}) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, structuredClone(v));
  }

  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.writes++;
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }

  snapshot(): Record<string, unknown> {
    return structuredClone(Object.fromEntries(this.data));
  }
}

/**
 * A rule with a real fix, for the apply-fix path (the registry's rules may have none):
 * flags "BUY NOW" and offers to lower-case it.
 */
export const shoutRule = defineRule({
  meta: {
    id: 'test-shout',
    category: 'gimmicks',
    severity: 'warning',
    title: 'Test shout',
    description: 'Flags BUY NOW.',
    why: 'Shouting pushes people away.',
    source: { article: 'none', quote: 'none' },
    messages: { shout: 'This shouts.', lower: 'Write it in lower case.' },
  },
  options: z.strictObject({ word: z.string().default('BUY NOW').describe('What counts as shouting') }),
  check({ draft, options }) {
    const at = draft.text.indexOf(options.word);
    if (at < 0) return [];
    const range = [at, at + options.word.length] as const;
    return [{ messageId: 'shout', range, suggestions: [{ messageId: 'lower', edits: [{ range, text: options.word.toLowerCase() }] }] }];
  },
});
