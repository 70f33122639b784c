/**
 * Whether a regular expression can read across the white space between two segments.
 *
 * Matching a regex segment by segment (so a re-lint matches only the segment that
 * changed) finds exactly what matching the whole text finds, unless some attempt reads
 * across a gap between segments: a match, a lookahead or a lookbehind that takes in a
 * character of the gap ("sign\nup", "Text WIN to No. 80086", "we are\nfree" under
 * `(?<!are\s)free`). Such a gap has to stay inside one block of text.
 *
 * The regex is parsed into its atoms (a character, a class, an escape such as `\s`),
 * and a Glushkov automaton gives which atom can read right after which. Lookarounds
 * are read as optional groups in place, which allows every pair of neighbouring reads
 * they allow and some they do not (safe: it can only ask for more merging). Every read
 * that crosses a gap either starts inside it or reads the segment's last character
 * and then the gap's first: the first is ruled out for the whole regex (no atom that
 * can start a read matches white space), and the second is decided per gap by walking
 * the automaton backwards from the gap over the end of the segment (counted
 * repetition is spelled out, so "[^\n]{1,60}" stops). Anything the parser does not
 * model (backreferences, the `v` flag, a regex without `u`) gets no analysis, and the
 * caller matches the whole text.
 */

/** The characters a segment gap can hold: what segments.ts trims, and line breaks. */
export const GAP_CHARACTERS: readonly string[] = ['\t', '\n', '\u000b', '\f', '\r', ' ', '\u00a0', '\u3000', '\u2028', '\u2029'];
const GAP_INDEX = new Map(GAP_CHARACTERS.map((ch, i) => [ch.charCodeAt(0), i]));

type Node =
  | { kind: 'atom'; id: number }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number; lookbehind?: true }
  | { kind: 'empty' };

class Unsupported extends Error {}

const EMPTY: Node = { kind: 'empty' };

/** What `^` and `$` are taken to read: any character a gap can hold. */
const ANCHOR = '[\\t\\n\\v\\f\\r \\u00a0\\u3000\\u2028\\u2029]';

// Atoms a counted repetition may be spelled out into; a longer one is read as unbounded.
const MAX_UNROLLED = 256;

const BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;
const GROUP_NAME = /\(\?<[^>]+>/y;
// What follows the letter of an escape that takes more: \p{L}, \u{1F600}, \u00e9, \x41, \cJ.
const ESCAPE_TAILS: Readonly<Record<string, RegExp>> = {
  p: /\{[^}]*\}/y,
  P: /\{[^}]*\}/y,
  u: /\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4}/y,
  x: /[0-9a-fA-F]{2}/y,
  c: /[A-Za-z]/y,
};

/** A recursive-descent reader of the regex syntax the lexicons use. */
class Parser {
  private at = 0;
  /** Source of each atom, by id. */
  readonly atoms: string[] = [];
  constructor(private readonly source: string) {}

  parse(): Node {
    const root = this.alternation();
    if (this.at !== this.source.length) throw new Unsupported(`unexpected ${this.source[this.at]}`);
    return root;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private atom(source: string): Node {
    this.atoms.push(source);
    return { kind: 'atom', id: this.atoms.length - 1 };
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) items.push(this.quantified());
    return { kind: 'seq', items };
  }

