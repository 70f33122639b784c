/**
 * What the content script costs every page it is injected into, in bytes: the files the
 * BUILT manifest lists under content_scripts (js and css), plus whatever those files load
 * from the extension at run time (a bundler's loader stub imports its real chunks with
 * chrome.runtime.getURL or import statements), each file counted once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { z } from 'zod';

const builtManifestSchema = z.object({
  content_scripts: z
    .array(
      z.object({
        js: z.array(z.string()).optional(),
        css: z.array(z.string()).optional(),
      }),
    )
    .min(1, 'the built manifest lists no content script'),
});

/** Extension files a script pulls in when it runs: runtime URLs and static or dynamic imports. */
function referencedFiles(source: string): { fromRoot: string[]; relative: string[] } {
  const fromRoot = [...source.matchAll(/\.runtime\.getURL\(\s*["'`]([^"'`]+\.(?:js|css))["'`]\s*\)/g)].map((m) => m[1]!);
  const imports = [
    ...source.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g),
    ...source.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g),
  ].map((m) => m[1]!);
  return {
    fromRoot: [...fromRoot, ...imports.filter((path) => path.startsWith('/'))],
    relative: imports.filter((path) => path.startsWith('.')),
  };
}

/** Paths (relative to `distDir`) of every file the content scripts consist of. */
export function contentScriptFiles(distDir: string): string[] {
  const manifestPath = join(distDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension at ${distDir}: run \`npm run build\` first.`);
  const parsed = builtManifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) throw new Error(`${manifestPath}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'manifest'}: ${i.message}`).join('; ')}`);
  const listed = parsed.data.content_scripts.flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]);
  const seen = new Set<string>();
  const queue = listed.map((path) => normalize(path.replace(/^\//, '')));
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const absolute = join(distDir, path);
    if (!existsSync(absolute)) throw new Error(`the built manifest lists ${path}, which is not in ${distDir}`);
    seen.add(path);
    if (!path.endsWith('.js')) continue;
    const refs = referencedFiles(readFileSync(absolute, 'utf8'));
    const candidates = [...refs.fromRoot.map((p) => normalize(p.replace(/^\//, ''))), ...refs.relative.map((p) => normalize(join(dirname(path), p)))];
    for (const candidate of candidates) {
      // Only the extension's own files; anything resolving outside dist is not loaded from it.
      if (candidate.startsWith(`..${sep}`) || relative(distDir, join(distDir, candidate)).startsWith('..')) continue;
      if (existsSync(join(distDir, candidate))) queue.push(candidate);
    }
  }
  return [...seen];
}

/** Total size of the content script files, in KB (1 KB = 1024 bytes). */
export function contentScriptKb(distDir: string): { kb: number; files: string[] } {
  const files = contentScriptFiles(distDir);
  const bytes = files.reduce((sum, path) => sum + statSync(join(distDir, path)).size, 0);
  return { kb: bytes / 1024, files };
}
