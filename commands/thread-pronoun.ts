import type { Analysis } from '../src/core/analysis-types';
import { FEMALE_NAMES, MALE_NAMES } from '../src/core/first-names';
import type { CitedSentence } from '../src/store/conversation-repository';

/** A person's pronoun in the question ("what did she say?", "who hired him?"); "they" asks about everyone quoted. */
const PRONOUN = /\b(he|she|him|her)\b/i;
/** "her" before one of these is an object ("did they pay her for it?"), otherwise a possessive ("her plan"). */
const AFTER_OBJECT =
  /^(?:for|to|about|with|in|on|at|by|from|of|over|and|or|so|that|then|now|yet|again|too|back|up|out|off)$/i;

/**
 * What a he/she question in a brief's thread means: the one person the thread's last answer cited (the speaker of
 * the quotes or reported statements in the sentences it cited). The thread stores those sentences (citedInThread),
 * not its earlier questions, so they are where the thread last named someone. `name` when exactly one person
 * was cited; `unresolved` (with whom the last answer cited, maybe no one) when it cannot tell.
 */
export type ThreadPronoun =
  | { pronoun: string; name: string; question: string }
  | { pronoun: string; unresolved: string[] };

export function threadPronoun(
  question: string,
  analysis: Analysis,
  cited: readonly CitedSentence[],
): ThreadPronoun | undefined {
  const found = PRONOUN.exec(question);
  if (!found) return undefined;
  const pronoun = found[1]!.toLowerCase();
  // "Did Tom Reed say he would resign?": the question names its own antecedent, so he is Tom Reed, not the thread's.
  if (namesPersonBefore(question.slice(0, found.index), analysis)) return undefined;
  const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
  // A cited id that now holds other text (the story re-stored) names nobody the thread saw.
  const fresh = cited.filter((c) => byId.get(c.id)?.text === c.text).map((c) => c.id);
  const ids = new Set(fresh);
  const speakers: string[] = [];
  for (const q of analysis.quotes) if (ids.has(q.sentenceId) && q.speaker) speakers.push(q.speaker);
  for (const s of analysis.statements) if (ids.has(s.sentenceId)) speakers.push(s.speaker);
  const quoted = [...new Set(speakers)];
  const people = quoted.filter((p) => fits(pronoun, p));
  if (people.length !== 1) return { pronoun, unresolved: quoted };
  const name = people[0]!;
  const rest = question.slice(found.index + found[0].length);
  const next = /^\s*([\p{L}']+)/u.exec(rest)?.[1] ?? '';
  const possessive = pronoun === 'her' && next !== '' && !AFTER_OBJECT.test(next);
  const said = possessive ? `${name}'s` : name;
  return { pronoun, name, question: question.slice(0, found.index) + said + rest };
}

/** "she" is never a Tom, "he" never a Helen; a first name in both lists, or in neither, is left open. */
function fits(pronoun: string, person: string): boolean {
  const first = person.split(/\s+/).find((w) => MALE_NAMES.has(w) || FEMALE_NAMES.has(w));
  if (first === undefined) return true;
  const male = MALE_NAMES.has(first) && !FEMALE_NAMES.has(first);
  const female = FEMALE_NAMES.has(first) && !MALE_NAMES.has(first);
  return /^(?:he|him)$/.test(pronoun) ? !female : !male;
}

/** Whether the words before the pronoun name a person of the article (any word of a listed person's name). */
function namesPersonBefore(before: string, analysis: Analysis): boolean {
  const words = new Set(before.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []);
  if (words.size === 0) return false;
  return analysis.entities.some((e) => e.type === 'person' && e.name.split(/\s+/).some((w) => words.has(w)));
}
