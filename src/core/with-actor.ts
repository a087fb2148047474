import { bareDescription } from './bare-description';
import { escapeRegExp } from './escape-reg-exp';
import { firstNameGender } from './first-name-gender';
import { surname } from './mentions-entity';
import type { PhraseContext } from './phrase-question';
import { wordBounded } from './word-bounded';

const PRONOUN_SUBJECT = /^(?:he|she|it|they)\b/i;

/** Whether a subject pronoun can stand for this actor: "It plans to…" is never Obama, "He" never the Fed. */
export function pronounFits(pronoun: string, isPerson: boolean | undefined): boolean {
  if (isPerson === undefined) return true;
  return /^(?:he|she)$/i.test(pronoun) ? isPerson : !isPerson;
}

/**
 * Whether "he"/"she" can stand for the actor by the first name's gender: "She undoubtedly will reach that number" is
 * never Bernie Sanders (sample 35's #16, where the sentence before named Clinton and the Associated Press, so the
 * article's main actor stood in). A first name in one list only decides; any other name is left open.
 */
function genderFits(pronoun: string, actor: string): boolean {
  const first = actor.split(/\s+/)[0]!;
  const male = firstNameGender(first) === 'male';
  const female = firstNameGender(first) === 'female';
  if (/^he$/i.test(pronoun)) return !female;
  if (/^she$/i.test(pronoun)) return !male;
  // "It is expected to show another solid gain of 200,000 jobs" is never Hillary Clinton: a full name whose first
  // name is a person's ("It" never stands for one) keeps the pronoun, and no question is made on it.
  if (/^it$/i.test(pronoun) && /\s/.test(actor)) return !male && !female;
  return true;
}

/** Speech and thought verbs in their plural present: "Associates say", "Aides believe". */
const PLURAL_TAG =
  '(?:say|believe|think|expect|predict|suggest|argue|claim|contend|insist|note|warn|agree|acknowledge)';

/**
 * Whether the sentence credits its words to the actor as a plural source ("Associates say he is likely to
 * run", "Aides believe she will…"): a singular pronoun in the reported clause is someone else, the person
 * the sources speak of, never the sources themselves.
 */
function pluralSource(actor: string, pronoun: string, text: string): boolean {
  if (!/^(?:he|she|it)$/i.test(pronoun)) return false;
  return new RegExp(String.raw`(?:^|[^\w'’-])${escapeRegExp(actor)}\s+(?:\w+ly\s+)?${PLURAL_TAG}\b`).test(text);
}

/**
 * The clause with its subject pronoun replaced by the actor it stands for. A pronoun never stands for a
 * name inside its own clause ("She will now face Democrat Ryan Greene" is not Greene facing Greene), nor for
 * the plural source that reports it: then it stays, and no question is made on it.
 */
export function withActor(clause: string, ctx: PhraseContext): string {
  const actor = ctx.actor ?? ctx.mainActor;
  const isPerson = ctx.actor ? ctx.actorIsPerson : ctx.mainIsPerson;
  const pronoun = PRONOUN_SUBJECT.exec(clause)?.[0];
  if (!actor || !pronoun || !pronounFits(pronoun, isPerson) || !genderFits(pronoun, actor) || namedIn(actor, clause))
    return clause;
  // A description cut without its article ("U.S. senator") is no name to put for "she": the pronoun stays.
  if (pluralSource(actor, pronoun, ctx.text) || bareDescription(actor)) return clause;
  return clause.replace(PRONOUN_SUBJECT, actor);
}

/** Whether the clause names the actor itself (its surname as a word). */
export function namedIn(actor: string, clause: string): boolean {
  return wordBounded(clause, surname(actor));
}
