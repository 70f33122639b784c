export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Token extends Span {
  /** compromise's normal form, lower-cased; for contractions the implied word ("I'm" -> "i", "am"). */
  normal: string;
  tags: ReadonlySet<string>;
}

export interface PronounCounts {
  firstSingular: number;
  firstPlural: number;
  second: number;
  third: number;
}

export interface Sentence extends Span {
  tokens: readonly Token[];
  wordCount: number;
  isQuestion: boolean;
  /** Opens with a bare verb and no subject: "Buy now", "Check out my channel". */
  isImperative: boolean;
  pronouns: PronounCounts;
}

export interface LinkSpan extends Span {
  url: string;
}

export interface Analysis {
  text: string;
  /** Lower-cased text; same length and offsets as `text` for phrase matching. */
  lower: string;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  lines: readonly Span[];
  wordCount: number;
  pronouns: PronounCounts;
  questions: readonly Sentence[];
  imperatives: readonly Sentence[];
  links: readonly LinkSpan[];
  mentions: readonly Span[];
  hashtags: readonly Span[];
  cashtags: readonly Span[];
  emoji: readonly Span[];
  money: readonly Span[];
  percentages: readonly Span[];
  phones: readonly Span[];
  letters: number;
  upperLetters: number;
  /** X's weighted length (twitter-text), where URLs count 23. */
  weightedLength: number;
}
