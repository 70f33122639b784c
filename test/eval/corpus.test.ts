import { describe, expect, it } from 'vitest';
import { CorpusError, parseCorpus } from '../../src/eval/corpus.js';
import { surfaceFromSource } from '../../src/eval/evaluate.js';

describe('parseCorpus', () => {
  it('reads rows, keeps extra keys and skips blank lines', () => {
    const rows = parseCorpus(
      '{"text":"hi","label":"genuine","source":"sms"}\n\n{"text":"Buy now","label":"promotional","surface":"comment"}\n',
    );
    expect(rows.map((r) => r.line)).toEqual([1, 3]);
    expect(rows[0]!.row).toEqual({ text: 'hi', label: 'genuine', source: 'sms' });
    expect(rows[1]!.row.surface).toBe('comment');
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    const rows = parseCorpus('\uFEFF{"text":"a","label":"genuine"}\r\n{"text":"b","label":"genuine"}\r\n');
    expect(rows.map((r) => r.row.text)).toEqual(['a', 'b']);
  });

  it.each([
    ['{"text":"a","label":"genuine"}\n{not json}\n', 2, /not valid JSON/],
    ['{"text":"a","label":"genuine"}\n{"text":"b","label":"spam"}\n', 2, /label/],
    ['{"label":"genuine"}', 1, /text/],
    ['{"text":"a","label":"genuine","surface":"tweet"}', 1, /surface/],
    ['["text","label"]', 1, /object/i],
  ])('names the line of a malformed row: %j', (source, line, reason) => {
    let error: unknown;
    try {
      parseCorpus(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).line).toBe(line);
    expect((error as CorpusError).message).toMatch(new RegExp(`^line ${line}: `));
    expect((error as CorpusError).message).toMatch(reason);
  });
});

describe('surfaceFromSource', () => {
  it('reads where a row was written from its source', () => {
    expect(surfaceFromSource('youtube-spam:youtube01')).toBe('comment');
    expect(surfaceFromSource('sms-spam')).toBe('message');
    expect(surfaceFromSource('yt-spam-2014:pewdiepie')).toBe('comment');
    expect(surfaceFromSource('goemotions-reddit')).toBe('comment');
    expect(surfaceFromSource('topicalchat')).toBe('message');
    expect(surfaceFromSource('btc-tweets:a')).toBeUndefined();
    expect(surfaceFromSource('sociable-drafts')).toBeUndefined();
    expect(surfaceFromSource(undefined)).toBeUndefined();
    expect(surfaceFromSource(42)).toBeUndefined();
  });
});
