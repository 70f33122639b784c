import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { CATEGORIES, SEVERITIES } from '../../src/engine/types.js';
import { docHistory } from '../support/history-docs.js';
import { docExamples } from '../support/rule-docs.js';

const root = join(import.meta.dirname, '..', '..');
const ruleFiles = readdirSync(join(root, 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => basename(f, '.ts'));

describe('every rule has its module, doc, test and registry entry', () => {
  it('the registry lists every rule module, once', () => {
    expect([...rules.map((r) => r.meta.id)].sort()).toEqual([...ruleFiles].sort());
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    describe(id, () => {
      it('has a doc, a test and complete metadata', () => {
        expect(existsSync(join(root, 'rules', `${id}.md`)), `rules/${id}.md`).toBe(true);
        expect(existsSync(join(root, 'test', 'rules', `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
        expect(CATEGORIES).toContain(rule.meta.category);
        expect(SEVERITIES).toContain(rule.meta.severity);
        expect(rule.meta.title.length).toBeGreaterThan(0);
        expect(rule.meta.why.length).toBeGreaterThan(0);
        expect(existsSync(join(root, '..', 'shared', 'articles', rule.meta.source.article)) || rule.meta.source.article.length > 0).toBe(true);
      });

      it('quotes its article in the doc, and the quote is really in the article', () => {
        const doc = readFileSync(join(root, 'rules', `${id}.md`), 'utf8');
        expect(doc.startsWith(`# ${id}`)).toBe(true);
        expect(doc).toContain(rule.meta.source.article);
        const article = join(root, '..', 'shared', 'articles', rule.meta.source.article);
        if (existsSync(article)) {
          const squash = (s: string) => s.replace(/[\u2018\u2019\u201c\u201d"']/g, '').replace(/\s+/g, ' ').toLowerCase();
          expect(squash(readFileSync(article, 'utf8'))).toContain(squash(rule.meta.source.quote));
        }
      });

      const examples = existsSync(join(root, 'rules', `${id}.md`)) ? docExamples(join(root, 'rules', `${id}.md`)) : [];
      it('the doc has failing and passing examples', () => {
        expect(examples.some((e) => e.kind === 'fails')).toBe(true);
        expect(examples.some((e) => e.kind === 'passes')).toBe(true);
      });
      examples.forEach((example, i) => {
        it(`doc example ${i} ${example.kind}`, () => {
          const history = example.history !== undefined ? { history: docHistory(example.history) } : {};
          const report = lint(example.draft, { rules: [rule], settings: { rules: { [id]: { enabled: true } } }, ...history });
          const own = report.findings.filter((f) => f.ruleId === id);
          if (example.kind === 'fails') expect(own.length, example.draft.text).toBeGreaterThan(0);
          else expect(own, example.draft.text).toEqual([]);
        });
      });
    });
  }
});
