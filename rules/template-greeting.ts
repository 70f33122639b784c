import { z } from 'zod';
import type { Analysis, Span, Token } from '../src/engine/analysis/types.js';
import { loadLexicon, matchPhrases } from '../src/engine/phrases.js';
import { defineRule, type FindingReport, type SuggestionReport } from '../src/engine/rule.js';
import type { Range } from '../src/engine/types.js';
import greetingsData from './lexicons/greetings.json' with { type: 'json' };

type MessageId =
  | 'mergeField'
  | 'anyoneGreeting'
  | 'noName'
  | 'wrongName'
  | 'fillName'
  | 'fillField'
  | 'mentionSpecific'
  | 'useTheirName';

const lexicon = loadLexicon('greetings', greetingsData);
const GREETING = lexicon.groups.greeting!;
const ANYONE = lexicon.groups.anyone!;
// "Hi there", "Hey there": also how people write to a neighbour or a seller ("Hi there! Is the
// bike still for sale?"), so a hint like a bare "Hi", where "Dear friend" is a warning.
const CASUAL_ANYONE = lexicon.groups.anyoneCasual!;
const NO_NAME_NEEDED = lexicon.groups.noNameNeeded!;

// Merge fields: the bracketed forms only with a field's name inside ("[Name]", "<first name>"),
// so "[sic]" or "<3" never count; "{{...}}", "%FIRSTNAME%" and "*|FNAME|*" are template syntax whatever they hold.
const FIELD = `(?:${greetingsData.groups.fieldName.join('|')})`;
const MERGE_NAMED = new RegExp(
  [`\\{\\{\\s*[^{}\\n]{1,40}?\\s*\\}\\}`, `\\$?\\{\\s*${FIELD}\\s*\\}`, `\\[\\[?\\s*${FIELD}\\s*\\]\\]?`, `<<?\\s*${FIELD}\\s*>>?`, `%${FIELD}%`].join('|'),
  'giu',
);
const MERGE_UPPER = /%[A-Z][A-Z_]{2,30}%|\*\|[A-Z][A-Z_]{1,30}\|\*/gu;

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|mister)\.?$/iu;
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const NOT_NAME_TAGS = ['QuestionWord', 'Pronoun', 'Verb', 'Expression', 'Determiner', 'Conjunction', 'Preposition', 'Adverb', 'Value'];
const UPPER_START = /^\p{Lu}/u;
const TRAILING_PUNCT = /[.,!:;]+$/u;
const NOT_LETTER = /[^a-z]/g;
const SPACES = /\s+/gu;
const SPACE = /\s/u;
const LEAD_GAP = /^[ \t\u00a0,]*$/u;
const NAME_GAP = /^\.?[ \t\u00a0]*$/u;
const SPACE_OR_COMMA = /^[\s,]*$/u;
const TEMPLATE_SYNTAX = /^[\s{[<%*|$]+|[\s}\]>%*|]+$/gu;
// Field keys with the letters only: "first_name" -> "firstname".
const SENDER_FIELD = /^(?:your|my|sender|from)/;
const LAST_FIELD = /(?:last|sur)name$|lname$/;
const FULL_FIELD = /fullname$/;
const FIRST_FIELD = /(?:first|given)name$|fname$|^name$|namehere$|^insertname|recipient|contact|prospect|^(?:client|customer)name$/;

type FieldKind = 'first' | 'last' | 'full';

/** Which part of the recipient's name a merge field stands for, if any. */
function fieldKind(field: string): FieldKind | undefined {
  const key = field.toLowerCase().replace(NOT_LETTER, '');
  if (SENDER_FIELD.test(key)) return undefined;
  if (LAST_FIELD.test(key)) return 'last';
  if (FULL_FIELD.test(key)) return 'full';
  if (FIRST_FIELD.test(key)) return 'first';
  return undefined;
}

/** The field's name without its template syntax ("{{first_name}}" -> "first_name"), for the message. */
function fieldLabel(field: string): string {
  return field.replace(TEMPLATE_SYNTAX, '') || field;
}

interface RecipientName {
  full: string;
  first: string;
  last: string;
  /** Lower-cased words of the name, for matching a greeting against it. */
  words: string[];
}

function parseRecipient(recipient: string | undefined): RecipientName | undefined {
  const full = recipient?.trim().replace(SPACES, ' ');
  if (!full) return undefined;
  const words = full.split(' ').filter((w) => !HONORIFIC.test(w));
  if (words.length === 0) return undefined;
  return { full, first: words[0]!, last: words[words.length - 1]!, words: words.map((w) => w.toLowerCase().replace(TRAILING_PUNCT, '')) };
}

