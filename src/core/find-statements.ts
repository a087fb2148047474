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
/** Every reporting verb as one pattern, so a sentence is scanned once without a match per word. */
const REPORTING_RE = new RegExp(`\\b(?:${[...REPORTING_VERBS].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/**
 * Reported speech in a sentence: "X said (that) CLAUSE" or "CLAUSE, X said." Sentences with
 * quotation marks are left to findQuotes.
 */
const cache = { plain: new WeakMap<Sentence, ReportedSpeech | null>(), quoted: new WeakMap<Sentence, ReportedSpeech | null>() };

/** Reported speech in a sentence (cached per sentence: quotes and statements both ask). */
export function findReportedSpeech(sentence: Sentence, options: { allowQuotes?: boolean } = {}): ReportedSpeech | null {
  const store = options.allowQuotes ? cache.quoted : cache.plain;
  const cached = store.get(sentence);
  if (cached !== undefined) return cached;
  const found = detectReportedSpeech(sentence, options);
  store.set(sentence, found);
  return found;
}

function detectReportedSpeech(sentence: Sentence, options: { allowQuotes?: boolean }): ReportedSpeech | null {
  let text = sentence.text;
  if (QUOTE_MARK.test(text)) {
    if (!options.allowQuotes) return null;
    text = maskQuotes(text);
  }
  const according = /,\s+according to\s+([^,]{2,80}?)[.!?]?$/i.exec(text) ?? /^According to\s+([^,]{2,80}),\s+/.exec(text);
  if (according) {
    const at = according.index + according[0].indexOf(according[1]!, 12);
    const subject = subjectAfter(according[1]!, sentence.start + at);
    const leading = according.index === 0;
    if (subject) return { subject, clauseStart: leading ? according[0].length : 0, clauseEnd: leading ? text.length : according.index };
  }
  // Trailing tag: "The White House is not concerned ..., Spicer said."
  const trailing = /,\s+([^,]{2,60}?)\s+(?:has\s+|had\s+|also\s+)?([a-z]+)\b([^,]{0,30})[.!?]?$/.exec(text);
  if (trailing && TAG_VERBS.has(trailing[2]!) && trailing[1]!.split(/\s+/).length <= 7) {
    const subject = subjectBefore(trailing[1]!, sentence.start + trailing.index + trailing[0].indexOf(trailing[1]!));
    if (subject) return { subject, clauseStart: 0, clauseEnd: trailing.index };
  }
  const invertedTrailing = /,\s+(said|says|added|argued|explained)\s+((?:the\s|a\s|an\s)?[A-Z][^,.]{1,60})[.!?]?$/.exec(text);
  if (invertedTrailing) {
    const start = invertedTrailing.index + invertedTrailing[0].indexOf(invertedTrailing[2]!, invertedTrailing[1]!.length + 2);
    const subject = subjectAfter(invertedTrailing[2]!, sentence.start + start);
    if (subject) return { subject, clauseStart: 0, clauseEnd: invertedTrailing.index };
  }
  for (const m of text.matchAll(REPORTING_RE)) {
    const verb = m[0];
    if (m.index === 0) continue;
    const before = text.slice(0, m.index);
    // "Mr Negroponte wants ... but conceded this was ambitious": the verb shares the subject.
    const shared = /\b(?:but|and)\s+(?:also\s+)?$/.test(before) ? clauseSubject(before, sentence.start) : null;
    const subject = shared ?? subjectBefore(before, sentence.start);
    if (!subject) continue;
    if (subject.kind === 'phrase' && subject.text.split(',')[0]!.split(/\s+/).length > 10) continue;
    // "the programme investigated claims that ...": a verb, not a subject, before a noun-like verb.
    if (subject.kind === 'phrase' && /\b[a-z]+ed$/.test(subject.text)) continue;
    let clauseStart = m.index + verb.length;
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
    const reported = findReportedSpeech(sentence);
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