  private quantified(): Node {
    const from = this.at;
    const atomsBefore = this.atoms.length;
    const node = this.term();
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = this.sticky(BRACES);
      if (!m) throw new Unsupported('bad quantifier');
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.at += m[0].length - 1;
    } else return node;
    this.at++;
    if (this.peek() === '?') this.at++;
    if (max <= 1) return min === 1 ? node : { kind: 'repeat', item: node, min, max };
    if (max === Infinity || (this.atoms.length - atomsBefore) * max > MAX_UNROLLED) return { kind: 'repeat', item: node, min, max };
    // A counted repetition is spelled out (x{1,3}: x, then x or nothing twice), so a
    // read knows where it has to stop: "[^\n]{1,60}" does not run on forever.
    const after = this.at;
    const copies: Node[] = [node];
    for (let k = 1; k < max; k++) {
      this.at = from;
      copies.push(this.term());
    }
    this.at = after;
    return { kind: 'seq', items: copies.map((copy, k): Node => (k < min ? copy : { kind: 'repeat', item: copy, min: 0, max: 1 })) };
  }

  private term(): Node {
    const c = this.peek()!;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      // Where a block ends before the text does, `$` holds in the block and not in the
      // text: it looks at the gap's first character as surely as a read of it would
      // (and `^` at the character before the block). So each is an atom that reads the
      // characters a gap holds, and the gaps it could see keep their blocks together.
      this.at++;
      return this.atom(ANCHOR);
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported('quantifier without an atom');
    if (c === '.') {
      this.at++;
      return this.atom('.');
    }
    const code = this.source.charCodeAt(this.at);
    const literal = code >= 0xd800 && code <= 0xdbff ? String.fromCodePoint(this.source.codePointAt(this.at)!) : c;
    this.at += literal.length;
    return this.atom(literal);
  }

  private opens(prefix: string): boolean {
    return this.source.startsWith(prefix, this.at);
  }

  /** A match of a sticky regex at the current position, without copying the rest of the source. */
  private sticky(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.at;
    return pattern.exec(this.source);
  }

  private group(): Node {
    let kind: 'plain' | 'lookahead' | 'lookbehind';
    if (this.opens('(?:')) [kind, this.at] = ['plain', this.at + 3];
    else if (this.opens('(?=') || this.opens('(?!')) [kind, this.at] = ['lookahead', this.at + 3];
    else if (this.opens('(?<=') || this.opens('(?<!')) [kind, this.at] = ['lookbehind', this.at + 4];
    else if (this.opens('(?<')) {
      const name = this.sticky(GROUP_NAME);
      if (!name) throw new Unsupported('bad group name');
      [kind, this.at] = ['plain', this.at + name[0].length];
    } else if (this.opens('(?')) throw new Unsupported('group modifier');
    else [kind, this.at] = ['plain', this.at + 1];
    const body = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.at++;
    if (kind === 'plain') return body;
    // A lookaround reads next to the reads around it; as an optional group it allows
    // every such neighbourhood (and a few more, which only costs merging).
    return kind === 'lookbehind' ? { kind: 'repeat', item: body, min: 0, max: 1, lookbehind: true } : { kind: 'repeat', item: body, min: 0, max: 1 };
  }

  private characterClass(): Node {
    const start = this.at;
    this.at++;
    if (this.peek() === '^') this.at++;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new Unsupported('unclosed class');
      if (c === '\\') this.at += 2;
      else if (c === ']') break;
      else this.at++;
    }
    this.at++;
    return this.atom(this.source.slice(start, this.at));
  }

  private escape(): Node {
    const start = this.at;
    const e = this.source[this.at + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    this.at += 2;
    if (e === 'b' || e === 'B') return EMPTY;
    if ((e >= '1' && e <= '9') || e === 'k') throw new Unsupported('backreference');
    const tailPattern = ESCAPE_TAILS[e];
    const tail = tailPattern ? this.sticky(tailPattern) : null;
    if (tail) this.at += tail[0].length;
    return this.atom(this.source.slice(start, this.at));
  }
}

interface Info {
  nullable: boolean;
  // Each atom stands at one place in the tree, so the first (or last) atoms of two
  // different parts never share one: joining them needs no de-duplication.
  first: number[];
  last: number[];
}

const NOTHING: readonly number[] = [];

function join(a: number[], b: number[]): number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return a.concat(b);
}

/**
 * First, last and nullable of a node. Adds to `before` which atom may read right
 * before which, and to `starts` the first atoms of lookbehinds: a lookbehind's read
 * ends where it stands, so it may start anywhere before.
 */
function glushkov(node: Node, before: number[][], starts: Set<number>): Info {
  switch (node.kind) {
    case 'atom':
      return { nullable: false, first: [node.id], last: [node.id] };
    case 'empty':
      return { nullable: true, first: NOTHING as number[], last: NOTHING as number[] };
    case 'alt': {
      let nullable = false;
      const first: number[] = [];
      const last: number[] = [];
      for (const option of node.options) {
        const info = glushkov(option, before, starts);
        nullable ||= info.nullable;
        for (const a of info.first) first.push(a);
        for (const a of info.last) last.push(a);
      }
      return { nullable, first, last };
    }
    case 'seq': {
      let nullable = true;
      const first: number[] = [];
      let last: number[] = [];
      for (const item of node.items) {
        // Most items are single characters: no Info to build for them.
        if (item.kind === 'atom') {
          const list = before[item.id]!;
          for (const a of last) list.push(a);
          if (nullable) first.push(item.id);
          last = [item.id];
          nullable = false;
          continue;
        }
        const info = glushkov(item, before, starts);
        link(last, info.first, before);
        if (nullable) for (const a of info.first) first.push(a);
        last = info.nullable ? join(last, info.last) : info.last;
        nullable &&= info.nullable;
      }
      return { nullable, first, last };
    }
    case 'repeat': {
      const info = glushkov(node.item, before, starts);
      if (node.max > 1) link(info.last, info.first, before);
      if (node.lookbehind) for (const a of info.first) starts.add(a);
      return { nullable: node.min === 0 || info.nullable, first: info.first, last: info.last };
    }
  }
}