/** "Marc" greets "Marc LeVine", "Marci" is close enough to "Marc", "Mr. LeVine" too. */
function namesMatch(greeted: readonly string[], recipient: RecipientName): boolean {
  return greeted.some((g) => {
    const word = g.toLowerCase().replace(TRAILING_PUNCT, '');
    return recipient.words.some((r) => word === r || (Math.min(word.length, r.length) >= 3 && (word.startsWith(r) || r.startsWith(word))));
  });
}

/** Where the greeting may start: the first word, after any @mentions a comment opens with. */
function openingOffset(analysis: Analysis): number {
  const { text } = analysis;
  let at = text.length - text.trimStart().length;
  for (const mention of analysis.mentions) {
    if (mention.start !== at) continue;
    at = mention.end;
    while (at < text.length && SPACE.test(text[at] ?? '')) at++;
  }
  return at;
}

function isWholeMatch(word: string, group: RegExp): boolean {
  return matchPhrases(word, group).some((m) => m.start === 0 && m.end === word.length);
}

function firstAt(spans: readonly Span[], start: number): Span | undefined {
  return spans.find((s) => s.start === start);
}

/** Capitalised name words right after the greeting, on the same line, before any punctuation. */
function greetedName(analysis: Analysis, from: number): { words: Token[]; next?: Token } {
  const { text } = analysis;
  const words: Token[] = [];
  let cursor = from;
  for (const token of analysis.tokens) {
    if (token.end <= token.start || token.start < from) continue;
    const gap = text.slice(cursor, token.start);
    const allowed = words.length === 0 ? LEAD_GAP.test(gap) : NAME_GAP.test(gap);
    if (!allowed) break;
    const isName =
      !NOT_NAME_TAGS.some((t) => token.tags.has(t)) &&
      !isWholeMatch(token.text, NO_NAME_NEEDED) &&
      (NAME_TAGS.some((t) => token.tags.has(t)) || (UPPER_START.test(token.text) && token.tags.has('ProperNoun')));
    if (!isName || words.length >= 4) return { words, next: token };
    words.push(token);
    cursor = token.end;
  }
  return { words };
}

