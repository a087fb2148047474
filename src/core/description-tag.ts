import type { Sentence } from './analysis-types';
import type { ReportedSpeech } from './reported-speech';
import { TAG_VERBS } from './reported-speech-tag';
import { subjectBefore } from './speaker-phrase';
import { isReportedClause } from './statement-checks';

/**
 * A trailing tag whose subject is a name after lower-case words, its role ("…, hospital spokeswoman Ana Ruiz said.",
 * "…, harbour master Tomas Brandt said."), AP's commonest attribution (review 48's B-a48-11). The edge tags' pattern
 * takes the first lower-case word after the comma for its verb, so such a subject never reached a tag verb. Here the
 * verb is one of the tag verbs and the subject runs up to it, less an adverb before it ("the Gazette first reported").
 */
const DESCRIPTION_TAG = new RegExp(
  String.raw`,\s+([^,]{2,60}?)\s+(?:has\s+|had\s+|also\s+|first\s+|later\s+|then\s+|earlier\s+|previously\s+)?(${[...TAG_VERBS].join('|')})\b([^,]{0,30})[.!?]?$`,
  'y',
);
/**
 * A finite verb after the tag verb makes it a clause's verb, no tag: "…, a figure the company says is too low", "…,
 * proposed a review and said the board should resign". A tag ends on a time or a place ("said on Monday").
 */
const VERB_AFTER = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did)\b/;
/** "…, the candidate said no": a tag verb with an object of its own reports nothing before it. */
const OWN_OBJECT = /^\s+(?:no|yes|so|nothing|otherwise)\b/;
/**
 * Words no tag's subject opens on: a conjunction opens a clause of its own ("…, but the union warned …"), a relative
 * word or a preposition a relative clause ("…, which he said was …", "…, with which France maintains close ties"),
 * and a possessive pronoun names no one ("…, his brother added").
 */
const NOT_SUBJECT =
  /^(?:and|but|yet|or|nor|so|while|whereas|although|though|because|which|who|whom|whose|what|that|where|when|with|in|of|for|from|by|on|at|to|as|his|her|their|its|our|my|your)$/i;
/** "…, an event that Carson says led him to Christ": a relative word inside the subject makes it a relative clause. */
const RELATIVE_INSIDE = /\s(?:that|which|who|whom)\s/i;

/**
 * The subject ends on a name: a description alone ("…, the council said", "…, a spokeswoman said") is left as the edge
 * tags leave it. Read as a speaker, it changes the answer ranker's "the sentence has a speaker" feature, which was
 * fitted when such tags went unread: a refit comes first (tried in session 47; see docs/evaluation.md).
 */
const NAMED = /\s\p{Lu}[\p{L}.'’-]*$/u;

/** A trailing tag with a named, described subject in `text` (quotes masked), once the edge tags found none. */
export function descriptionTag(sentence: Sentence, text: string): ReportedSpeech | null {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return null;
  DESCRIPTION_TAG.lastIndex = comma;
  const tag = DESCRIPTION_TAG.exec(text);
  if (!tag) return null;
  const words = tag[1]!.split(/\s+/);
  if (words.length > 7 || TAG_VERBS.has(words[0]!) || NOT_SUBJECT.test(words[0]!)) return null;
  if (VERB_AFTER.test(tag[3]!) || OWN_OBJECT.test(tag[3]!) || !NAMED.test(tag[1]!)) return null;
  if (RELATIVE_INSIDE.test(` ${tag[1]!} `)) return null;
  // "…, Gary Johnson told a joke": what comes before the tag must be a clause with a verb, as a reported one is.
  if (!isReportedClause(text.slice(0, tag.index))) return null;
  const subject = subjectBefore(tag[1]!, sentence.start + tag.index + tag[0].indexOf(tag[1]!));
  return subject && { subject, clauseStart: 0, clauseEnd: tag.index };
}
