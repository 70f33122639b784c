import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering in DESIGN.md section 3, checked on the source so it stays true.
const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const source = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) found.push({ specifier: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: m[1]!, typeOnly: false });
  return found;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
}

const rel = (p: string) => relative(root, p);
const pure = [...sourceFiles(join(root, 'src', 'engine')), ...sourceFiles(join(root, 'src', 'history')), ...sourceFiles(join(root, 'rules'))];

describe('architecture', () => {
  it('the engine, history and rules never reach a browser API or the extension layers', () => {
    const offences: string[] = [];
    for (const file of pure) {
      for (const { specifier } of importsOf(file)) {
        const target = resolveLocal(file, specifier);
        if (specifier === 'webextension-polyfill' || (target && /src[\\/](background|content|popup|options|shared)[\\/]/.test(rel(target))))
          offences.push(`${rel(file)} imports ${specifier}`);
      }
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      if (/\b(chrome|browser|window|navigator|localStorage)\.\w/.test(code)) offences.push(`${rel(file)} uses a browser global`);
    }
    expect(offences).toEqual([]);
  });

  it('the content script loads no engine, zod or compromise at run time (only types)', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(join(root, 'src', 'content'))) {
      for (const { specifier, typeOnly } of importsOf(file)) {
        if (typeOnly) continue;
        const target = resolveLocal(file, specifier);
        if (['zod', 'compromise', 'compromise/two', 'twitter-text'].includes(specifier) || (target && /src[\\/](engine|history|background)[\\/]|rules[\\/]/.test(rel(target))))
          offences.push(`${rel(file)} imports ${specifier}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('nothing in src/ writes HTML from strings', () => {
    const offences = sourceFiles(join(root, 'src'))
      .filter((file) => /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML\(|document\.write\(/.test(readFileSync(file, 'utf8')))
      .map(rel);
    expect(offences).toEqual([]);
  });

  it('has no import cycles', () => {
    const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'rules'))];
    const edges = new Map(files.map((f) => [f, importsOf(f).flatMap(({ specifier }) => resolveLocal(f, specifier) ?? [])]));
    // The parser must really see the graph, or "no cycles" would prove nothing.
    expect([...edges.values()].reduce((n, e) => n + e.length, 0)).toBeGreaterThan(100);
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(rel).join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