function link(from: readonly number[], to: readonly number[], before: number[][]): void {
  for (const b of to) {
    const list = before[b]!;
    for (const a of from) list.push(a);
  }
}

// A read that is still alive this many characters back from a gap is taken to cross it.
const MAX_WALK = 80;

/** `crosses` answers: whether a read crosses, and whether saying so took text before `from`. */
export const CROSSES = 1;
export const READ_BEFORE = 2;

/** Atoms a read may be in while the walk goes back from a gap. */
interface WalkState {
  atoms: Set<number>;
  /** Some atom is alive. */
  live: boolean;
  /** Some atom can start a read. */
  start: boolean;
  next: Map<string, WalkState>;
}

const DEAD: WalkState = { atoms: new Set(), live: false, start: false, next: new Map() };

// Bounds on the walk states kept, and the steps kept from each: a pathological regex
// is then walked without memory, not with unbounded memory.
const MAX_STATES = 4096;

/** Whether an atom reads a character. */
type Tester = (ch: string) => boolean;

// Atom testers by flags and source: the lexicons share most atoms (letters, `\s`).
const testers = new Map<string, Tester>();

const ASCII_LETTER = /^[A-Za-z]$/;

function isAscii(ch: string): boolean {
  return ch.length === 1 && ch.charCodeAt(0) < 0x80;
}

function testerOf(source: string, flags: string): Tester {
  const key = `${flags}/${source}`;
  let tester = testers.get(key);
  if (!tester) {
    let regex: RegExp | undefined;
    const test = (ch: string) => (regex ??= new RegExp(`^(?:${source})$`, flags)).test(ch);
    // Compiling a case-insensitive regex per letter is the slow part of the analysis.
    // Between two ASCII characters, case-insensitive means the same lower case (the
    // other characters that fold to an ASCII letter, K and ſ, are not ASCII).
    if (ASCII_LETTER.test(source)) {
      const lower = source.toLowerCase();
      const fold = flags.includes('i');
      tester = (ch) => (isAscii(ch) ? (fold ? ch.toLowerCase() === lower : ch === source) : test(ch));
    } else tester = test;
    testers.set(key, tester);
  }
  return tester;
}

export class RegexReach {
  private readonly testers: Tester[];
  /** Which of `testers` each atom has. */
  private readonly sourceOf: Int32Array;
  /** The atoms that may read right before atom `b`: beforeList[beforeStart[b] .. beforeStart[b + 1]). */
  private readonly beforeStart: Int32Array;
  private readonly beforeList: Int32Array;
  private readonly starts: Uint8Array;
  /** For each character, which of `testers` read it. */
  private readonly readers = new Map<string, Uint8Array>();
  /** The walk's state after a segment's last character and its gap's first, by pairKey. */
  private readonly pairs = new Map<number, WalkState>();
  /** Walk states by their atoms, so that each step from a state is worked out once. */
  private readonly states = new Map<string, WalkState>();

  private constructor(atoms: readonly string[], before: readonly number[][], starts: Iterable<number>, flags: string) {
    const distinct = new Map<string, number>();
    this.sourceOf = new Int32Array(atoms.length);
    atoms.forEach((source, atom) => {
      let id = distinct.get(source);
      if (id === undefined) distinct.set(source, (id = distinct.size));
      this.sourceOf[atom] = id;
    });
    this.testers = [...distinct.keys()].map((source) => testerOf(source, flags));
    this.beforeStart = new Int32Array(atoms.length + 1);
    let edges = 0;
    before.forEach((list, b) => {
      this.beforeStart[b] = edges;
      edges += list.length;
    });
    this.beforeStart[atoms.length] = edges;
    this.beforeList = new Int32Array(edges);
    before.forEach((list, b) => this.beforeList.set(list, this.beforeStart[b]!));
    this.starts = new Uint8Array(atoms.length);
    for (const s of starts) this.starts[s] = 1;
  }

