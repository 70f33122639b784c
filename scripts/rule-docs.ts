/**
 * Renders each rule's doc (rules/<id>.md) into a static page of the extension,
 * docs/<id>.html, so the options page can link to it with no network and no script:
 * markdown-it with raw HTML off (it escapes whatever HTML a doc holds), at build time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Plugin } from 'vite';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Links between rule docs become links between pages; repo-relative links (articles) would be dead inside the extension, so only their text stays. */
function rewriteLinks(tokens: ReturnType<MarkdownIt['parse']>): void {
  for (const block of tokens) {
    const children = block.children ?? [];
    const open: boolean[] = [];
    for (const token of children) {
      if (token.type === 'link_open') {
        const href = token.attrGet('href') ?? '';
        const sibling = /^(?:\.\/)?([a-z0-9-]+)\.md(#.*)?$/.exec(href);
        if (sibling) token.attrSet('href', `${sibling[1]}.html${sibling[2] ?? ''}`);
        const keep = Boolean(sibling) || /^https?:\/\//.test(href);
        if (keep && !sibling) token.attrSet('rel', 'noreferrer');
        open.push(keep);
        if (!keep) Object.assign(token, { type: 'text', tag: '', content: '', nesting: 0 });
      } else if (token.type === 'link_close') {
        if (!open.pop()) Object.assign(token, { type: 'text', tag: '', content: '', nesting: 0 });
      }
    }
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderRuleDoc(id: string, source: string): string {
  const tokens = markdown.parse(source, {});
  rewriteLinks(tokens);
  const body = markdown.renderer.render(tokens, markdown.options, {});
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(id)} · Sociable rules</title>
    <link rel="stylesheet" href="doc.css" />
  </head>
  <body>
    <nav><a href="../src/options/index.html">← Sociable settings</a></nav>
    <main>
${body}    </main>
  </body>
</html>
`;
}

const DOC_CSS = `:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --code: #f6f8fa; --accent: #0f766e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --code: #151b23; --accent: #2dd4bf; } }
body { margin: 0; font: 15px/1.55 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
nav, main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; }
a { color: var(--accent); }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--accent); color: var(--muted); }
pre { background: var(--code); padding: .75rem 1rem; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; }
code { font: .9em ui-monospace, monospace; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--line); padding: .3rem .6rem; }
`;

/** Emits docs/<id>.html for every rules/*.md and docs/doc.css into the build. */
export function ruleDocsPlugin(rulesDir: string): Plugin {
  return {
    name: 'sociable:rule-docs',
    apply: 'build',
    buildStart() {
      this.addWatchFile(rulesDir);
    },
    generateBundle() {
      for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.md')).sort()) {
        const id = path.basename(file, '.md');
        const source = readFileSync(path.join(rulesDir, file), 'utf8');
        this.emitFile({ type: 'asset', fileName: `docs/${id}.html`, source: renderRuleDoc(id, source) });
      }
      this.emitFile({ type: 'asset', fileName: 'docs/doc.css', source: DOC_CSS });
    },
  };
}
