import { describe, expect, it } from 'vitest';
import { historyFromPosts, parsePastPosts, PastPostsError, resolveTime } from '../../src/history/past-posts.js';

const NOW = Date.UTC(2026, 2, 1, 12);
const HOUR = 60 * 60 * 1000;

describe('parsePastPosts', () => {
  it('reads {text, platform?, surface?, at?} lines, skipping blank ones', () => {
    const posts = parsePastPosts(
      ['{"text": "first", "platform": "linkedin", "surface": "message", "at": "3 days ago"}', '', '{"text": "second", "extra": "ignored"}'].join('\n'),
      NOW,
    );
    expect(posts).toEqual([
      { text: 'first', at: NOW - 72 * HOUR, draft: { text: 'first', platform: 'linkedin', surface: 'message' } },
      { text: 'second', at: NOW - HOUR, draft: { text: 'second', platform: 'generic', surface: 'post' } },
    ]);
  });

  it.each([
    ['{"text": "ok"}\n{"text": ""}', /^history line 2: text: text is empty$/],
    ['{"text": "ok"}\n\n{"text": "x", "platform": "myspace"}', /^history line 3: platform: /],
    ['not json', /^history line 1: not JSON/],
    ['{"text": "x", "at": "someday"}', /^history line 1: "at" is not a time/],
  ])('names the bad line: %s', (source, error) => {
    expect(() => parsePastPosts(source, NOW)).toThrow(PastPostsError);
    expect(() => parsePastPosts(source, NOW)).toThrow(error);
  });
});

describe('resolveTime', () => {
  it.each([
    [undefined, NOW - HOUR],
    [12345, 12345],
    ['2026-02-28T12:00:00Z', NOW - 24 * HOUR],
    ['90m', NOW - 1.5 * HOUR],
    ['-2h', NOW - 2 * HOUR],
    ['1 week ago', NOW - 7 * 24 * HOUR],
    ['3 days ago', NOW - 3 * 24 * HOUR],
  ])('%s', (at, expected) => {
    expect(resolveTime(at, NOW)).toBe(expected);
  });
});

describe('historyFromPosts', () => {
  it('records each post in time order, tagged by the engine, and tags a repeat', () => {
    const pitch = 'Our spring sale ends Friday: 30% off every plan, just use the code SPRING at checkout.';
    const posts = parsePastPosts(
      [
        JSON.stringify({ text: `${pitch} https://example.com/sale`, at: '1 day ago' }),
        JSON.stringify({ text: 'Thanks so much for the kind words, Dana! What did you think of the last chapter?', surface: 'reply', at: '2 days ago' }),
        JSON.stringify({ text: `Hi all! ${pitch}`, at: '3 days ago' }),
      ].join('\n'),
      NOW,
    );
    const search = historyFromPosts(posts);
    const entries = search.store.entries;
    expect(entries.map((e) => (NOW - e.at) / HOUR)).toEqual([72, 48, 24]);
    expect(entries[1]?.tags).toContain('c');
    expect(entries[2]?.tags).toContain('l');
    expect(entries[2]?.tags).toContain('r');
    expect(entries[0]?.tags).not.toContain('r');
  });
});
