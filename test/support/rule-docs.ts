import { readFileSync } from 'node:fs';
import { PLATFORMS, SURFACES, type Draft, type Platform, type Surface } from '../../src/engine/types.js';

export interface DocExample {
  kind: 'fails' | 'passes';
  draft: Draft;
  /** Past posts (JSONL, see src/history/past-posts.ts) from a ```history block just before the example. */
  history?: string;
}

/**
 * Examples in a rule doc are fenced `text` blocks under "### Fails" or "### Passes".
 * The info string may set the draft: ```text platform=linkedin surface=message to=Sam
 * A ```history block of JSONL past posts just before an example is that example's history.
 */
export function docExamples(path: string): DocExample[] {
  const source = readFileSync(path, 'utf8');
  const examples: DocExample[] = [];
  let kind: DocExample['kind'] | undefined;
  const fence = /^(#{2,3} .*)$|^```text([^\n]*)\n([\s\S]*?)\n```$|^```history[^\n]*\n([\s\S]*?)\n```$/gm;
  let history: string | undefined;
  for (let m = fence.exec(source); m; m = fence.exec(source)) {
    if (m[4] !== undefined) {
      history = m[4];
      continue;
    }
    if (m[1]) {
      history = undefined;
      const heading = m[1].toLowerCase();
      kind = heading.startsWith('### fail') ? 'fails' : heading.startsWith('### pass') ? 'passes' : undefined;
      continue;
    }
    if (!kind) continue;
    const attrs = Object.fromEntries((m[2] ?? '').trim().split(/\s+/).filter(Boolean).map((kv) => kv.split('=') as [string, string]));
    const platform = (PLATFORMS as readonly string[]).includes(attrs.platform ?? '') ? (attrs.platform as Platform) : 'generic';
    const surface = (SURFACES as readonly string[]).includes(attrs.surface ?? '') ? (attrs.surface as Surface) : 'post';
    examples.push({
      kind,
      draft: { text: m[3] ?? '', platform, surface, ...(attrs.to ? { recipient: attrs.to.replace(/_/g, ' ') } : {}) },
      ...(history !== undefined ? { history } : {}),
    });
    history = undefined;
  }
  return examples;
}