  /** The analysis of a regex, or undefined when a read may start inside a gap or the syntax is not modelled. */
  static of(regex: RegExp): RegexReach | undefined {
    // Without `u`, `\u{...}` and `\p{...}` mean other things and a surrogate pair is two
    // reads; with `v`, classes nest. Neither is modelled.
    if (!regex.flags.includes('u') || regex.flags.includes('v')) return undefined;
    const parser = new Parser(regex.source);
    let root: Node;
    try {
      root = parser.parse();
    } catch (error) {
      if (error instanceof Unsupported) return undefined;
      throw error;
    }
    const before = parser.atoms.map((): number[] => []);
    const starts = new Set<number>();
    for (const a of glushkov(root, before, starts).first) starts.add(a);
    const reach = new RegexReach(parser.atoms, before, starts, regex.flags.replace(/[gyd]/g, ''));
    for (const ch of GAP_CHARACTERS) {
      const reads = reach.readersOf(ch);
      for (const a of starts) if (reads[reach.sourceOf[a]!]) return undefined;
    }
    return reach;
  }

  private readersOf(ch: string): Uint8Array {
    let reads = this.readers.get(ch);
    if (!reads) this.readers.set(ch, (reads = Uint8Array.from(this.testers, (test) => (test(ch) ? 1 : 0))));
    return reads;
  }

  /** The state of the atoms in `atoms` (interned while there are not too many). */
  private stateOf(atoms: Set<number>): WalkState {
    if (atoms.size === 0) return DEAD;
    const key = [...atoms].sort((a, b) => a - b).join(',');
    let state = this.states.get(key);
    if (!state) {
      state = { atoms, live: true, start: this.hasStart(atoms), next: new Map() };
      if (this.states.size < MAX_STATES) this.states.set(key, state);
    }
    return state;
  }

  /** The state after reading `ch` before the characters `state` stands for. */
  private advance(state: WalkState, ch: string): WalkState {
    let next = state.next.get(ch);
    if (!next) {
      next = this.stateOf(this.step(ch, state.atoms));
      if (state.next.size < MAX_STATES) state.next.set(ch, next);
    }
    return next;
  }

  /** Atoms reading `ch` that may read right before some atom in `after`. */
  private step(ch: string, after: Iterable<number>): Set<number> {
    const reads = this.readersOf(ch);
    const next = new Set<number>();
    for (const b of after) {
      for (let k = this.beforeStart[b]!, stop = this.beforeStart[b + 1]!; k < stop; k++) {
        const a = this.beforeList[k]!;
        if (reads[this.sourceOf[a]!]) next.add(a);
      }
    }
    return next;
  }

  /** Every atom that reads `ch`. */
  private allReading(ch: string): number[] {
    const reads = this.readersOf(ch);
    const atoms: number[] = [];
    for (let a = 0; a < this.sourceOf.length; a++) if (reads[this.sourceOf[a]!]) atoms.push(a);
    return atoms;
  }

  private hasStart(atoms: ReadonlySet<number>): boolean {
    for (const a of atoms) if (this.starts[a]) return true;
    return false;
  }

  /**
   * Whether some read can take in the text just before `to` and then `text[to]`, the
   * first character of the gap there: what has to hold for a read to cross the gap.
   * Returns CROSSES or 0, plus READ_BEFORE when the answer depended on text before
   * `from` (the answer is then not a fact of `text[from, to)` alone).
   */
  crosses(text: string, from: number, to: number): number {
    if (to >= text.length || to <= 0) return 0;
    const gap = text[to]!;
    let ch = lastCharacter(text, to);
    // A number, not ch + gap: this runs for every regex at every gap of a new draft.
    const gapIndex = GAP_INDEX.get(gap.charCodeAt(0)) ?? GAP_CHARACTERS.length;
    const key = ch.codePointAt(0)! * 16 + gapIndex;
    let state = gapIndex < GAP_CHARACTERS.length ? this.pairs.get(key) : undefined;
    if (!state) {
      state = this.stateOf(this.step(ch, this.allReading(gap)));
      if (gapIndex < GAP_CHARACTERS.length) this.pairs.set(key, state);
    }
    // Reading back from the gap, one character at a time, while some read could still
    // lead to it; each step from a state is worked out once, as in a lazily built DFA.
    let end = to - ch.length;
    let answer = CROSSES;
    for (let steps = 0; ; steps++) {
      if (!state.live || state.start) {
        answer = state.live ? CROSSES : 0;
        break;
      }
      // A read alive at the start of the text that cannot start there does not exist.
      if (end <= 0) {
        answer = 0;
        break;
      }
      if (steps >= MAX_WALK) break;
      ch = lastCharacter(text, end);
      state = this.advance(state, ch);
      end -= ch.length;
    }
    return end < from ? answer | READ_BEFORE : answer;
  }
}

/** The code point that ends at `end` (a surrogate pair as one). */
function lastCharacter(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text[end - 1]!;
}
