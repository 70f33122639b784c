import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestCase } from '../../src/engine/rule-tester.js';

/**
 * The genuine reader comments quoted at the end of articles 002 and 004, read from the
 * articles themselves so the tests always judge the published words. The product must
 * not warn on any of them (issue 2: they score at least 80, with no warning).
 */
export interface ArticleComment {
  name: string;
  text: string;
  /** Who the comment answers. */
  to: string;
}

const articles = join(import.meta.dirname, '..', '..', '..', 'shared', 'articles');

function read(file: string): string {
  return readFileSync(join(articles, file), 'utf8').replace(/\r\n/g, '\n');
}

function between(text: string, start: string, end?: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`article text changed: "${start}" not found`);
  const to = end === undefined ? text.length : text.indexOf(end, from);
  if (to < 0) throw new Error(`article text changed: "${end}" not found`);
  return text.slice(from, to);
}

/** The numbered responses are indented; take the indentation off as a reader's paste would. */
function dedent(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:\d+\.\s+)?/, ''))
    .join('\n')
    .trim();
}

export function articleComments(): ArticleComment[] {
  const a002 = read('002_0caf8cfc3144613d.txt');
  const a004 = read('004_4271e1fef3cfc11c.txt');
  return [
    { name: 'Marc LeVine on article 002', text: between(a002, 'Scott:\nGreat article.', '\nScot Duke says').trim(), to: 'Scott' },
    { name: 'Scot Duke on article 002', text: between(a002, 'Thanks Marci,').trim(), to: 'Marc LeVine' },
    { name: 'response 1 on article 004', text: dedent(between(a004, '1. Great site, Brian.', '  2. Thanks, Ray.')), to: 'Brian' },
    { name: 'response 2 on article 004', text: dedent(between(a004, '2. Thanks, Ray.')), to: 'Ray' },
  ];
}

/** Each comment as a post, as a comment to the person it answers, and as a message to them. */
export function articleCommentCases(): TestCase[] {
  return articleComments().flatMap((c) => [
    { name: `${c.name}, as a post`, text: c.text },
    { name: `${c.name}, as a comment to ${c.to}`, text: c.text, surface: 'comment' as const, recipient: c.to },
    { name: `${c.name}, as a message to ${c.to}`, text: c.text, platform: 'linkedin' as const, surface: 'message' as const, recipient: c.to },
  ]);
}
