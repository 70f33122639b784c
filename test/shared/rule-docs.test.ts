import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from '../../scripts/rule-docs.js';

describe('rule docs rendered into the extension', () => {
  // test/rules/meta.test.ts makes sure every registered rule has its doc.
  it('renders each rule doc with its title and the article quote', () => {
    const docs = readdirSync('rules').filter((f) => f.endsWith('.md'));
    expect(docs.length).toBeGreaterThan(0);
    for (const file of docs) {
      const id = file.replace(/\.md$/, '');
      const html = renderRuleDoc(id, readFileSync(`rules/${file}`, 'utf8'));
      expect(html).toContain(`<h1>${id}</h1>`);
      expect(html).toContain('<blockquote>');
      expect(html).not.toMatch(/<script/i);
    }
  });

  it('escapes HTML in a doc instead of rendering it', () => {
    const html = renderRuleDoc('x', '# x\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script>alert|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('links rule docs to each other and drops links that would be dead inside the extension', () => {
    const html = renderRuleDoc('x', 'See [bare-link](bare-link.md#options), [the article](../../shared/articles/004.txt) and [MDN](https://developer.mozilla.org/).');
    expect(html).toContain('<a href="bare-link.html#options">bare-link</a>');
    expect(html).toContain('the article');
    expect(html).not.toContain('shared/articles');
    expect(html).toContain('<a href="https://developer.mozilla.org/" rel="noreferrer">MDN</a>');
  });
});
