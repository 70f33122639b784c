import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realisticDraft } from '../../bench/drafts.js';
import { rules } from '../../rules/index.js';
import { analyse } from '../../src/engine/analysis/analyse.js';
import { findAll } from '../../src/engine/analysis/entities.js';
import { mayMatch, preparePhraseAnchors, textKeys } from '../../src/engine/anchor-index.js';
import { clearEngineCaches } from '../../src/engine/caches.js';
import { lint } from '../../src/engine/lint.js';
import { anchorsOf, DIGITS } from '../../src/engine/phrase-anchors.js';
import { compilePhrases, loadLexicon, phraseLowerForm } from '../../src/engine/phrases.js';
import { REPO_ROOT } from '../e2e/browser.js';

const LEXICONS = join(REPO_ROOT, 'rules/lexicons');
const CORPORA = join(REPO_ROOT, '../shared/corpora');

/** Every phrase list of the rules, in the lower-case form matchPhrases runs. */
function lowerLists(): [string, RegExp][] {
  return readdirSync(LEXICONS)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) =>
      Object.entries(loadLexicon(f, JSON.parse(readFileSync(join(LEXICONS, f), 'utf8'))).groups).map(([group, regex]): [string, RegExp] => [
        `${f}/${group}`,
        phraseLowerForm(regex)!,
      ]),
    );
}

const anchorsOfPhrase = (phrase: string) => anchorsOf(phraseLowerForm(compilePhrases([phrase]))!);

/** Whether the regex matches the (lower-case) text at all, as matchPhrases would scan it. */
function matches(regex: RegExp, text: string): boolean {
  return findAll(regex, text).length > 0;
}

describe('phrase anchors: what every match of a list must contain', () => {
  it('names whole words, pairs of words, starts of words and characters', () => {
    expect(anchorsOfPhrase(String.raw`calling\s+all\s+[\p{L}-]+`)?.words).toEqual(new Set(['calling all']));
    expect(anchorsOfPhrase('videos?')?.words).toEqual(new Set(['video', 'videos']));
    // "enrol" may go on ("enroll"): only its start is certain.
    expect(anchorsOfPhrase('enrol+')?.prefixes).toEqual(new Set(['enr']));
    // "10x", "2x": digits as one mark, the letters as written.
    expect(anchorsOfPhrase(String.raw`\d+x\s+(?:faster|more|better)`)?.words).toContain(`${DIGITS}x faster`);
    expect(anchorsOfPhrase(String.raw`@\s?[\p{L}\p{N}_.]{3,}`)?.chars).toEqual(new Set(['@']));
    // `\bat\b` right before "gmail" cannot match, so "atgmail" needs no anchor of its own.
    const email = anchorsOfPhrase(String.raw`[\w.+-]{3,}\s*(?:@|\bat\b)\s*(?:gmail|yahoo)`);
    expect([...(email?.words ?? [])].sort()).toEqual(['at gmail', 'at yahoo', 'gmail', 'yahoo']);
  });

  it('names nothing when no word or character is certain, and nothing for a regex with the i flag', () => {
    expect(anchorsOfPhrase('hi+')).toBeUndefined();
    expect(anchorsOfPhrase(String.raw`x{2,}`)).toBeUndefined();
    expect(anchorsOf(/free/giu)).toBeUndefined();
    // One phrase without anchors leaves the whole list without them.
    expect(anchorsOf(phraseLowerForm(compilePhrases(['free', 'hi+']))!)).toBeUndefined();
  });

  it('gives anchors to the big lists of the pitch rules', () => {
    const lists = new Map(lowerLists());
    for (const name of ['sales-pitch.json/offer', 'sales-pitch.json/callToAction', 'sales-pitch.json/selfPromo', 'sales-pitch.json/testimonial', 'recruiting-pitch.json/income']) {
      expect(anchorsOf(lists.get(name)!), name).toBeDefined();
    }
  });

  it('keys a sentence by its words, pairs, starts of words, digit shapes and characters', () => {
    const keys = new Set(textKeys('get 10x more, now! £5'));
    for (const key of ['get', '10x', `${DIGITS}x`, '10x more', `${DIGITS}x more`, 'get 10x', '\u0001mor', '\u0002!', '\u0002£', '\u00025', `${DIGITS}`]) expect(keys, JSON.stringify(key)).toContain(key);
    expect(keys).not.toContain('\u0002 ');
    expect(textKeys('𝐟𝐫𝐞𝐞 ⓕⓡⓔⓔ')).toContain('𝐟𝐫𝐞𝐞');
  });

  it('never skips a sentence a list matches: every list, on random text of its own words', () => {
    const lists = lowerLists();
    const vocabulary = [...new Set(lists.flatMap(([, regex]) => [...(anchorsOf(regex)?.words ?? [])]).flatMap((w) => w.split(' ')))].filter((w) => !w.includes(DIGITS));
    const piece = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(' ', ', ', '. ', '!', '-', "'", '@', '$', '%', '#'), fc.integer({ min: 0, max: 999 }).map(String), fc.string({ maxLength: 4 }));
    for (const [, regex] of lists) mayMatch(regex, { text: '' });
    preparePhraseAnchors();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join(' ').toLowerCase();
        const indexed = { text };
        for (const [name, regex] of lists) if (matches(regex, text) && !mayMatch(regex, indexed)) throw new Error(`${name} skipped ${JSON.stringify(text)}`);
      }),
      { numRuns: 400 },
    );
  });

  // The exhaustive check: each sentence, scanned for every regex the rules match phrase by
  // phrase, before and after the anchors are read; not one report may change.
  const texts = [
    ...readFileSync(join(REPO_ROOT, 'test/accuracy/drafts.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
    ...Array.from({ length: 6 }, (_, k) => realisticDraft(3000, 77 + k)),
    ...(existsSync(CORPORA)
      ? ['youtube-spam-dev.jsonl', 'sms-spam-dev.jsonl', 'pool/linkedin-influencers-unlabelled.jsonl', 'pool/janitr-x.jsonl', 'pool/goemotions-reddit.jsonl']
          .flatMap((f) => readFileSync(join(CORPORA, f), 'utf8').split('\n').filter(Boolean).slice(0, 250))
          .map((l) => (JSON.parse(l) as { text: string }).text)
      : []),
  ];

  it(`lints ${texts.length} real and written drafts the same with the anchors read as without`, () => {
    const reportOf = (text: string) => {
      const result = lint({ text, platform: 'linkedin', surface: 'post' });
      return JSON.stringify([result.score, result.findings, result.verdict?.probability]);
    };
    clearEngineCaches();
    const before = texts.map(reportOf);
    expect(preparePhraseAnchors()).toBe(true);
    clearEngineCaches();
    const after = texts.map(reportOf);
    expect(after).toEqual(before);
    expect(rules.length).toBeGreaterThan(10);
  });

  it('skips most (list, sentence) pairs of everyday text once the anchors are read', () => {
    const lists = lowerLists();
    const sentences = analyse(realisticDraft(3000, 5)).sentences.map((s) => ({ text: s.text.toLowerCase() }));
    for (const [, regex] of lists) mayMatch(regex, sentences[0]!);
    preparePhraseAnchors();
    const skipped = sentences.flatMap((sentence) => lists.filter(([, regex]) => !mayMatch(regex, sentence))).length;
    expect(skipped / (sentences.length * lists.length)).toBeGreaterThan(0.6);
  });
});
