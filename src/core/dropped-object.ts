import { escapeRegExp } from './escape-reg-exp';

/** A relative clause closing the question on its verb: "… “citizen journalists” who promote?". */
const RELATIVE_VERB_END = /\b(?:who|which|that)\s+(?:[a-z]+ly\s+)?([a-z][\w'’-]*)\?$/;

/** What opens an object in the copy: a determiner or an object pronoun. */
const OBJECT_START = '(?:the|a|an|such|their|his|her|its|this|these|those|our|my|your|them|him|it|us|me|some|any|all)';

/**
 * Whether the question ends a relative clause on a verb the copy gives an object to, directly ("who fund
 * the campaign") or after a run of verbs that share it ("who promote, debate and inflate such causes"): the
 * clause was cut and the verb stands without its object. "… workers who retired?" keeps its question when
 * the copy's verb takes none.
 */
export function droppedObject(question: string, copy: string): boolean {
  const verb = RELATIVE_VERB_END.exec(question)?.[1];
  if (!verb) return false;
  const run = String.raw`(?:,\s+(?:[a-z][\w'’-]*,\s+){0,4}[a-z][\w'’-]*,?\s+(?:and|or)\s+[a-z][\w'’-]*)?`;
  return new RegExp(String.raw`\b${escapeRegExp(verb)}${run}\s+${OBJECT_START}\b`).test(copy);
}
