import type { Sentence } from './analysis-types';
import { descriptionTag } from './description-tag';
import { eachMatch } from './each-match';
import { measuredRelay } from './measured-relay';
import { outerTag } from './outer-tag';
import { maskQuotes } from './quote-spans';
import { reportedSpeechTag, TAG_VERBS } from './reported-speech-tag';
import { reportingVerbClause } from './reporting-verb-clause';
import { secondReportAt } from './same-source-caveat';
import { type SpeakerPhrase, subjectBefore } from './speaker-phrase';
import { withKeys } from './with-keys';

// Shared by quotes and statements, so the detection and its per-article cache live apart from
// the statement list.

export interface ReportedSpeech {
  subject: SpeakerPhrase;
  /** Offsets of the reported clause inside the sentence text. */
  clauseStart: number;
  clauseEnd: number;
  /** A tag set inside the clause ("The problem, says X, is …"): its offsets, cut from the statement's text. */
  tag?: { start: number; end: number };
  /** The verb denies the clause ("deny that ..."): a speaker, but no statement. */
  denial?: boolean;
  /** A description's tag over the whole report ("…, the complaint states"): its subject, and where its words end. */
  outer?: { subject: SpeakerPhrase; clauseEnd: number };
}

const QUOTE_MARK = /["\u201c\u201d]/;

/**
 * Reported speech per sentence, computed once per article: quotes and statements both ask, and
 * a sentence without quote marks reads the same whether quotes are allowed or not. Keyed on the
 * article's sentences, which both callers hold, so no module state outlives or mixes articles.
 */
const cache = new WeakMap<Sentence[], Array<ReportedSpeech | null | undefined>>();

/** Reported speech in sentence `id` of `sentences`; with quote marks only when `allowQuotes`. */
export function findReportedSpeech(
  sentences: Sentence[],
  id: number,
  options: { allowQuotes?: boolean } = {},
): ReportedSpeech | null {
  const sentence = sentences[id]!;
  if (!options.allowQuotes && QUOTE_MARK.test(sentence.text)) return null;
  let found = cache.get(sentences);
  if (found === undefined) {
    found = new Array<ReportedSpeech | null | undefined>(sentences.length);
    cache.set(sentences, found);
  }
  let speech = found[id];
  if (speech === undefined) {
    speech = detectReportedSpeech(sentence);
    found[id] = speech;
  }
  return speech;
}

/** Reported speech in a sentence, quotations masked out. */
function detectReportedSpeech(sentence: Sentence): ReportedSpeech | null {
  const quoted = QUOTE_MARK.test(sentence.text);
  const text = quoted ? maskQuotes(sentence.text) : sentence.text;
  // A described subject's tag is read on a sentence without quotation marks only, a statement's: a quotation's
  // speaker keeps the tags its figures were measured with (review 48's B-a48-11).
  const edge = measuredRelay(text, reportedSpeechTag(sentence, text), () => reportingVerbClause(sentence, text));
  const tag = edge ?? (quoted ? null : descriptionTag(sentence, text));
  const speech = tag ?? nestedTag(sentence, text, quoted) ?? reportingVerbClause(sentence, text);
  if (!speech) return null;
  const end = secondSpeakerAt(text, speech.clauseStart, speech.clauseEnd);
  // "… are sound but warns that …": a statement ends before its speaker's second claim (same-source-caveat.ts); a
  // quotation's clause keeps it, the quotation often being that second claim ("… and said Rubio is "weak"").
  return {
    ...speech,
    clauseEnd: quoted ? end : speech.clauseStart + secondReportAt(text.slice(speech.clauseStart, end)),
  };
}

/**
 * "A woman reported that Pruitt had warned her, the complaint states.": a description's tag over a clause that
 * reports another's speech. The inner report is read on the words before the tag, so its clause no longer holds it;
 * the tag is kept as `outer`, whose description find-statements.ts credits with those words when the inner reading
 * makes a statement, as a named tag over it is ("…, Jo Roe said"; audit 52's B-a52-12). Read on a sentence without
 * quotation marks only, as description tags are; a description alone over plain words is left unread
 * (description-tag.ts).
 */
function nestedTag(sentence: Sentence, text: string, quoted: boolean): ReportedSpeech | null {
  const outer = quoted ? null : outerTag(text);
  if (!outer) return null;
  const inner = reportingVerbClause(sentence, text.slice(0, outer.at));
  const subject = inner && subjectBefore(outer.subject, sentence.start + outer.subjectAt);
  return inner && subject ? withKeys(inner, { outer: { subject, clauseEnd: outer.at } }) : null;
}

/**
 * ", but Tesco warned …" / ", while the union said …": a conjunction, a new subject (not a pronoun, which may be
 * the same speaker going on) and a speech verb of its own end the reported clause; what follows is the second
 * speaker's, not the first's ("Sainsbury's said it would absorb the cost, but Tesco warned of price rises").
 */
const SECOND_SPEAKER = new RegExp(
  `,\\s+(?:but|while|whereas|and)\\s+((?:[\\p{L}'’.\\uE000-]+\\s+){1,4}?)(?:has\\s+|had\\s+|also\\s+)?(?:${[...TAG_VERBS].join('|')})\\b`,
  'gu',
);
const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that)\s/i;

function secondSpeakerAt(text: string, start: number, end: number): number {
  const clause = text.slice(start, end);
  for (const m of eachMatch(SECOND_SPEAKER, clause)) {
    if (!PRONOUN.test(m[1]!) && !TAG_VERBS.has(m[1]!.split(/\s+/)[0]!)) return start + m.index;
  }
  return end;
}