const VOCATIVE_END = /^[^\S\n]*(?:[,!.?\u2026:;]|$)/u;
const VOCATIVE_WORDS = /^[\p{L}'\u2019-]+$/u;

/**
 * "Hello handsome!", "Good afternoon, my love." A short address closed by punctuation
 * right after the greeting is a way of naming the person, not a missing name.
 */
function isVocative(analysis: Analysis, from: number): boolean {
  const { text } = analysis;
  const words = analysis.tokens.filter((t) => t.end > t.start && t.start >= from);
  let cursor = from;
  for (let i = 0; i < Math.min(words.length, 3); i++) {
    const token = words[i]!;
    const gap = text.slice(cursor, token.start);
    if (!LEAD_GAP.test(gap)) return false;
    const isAddress = VOCATIVE_WORDS.test(token.text) && (token.normal === 'my' || !NOT_NAME_TAGS.some((t) => token.tags.has(t)));
    if (!isAddress) return false;
    cursor = token.end;
    if (VOCATIVE_END.test(text.slice(cursor))) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'template-greeting',
    category: 'impersonal',
    severity: 'warning',
    title: 'Template greeting',
    description:
      'In a message or comment to someone: merge fields left unfilled ([Name], {{first_name}}), greetings that could go to anyone ("Dear friend", "Hi there"), no name, or the wrong name.',
    why: 'A greeting that could go to anyone tells the reader they are one of many on a list.',
    source: {
      article: '001_da50182b1a9fb9f8.txt',
      quote: 'Let me send autoresponse emails that don’t pay attention to the subjects who are receiving them.',
    },
    messages: {
      mergeField: 'The merge field “{{field}}” was left unfilled: it shows this was sent to a list.',
      anyoneGreeting: '“{{greeting}}” could be sent to anyone.',
      noName: 'This greeting names no one, which reads like a message sent to many people.',
      wrongName: 'This greets {{greeted}}, but the message is to {{recipient}}.',
      fillName: 'Fill in the recipient’s name: {{name}}.',
      fillField: 'Write in what the placeholder stands for, and say why you are writing to them in particular.',
      mentionSpecific: 'Use {{name}}’s name and mention something specific about {{name}}.',
      useTheirName: 'Use their name and mention something specific about them.',
    },
  },
  options: z.strictObject({
    minWords: z
      .number()
      .int()
      .min(1)
      .max(500)
      .default(12)
      .describe('Words a direct message needs before a greeting with no name counts (short chat is left alone)'),
    minWordsWithoutRecipient: z
      .number()
      .int()
      .min(1)
      .max(500)
      .default(40)
      .describe('When the recipient is unknown, words a direct message needs before a greeting with no name counts'),
  }),
  check({ analysis, draft, options }) {
    if (draft.surface !== 'message' && draft.surface !== 'comment') return [];
    const { text } = analysis;
    const recipient = parseRecipient(draft.recipient);
    const findings: FindingReport<MessageId>[] = [];
    const specific: SuggestionReport<MessageId> = recipient
      ? { messageId: 'mentionSpecific', data: { name: recipient.first } }
      : { messageId: 'useTheirName' };

    const fields = [...matchPhrases(text, MERGE_NAMED), ...matchPhrases(text, MERGE_UPPER)].sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const field of fields) {
      if (field.start < lastEnd) continue;
      lastEnd = field.end;
      const kind = fieldKind(field.text);
      const range: Range = [field.start, field.end];
      const suggestions: SuggestionReport<MessageId>[] = [];
      if (recipient && kind) {
        const name = recipient[kind];
        suggestions.push({ messageId: 'fillName', data: { name }, edits: [{ range, text: name }] });
      } else suggestions.push(kind ? specific : { messageId: 'fillField' });
      findings.push({ messageId: 'mergeField', range, data: { field: fieldLabel(field.text) }, suggestions });
    }

    const at = openingOffset(analysis);
    // Greetings open the text: only its first line is searched.
    const opening = text.slice(0, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
    const formal = firstAt(matchPhrases(opening, ANYONE), at);
    const casual = formal ? undefined : firstAt(matchPhrases(opening, CASUAL_ANYONE), at);
    const anyone = formal ?? casual;
    const greeting = firstAt(matchPhrases(opening, GREETING), at);
    const namedAfterAnyone = anyone ? greetedName(analysis, anyone.end).words.length > 0 : false;
    if (anyone && !namedAfterAnyone) {
      if (fields.some((f) => f.start < anyone.end && f.end > anyone.start)) return findings;
      const suggestions: SuggestionReport<MessageId>[] = [];
      if (recipient) {
        const word = greeting && greeting.end <= anyone.end ? greeting.text : 'Dear';
        suggestions.push({ messageId: 'fillName', data: { name: recipient.first }, edits: [{ range: [anyone.start, anyone.end], text: `${word} ${recipient.first}` }] });
      }
      suggestions.push(specific);
      findings.push({ messageId: 'anyoneGreeting', range: [anyone.start, anyone.end], data: { greeting: anyone.text }, suggestions, ...(casual ? { severity: 'info' as const } : {}) });
      return findings;
    }
    if (!greeting) return findings;
    const nameFrom = anyone ? anyone.end : greeting.end;
    // "Hi [Name]": the merge field already says it.
    if (fields.some((f) => f.start >= nameFrom && SPACE_OR_COMMA.test(text.slice(nameFrom, f.start)))) return findings;

    const { words, next } = greetedName(analysis, nameFrom);
    if (words.length > 0) {
      const greeted = words.filter((w) => !w.tags.has('Honorific') && !HONORIFIC.test(w.text));
      if (!recipient || greeted.length === 0 || namesMatch(greeted.map((w) => w.text), recipient)) return findings;
      const range: Range = [greeted[0]!.start, greeted[greeted.length - 1]!.end];
      findings.push({
        messageId: 'wrongName',
        range,
        data: { greeted: text.slice(...range), recipient: recipient.full },
        suggestions: [{ messageId: 'fillName', data: { name: recipient.first }, edits: [{ range, text: recipient.first }] }, specific],
      });
      return findings;
    }

    // A friendly or group address ("Hi all", "Hey babe", "Hello my love!") needs no name.
    if (next && isWholeMatch(next.text, NO_NAME_NEEDED)) return findings;
    if (isVocative(analysis, nameFrom)) return findings;
    if (draft.surface !== 'message') return findings;
    if (analysis.wordCount < (recipient ? options.minWords : Math.max(options.minWords, options.minWordsWithoutRecipient))) return findings;
    const range: Range = [greeting.start, greeting.end];
    const suggestions: SuggestionReport<MessageId>[] = [];
    if (recipient) suggestions.push({ messageId: 'fillName', data: { name: recipient.first }, edits: [{ range: [greeting.end, greeting.end], text: ` ${recipient.first}` }] });
    suggestions.push(specific);
    // Plenty of real messages open with a bare "Hi": a hint, not a warning.
    findings.push({ messageId: 'noName', range, severity: 'info', suggestions });
    return findings;
  },
});
