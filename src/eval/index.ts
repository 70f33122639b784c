// Measuring the engine on labelled corpora: parsing, metrics and the evaluation loop.
export { corpusRowSchema, CorpusError, LABELS, parseCorpus, parseCorpusLine, type CorpusRow, type Label, type NumberedRow } from './corpus.js';
export { confusion, f1, mcc, precision, recall, rocAuc, type Confusion, type Prediction, type Scored } from './metrics.js';
export { evaluate, evaluateRows, summarise, surfaceFromSource, VERDICT_CATEGORY, type EvalOptions, type EvalSummary, type RowOutcome } from './evaluate.js';
