import { escapeRegExp } from './escape-reg-exp';

/** After a preposition ("in which sources said Clinton could…") the pronoun is no part of the reported clause. */
const PREPOSITION = '(?:in|of|by|on|at|for|from|with|to|under|through|about)';
/**
 * Words after which "that" opens a reported clause, not a relative one: a frame's own ("confirm that"), a
 * speech or thought verb ("said that officials say…"), a conjunction or a copula ("the fact is that…").
 */
const THAT_OPENER =
  '(?:confirm|confirmed|true|right|evidence|said|says|say|told|tell|believe[sd]?|think|thinks|thought|argued?|argues|claim(?:s|ed)?|warn(?:s|ed)?|reported|reports|found|shows?|showed|and|but|so|is|was|are|were|fact|notes?|noted)';
/** A relative pronoun ("which", "who", "that homeland security") and a few modifiers of a source after it. */
export const RELATIVE_BEFORE = new RegExp(
  String.raw`(?:(?<!\b${PREPOSITION}\s+)\b(?:who|whom|which)|(?<!\b${THAT_OPENER})\s+that)\s+(?:[\w'’-]+\s+){0,3}$`,
  'i',
);

/** The frames that end in a clause of the copy: "confirm that …", "right that …", "the criticism that …". */
const THAT_FRAME =
  /\b(?:confirm|confirmed(?: the report)?|true|right|charge|criticism|accusation|claim|evidence|report) that\s+/g;
/** Words that cannot open a clause's subject: a finite verb or auxiliary, or the "of" a partitive's head was cut from. */
const NO_SUBJECT_WORD =
  /^(?:of|is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did|do|says|said)\b/;
/** "Which experts say …": the frame that puts the copy's words after an unnamed source's verb. */
const SAY_FRAME = /^Which\s+(?:[\w'’-]+\s+){1,3}?(?:say|says|believe|claim|suggest|warn|expect)\s+([a-z][\w'’-]*)/g;
const SAID_IN_COPY =
  '(?:say|says|said|believe|believed|believes|claim|claimed|claims|suggest|suggested|warn|warned|expect|expected)';

/**
 * Whether a template filled a clause that has no subject of its own: "…confirm that of the speech does
 * not stand up?" (a partitive's head cut), "…confirm that is tied to…", or "Which experts say renders
 * talk of a wall moot?" when the copy's "say renders" sits in a relative clause ("a gap that experts say
 * renders…") whose subject is the head noun before it. The engine shows the flagged passage instead.
 */
export function subjectlessClause(question: string, copy: string): boolean {
  for (const m of question.matchAll(THAT_FRAME)) {
    if (NO_SUBJECT_WORD.test(question.slice(m.index + m[0].length))) return true;
  }
  for (const m of question.matchAll(SAY_FRAME)) {
    const said = new RegExp(`\\s${SAID_IN_COPY}\\s+${escapeRegExp(m[1]!)}\\b`, 'gi');
    for (const c of copy.matchAll(said))
      if (RELATIVE_BEFORE.test(copy.slice(Math.max(0, c.index - 80), c.index + 1))) return true;
  }
  return false;
}
