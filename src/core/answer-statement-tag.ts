import type { Analysis, Statement } from './analysis-types';
import { boundedMemo } from './bounded-memo';
import { escapeRegExp } from './escape-reg-exp';

/**
 * "What did Mark Bell say?" over "The regulator said its report would be released…": the speaker
 * layer credits a statement whose tag subject is a description ("The regulator said") to the last
 * named person (review s26 B-main-18), so the statement's speaker alone is not evidence enough to
 * give its words as the asked person's (B-ans28-1). A reported statement (no quote marks) counts as
 * the person's words only when its tag — the sentence around the reported clause — names them
 * ("Trump stated via Twitter that…", "Mr Bell said…"), or opens on a pronoun ("He said…", "…, she
 * added") with the person named in that sentence or the one before. A description subject never
 * counts: it may be anyone, and an answer in someone else's mouth is worse than "doesn't say".
 */

/** A pronoun tag subject: the clause opens on it ("He said", "Later, she told…", "…, he added"). */
const PRONOUN_TAG = /(?:^|[,;:—–]\s*|\b(?:and|but)\s+)(?:he|she)\s+\p{Ll}/iu;

/** The surname as a whole word, compiled once per surname (every statement of an answer reads it). */
const surnamePattern = boundedMemo(
  (surname) => new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(surname)}(?![\p{L}-])`, 'u'),
  512,
);

/** Whether `text` names the person by their surname, as a capitalised word ("Bell", "Mr Bell"). */
function names(text: string, surname: string): boolean {
  return surnamePattern(surname).test(text);
}

/** The statement's sentence with the reported clause taken out: what is left is its tag. */
function tagOf(sentence: string, statement: string): string {
  const at = sentence.indexOf(statement);
  return at < 0 ? sentence : `${sentence.slice(0, at)} ${sentence.slice(at + statement.length)}`;
}

/** Whether the statement's own tag credits it to its speaker, by name or by a pronoun resolving there. */
export function answerStatementTag(analysis: Analysis, statement: Statement): boolean {
  const surname = statement.speaker.trim().split(/\s+/).at(-1);
  const at = analysis.sentences.findIndex((s) => s.id === statement.sentenceId);
  if (!surname || !/^\p{Lu}/u.test(surname) || at < 0) return false;
  const sentence = analysis.sentences[at]!.text;
  const tag = tagOf(sentence, statement.text);
  if (names(tag, surname)) return true;
  const previous = at > 0 ? analysis.sentences[at - 1]!.text : '';
  return PRONOUN_TAG.test(tag.trim()) && (names(sentence, surname) || names(previous, surname));
}
