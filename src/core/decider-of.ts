import { MONTHS, WEEKDAYS } from './calendar-words';
import { subjectBefore } from './claim-phrases';
import { relativeDecider } from './relative-decider';
import { QUOTE_VERBS, REPORTING_VERBS } from './speech-verbs';
import { toldSubject } from './told-subject';
import { withoutLeadingTime } from './without-leading-time';

/**
 * The choice's verb with what may stand between it and its subject: an auxiliary ("has yet to", "will", "is
 * still"), so that the text before the match is the subject.
 */
const CHOICE_VERB =
  /\s(?:(?:has|have|had|needs?|needed)\s+(?:yet\s+)?to\s+|(?:will|would|must|may|might|could|can|should)\s+|(?:is|are|was|were)\s+(?:(?:set|due|expected|likely|about|yet)\s+to\s+|still\s+|also\s+|now\s+)?)?(?:decide|deciding|considering|weighing(?: up)?)\s+whether\b/i;
/** The verbs of a speaker's tag ("said", "stated", "wrote", "insisted"): the repo's one list of them. */
const TAG_VERBS = [...QUOTE_VERBS].join('|');
/** A saying tag after the choice, behind a comma ("…, a spokesman said Monday"). */
const TRAILING_TAG = new RegExp(`,\\s+[^,;]*\\b(?:${TAG_VERBS})\\b`, 'i');
/** A saying tag set off by commas before the choice's verb ("The agency, a spokesman said, has yet to decide"). */
const ASIDE_TAG = new RegExp(`,\\s+[^,;]*\\b(?:${TAG_VERBS})\\b[^,;]*,\\s*$`, 'i');
/** A word no subject ends on: an auxiliary or a particle the pattern above did not take ("The board ought to"). */
const NOT_A_HEAD =
  /\b(?:and|or|but|to|has|have|had|is|are|was|were|be|been|will|would|must|may|might|could|can|should|shall|do|does|did|not)$/i;
/**
 * A verb of indirect speech before the clause it reports ("said", "announced that"), not a noun after an article ("the
 * state claims board"); "told" and its listener are read by toldSubject.
 */
const REPORTING_VERB = [...REPORTING_VERBS].filter((v) => !/^(?:tell|tells|told)$/.test(v)).join('|');
const REPORTING = new RegExp(`^.*\\b(?<!\\b(?:the|a|an)\\s)(?:${REPORTING_VERB})\\s+(?:that\\s+)?`, 'i');
const TOLD = /^.*\btold\s+/i;

/** What no subject opens on: a time word the adverbial reading left ("May the board"), or a listener's possessive. */
const LEFT_OVER = new RegExp(
  `^(?:${WEEKDAYS}|${MONTHS}|yesterday|today|tonight)\\b|^\\S+['’]s\\s+\\S+\\s+(?:the|a|an)\\s`,
  'i',
);

/**
 * A purpose clause's frame before "to decide whether": a modal and its verb with up to five words of time or place ("…
 * governors would meet next week to"). The choice is that clause's subject's, who meets to make it, not the sayer's.
 */
const PURPOSE_FRAME =
  /\s+(?:will|would|shall|must|(?:is|are|was|were)\s+(?:due|set|expected|scheduled)\s+to|plans?\s+to|planned\s+to)\s+[a-z]+(?:\s+[\w'’-]+){0,5}\s+to$/i;

/**
 * Who makes the choice a "decide / is considering whether to" clause leaves open: the subject of its verb, as written
 * ("The agency has yet to decide whether to renew the license, a spokesman said Monday" → "The agency"; "The mayor
 * said the agency is considering whether to …" → "the agency"). The sentence's sayer reports the choice and is not
 * the one who makes it, so a question about it must not be put to the sayer ("Will a spokesman renew the license?").
 * Null when the subject is a pronoun or nothing the clause can name, or when no one but the subject says anything:
 * the caller keeps the sentence's actor, whom a pronoun after a saying verb most often stands for ("Smith said he is
 * considering whether to run"). A choice in a relative clause is its antecedent's (relative-decider.ts); false when
 * that antecedent is nothing a question can name, so that no one is asked.
 */
export function deciderOf(text: string): string | null | false {
  const at = CHOICE_VERB.exec(text);
  const relative = at ? relativeDecider(text.slice(0, at.index)) : undefined;
  if (relative !== undefined) return relative ?? false;
  const whole = at && subjectBefore(text, CHOICE_VERB);
  if (!whole) return null;
  const subject = whole.replace(PURPOSE_FRAME, '');
  const told = TOLD.exec(subject);
  // "said Tuesday the library trust": the saying's time is no part of the subject; "told BBC Radio Scotland's
  // programme the roads board": the listener is, and only its end is the subject (null when unsure).
  const own = told
    ? toldSubject(subject.slice(told[0].length))
    : withoutLeadingTime(subject.replace(REPORTING, '').trim());
  // Only where someone else reports the choice: with no sayer but the subject, the actor reading stands (it keeps
  // the article a body's name takes, "Will the Department for Transport extend …").
  const tagged = TRAILING_TAG.test(text.slice(at.index)) || ASIDE_TAG.test(text.slice(0, at.index));
  if (own === subject.trim() && !tagged) return null;
  return own && !/^(?:he|she|it|they|we|i|you)$/i.test(own) && !NOT_A_HEAD.test(own) && !LEFT_OVER.test(own)
    ? own
    : null;
}
