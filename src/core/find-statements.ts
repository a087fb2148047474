import type { Entity, Sentence, Statement } from './analysis-types';
import { indexPeople } from './people';
import { REPORTING_VERBS } from './speech-verbs';
import { clauseSubject, subjectAfter, subjectBefore, type SpeakerPhrase } from './speaker-phrase';
import { SpeakerResolver } from './speaker-resolution';
import { maskQuotes } from './quote-spans';

export interface ReportedSpeech {
  subject: SpeakerPhrase;
  /** Offsets of the reported clause inside the sentence text. */
  clauseStart: number;
  clauseEnd: number;
}

const QUOTE_MARK = /["\u201c\u201d]/;
/** Verbs of a trailing tag: "..., Spicer said." */
const TAG_VERBS = new Set(['said', 'says', 'added', 'adds', 'told', 'stated', 'explained', 'argued', 'insisted', 'warned', 'claimed', 'admitted', 'noted', 'believes', 'thinks', 'reported', 'reports', 'confirmed', 'suggested', 'stressed', 'conceded', 'acknowledged', 'maintained', 'maintains', 'predicted', 'wrote', 'writes', 'announced']);

/** Verbs that take a bare clause ("said the White House is ..."); the others need "that". */
const BARE_CLAUSE = new Set(['said', 'says', 'say', 'added', 'adds', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims', 'warned', 'warns', 'stressed', 'believes', 'believe', 'believed', 'thinks', 'think', 'thought', 'told', 'tells', 'stated', 'states', 'admitted', 'conceded', 'acknowledged', 'predicted', 'suggested', 'noted', 'explained', 'reckons', 'feels', 'felt', 'reported']);
/** Verb lengths, so most words are ruled out before a slice and a Set lookup (all are lower case). */
const VERB_MIN = Math.min(...[...REPORTING_VERBS].map((v) => v.length));
const VERB_MAX = Math.max(...[...REPORTING_VERBS].map((v) => v.length));
/** Word characters as `\b` sees them: a reporting verb is a whole run of these. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The three tail patterns below can only match from the sentence's last comma (nothing after
 * their comma may be a comma), so they run sticky from there instead of trying every comma.
 */
const ACCORDING_TAIL = /,\s+according to\s+([^,]{2,80}?)[.!?]?$/iy;
const TRAILING_TAG = /,\s+([^,]{2,60}?)\s+(?:has\s+|had\s+|also\s+)?([a-z]+)\b([^,]{0,30})[.!?]?$/y;
const INVERTED_TAG = /,\s+(said|says|added|argued|explained)\s+((?:the\s|a\s|an\s)?[A-Z][^,.]{1,60})[.!?]?$/y;

function fromComma(pattern: RegExp, text: string, comma: number): RegExpExecArray | null {
  if (comma < 0) return null;
  pattern.lastIndex = comma;
  return pattern.exec(text);
}

/**
 * Reported speech per sentence, computed once per article: quotes and statements both ask, and
 * a sentence without quote marks reads the same whether quotes are allowed or not.
 */
let cache: { sentences: Sentence[]; found: Array<ReportedSpeech | null | undefined> } | null = null;

/** Reported speech in sentence `id` of `sentences`; with quote marks only when `allowQuotes`. */
export function findReportedSpeech(sentences: Sentence[], id: number, options: { allowQuotes?: boolean } = {}): ReportedSpeech | null {
  const sentence = sentences[id]!;
  if (!options.allowQuotes && QUOTE_MARK.test(sentence.text)) return null;
  if (cache?.sentences !== sentences) cache = { sentences, found: new Array<ReportedSpeech | null | undefined>(sentences.length) };
  const found = cache.found;
  let speech = found[id];
  if (speech === undefined) {
    speech = detectReportedSpeech(sentence);
    found[id] = speech;
  }
  return speech;
}

/** Reported speech in a sentence, quotations masked out. */
function detectReportedSpeech(sentence: Sentence): ReportedSpeech | null {
  let text = sentence.text;
  if (QUOTE_MARK.test(text)) text = maskQuotes(text);
  const comma = text.lastIndexOf(',');
  const according = fromComma(ACCORDING_TAIL, text, comma) ?? /^According to\s+([^,]{2,80}),\s+/.exec(text);
  if (according) {
    const at = according.index + according[0].indexOf(according[1]!, 12);
    const subject = subjectAfter(according[1]!, sentence.start + at);
    const leading = according.index === 0;
    if (subject) return { subject, clauseStart: leading ? according[0].length : 0, clauseEnd: leading ? text.length : according.index };
  }
  // Trailing tag: "The White House is not concerned ..., Spicer said."
  const trailing = fromComma(TRAILING_TAG, text, comma);
  if (trailing && TAG_VERBS.has(trailing[2]!) && trailing[1]!.split(/\s+/).length <= 7) {
    const subject = subjectBefore(trailing[1]!, sentence.start + trailing.index + trailing[0].indexOf(trailing[1]!));
    if (subject) return { subject, clauseStart: 0, clauseEnd: trailing.index };
  }
  const invertedTrailing = fromComma(INVERTED_TAG, text, comma);
  if (invertedTrailing) {
    const start = invertedTrailing.index + invertedTrailing[0].indexOf(invertedTrailing[2]!, invertedTrailing[1]!.length + 2);
    const subject = subjectAfter(invertedTrailing[2]!, sentence.start + start);
    if (subject) return { subject, clauseStart: 0, clauseEnd: invertedTrailing.index };
  }
  // Every whole word that is a reporting verb, left to right (a scan, not a 200-way alternation).
  for (let i = 0, n = text.length; i < n; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    const first = text.charCodeAt(at);
    if (at === 0 || first < 97 || first > 122 || i - at < VERB_MIN || i - at > VERB_MAX) continue;
    const verb = text.slice(at, i);
    if (!REPORTING_VERBS.has(verb)) continue;
    const before = text.slice(0, at);
    // "Mr Negroponte wants ... but conceded this was ambitious": the verb shares the subject.
    const shared = /\b(?:but|and)\s+(?:also\s+)?$/.test(before) ? clauseSubject(before, sentence.start) : null;
    const subject = shared ?? subjectBefore(before, sentence.start);
    if (!subject) continue;
    if (subject.kind === 'phrase' && subject.text.split(',')[0]!.split(/\s+/).length > 10) continue;
    // "the programme investigated claims that ...": a verb, not a subject, before a noun-like verb.
    if (subject.kind === 'phrase' && /\b[a-z]+ed$/.test(subject.text)) continue;
    let clauseStart = i;
    const rest = text.slice(clauseStart);
    // "told GMTV's Sunday programme (that)" — skip the listener; require a clause to follow.
    // "stated via Twitter on Friday that ..." — skip a short adverbial before "that".
    const intro = /^(?:(?:\s+[\w'’]+){0,6}?\s+that\b)?\s+/.exec(rest);
    if (!intro) continue;
    if (!intro[0].includes('that') && !BARE_CLAUSE.has(verb)) continue;
    if (/^\s+by\b/.test(rest)) continue; // passive: "claims denied by Labour"
    clauseStart += intro[0].length;
    if (/^(?:to|for|by|with|about|of|it\b|so\b)/i.test(text.slice(clauseStart)) || text.length - clauseStart < 12) continue;
    return { subject, clauseStart, clauseEnd: text.length };
  }
  return null;
}

/** Reported (indirect) speech with its speaker, e.g. Spicer on the White House's concerns. */
export function findStatements(sentences: Sentence[], _entities?: Entity[]): Statement[] {
  const index = indexPeople(sentences);
  const resolver = new SpeakerResolver(sentences, index);
  const statements: Statement[] = [];
  for (const sentence of sentences) {
    const reported = findReportedSpeech(sentences, sentence.id);
    if (!reported) continue;
    const speaker = resolver.resolve(reported.subject, sentence.id);
    if (!speaker) continue;
    resolver.record(sentence.id, speaker);
    const text = sentence.text
      .slice(reported.clauseStart, reported.clauseEnd)
      .replace(/^[\s,]+|[\s,.]+$/g, '');
    if (text.split(/\s+/).length < 3) continue;
    statements.push({ text, speaker: speaker.name, sentenceId: sentence.id });
  }
  return statements;
}
