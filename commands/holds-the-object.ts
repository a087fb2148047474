import { clauses, doesTheActIn, subjectHead, type Voice } from './does-the-act';
import { formKey } from './form-key';

/** A preposition ending a who-question's object: "signed the contract on Monday" has "the contract" as its object. */
export const PREPOSITION =
  /^(?:in|on|at|by|for|with|from|to|of|after|before|during|over|under|into|about|since|until|without|against)$/i;

/**
 * Whether one of an answer's sentences has `doer` doing `act` to the object the who-question named (`rest`, the words
 * after its verb): "who inspected the east span?" is not answered by "Harwick Engineering inspected the bridge", so
 * "and when?" is not asked of Harwick Engineering (review s45 B-r45-3). The object is read by its head noun, the last
 * word before a preposition; a question with no object ("who resigned?") needs only the act.
 */
export function holdsTheObject(
  texts: readonly string[],
  doer: string,
  act: string,
  rest: string,
  voice: Voice = 'any',
): boolean {
  const object = rest.split(/\s+/).filter(Boolean);
  const end = object.findIndex((word) => PREPOSITION.test(word));
  const head = subjectHead(object.slice(0, end < 0 ? object.length : end).join(' '));
  return texts.some(
    (text) =>
      doesTheActIn(text, doer, act, voice) &&
      (head === undefined || clauses(text).some((words) => words.some((w) => formKey(w.toLowerCase()) === head))),
  );
}
