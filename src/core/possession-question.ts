import { endsPlural } from './ends-plural';
import { cutClause } from './question-clauses';

/**
 * "whether the department had its own estimate of the farm's use" → "Does the department have its own estimate of
 * the farm's use?" (audit 56's B-a56-17): "had" as the main verb, before a determiner, is possession, not the
 * perfect's auxiliary (perfect-question.ts asks those); the report's backshift is restored to the present, what is
 * still open. Null unless the parts are plain: a determiner and up to four lower-case words as the subject, then a
 * determiner opening the object, and no second clause ("and", "or", "whether") the present tense would alter.
 */
const POSSESSION =
  /^((?:the|its|his|her|their|a|an|any)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+(?:had|has|have)\s+((?:its|his|her|their|an?|any|the|enough|some)\s+\S.*)$/;

export function possessionQuestion(clause: string): string | null {
  const m = POSSESSION.exec(clause);
  if (!m) return null;
  const [, subject, object] = m as unknown as [string, string, string];
  if (/\b(?:and|or|but|whether|if|that|been)\b/i.test(object)) return null;
  const aux = endsPlural(subject.split(/\s+/).at(-1)!) ? 'Do' : 'Does';
  return `${aux} ${subject} have ${cutClause(object.replace(/[.!?]+$/, ''), 18)}?`;
}
