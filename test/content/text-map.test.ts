import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceSegmentText, type TextMap } from '../../src/content/text-map.js';

/**
 * The keystroke path of the content script: one text node's data changed, and the map is
 * updated from that node alone. It must give the map a full read would give.
 */

/** Stand-ins for DOM text nodes: the function under test only keeps them, never reads them. */
const fakeNode = (id: number) => ({ id }) as unknown as Text;

/** A map built the way readText lays it out: node texts in order, some with a synthetic "\n" before them. */
function build(pieces: readonly { text: string; breakBefore: boolean }[]): TextMap {
  let text = '';
  const segments: TextMap['segments'] = [];
  pieces.forEach((piece, i) => {
    if (piece.breakBefore && text !== '') text += '\n';
    segments.push({ node: fakeNode(i), start: text.length, end: text.length + piece.text.length });
    text += piece.text;
  });
  return { text, segments };
}

const piece = fc.record({ text: fc.string({ minLength: 1, maxLength: 12 }), breakBefore: fc.boolean() });

describe('replaceSegmentText', () => {
  it('gives the map a full read would give, and the change that turns the old text into the new', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.nat(), fc.string({ minLength: 1, maxLength: 14 }), (pieces, pick, data) => {
        const index = pick % pieces.length;
        const map = build(pieces);
        const nodes = map.segments.map((s) => s.node);
        const before = map.text;
        const change = replaceSegmentText(map, index, data);
        const expected = build(pieces.map((p, i) => (i === index ? { ...p, text: data } : p)));
        expect(map.text).toBe(expected.text);
        expect(map.segments.map(({ start, end }) => [start, end])).toEqual(expected.segments.map(({ start, end }) => [start, end]));
        expect(map.segments.map((s) => s.node)).toEqual(nodes);
        if (pieces[index]!.text === data) {
          expect(change).toBeNull();
        } else {
          expect(change).not.toBeNull();
          const { start, oldEnd, newEnd } = change!;
          expect(before.slice(0, start) + map.text.slice(start, newEnd) + before.slice(oldEnd)).toBe(map.text);
          // The edit stays inside the node that changed.
          expect(start).toBeGreaterThanOrEqual(map.segments[index]!.start);
          expect(newEnd).toBeLessThanOrEqual(map.segments[index]!.end);
        }
      }),
    );
  });

  it('places a typed character in its own node, where a diff of the whole text could slide it into the next', () => {
    // "aa" | "a": an "a" typed at the end of the first node. A whole-text diff would put the
    // insertion at the very end, i.e. in the second node, and a mark on that node would drift.
    const map = build([
      { text: 'aa', breakBefore: false },
      { text: 'a', breakBefore: false },
    ]);
    expect(replaceSegmentText(map, 0, 'aaa')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(map.segments.map(({ start, end }) => [start, end])).toEqual([
      [0, 3],
      [3, 4],
    ]);
  });

  it('refuses an empty node (a full read decides what an empty node means)', () => {
    const map = build([{ text: 'hi', breakBefore: false }]);
    expect(() => replaceSegmentText(map, 0, '')).toThrow(/non-empty/);
    expect(map.text).toBe('hi');
  });
});
