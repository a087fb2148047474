import { eachMatch } from './each-match';
import { escapeRegExp } from './escape-reg-exp';
import { NOT_A_CLAUSE, verbLike } from './verbless-that';

/** After a preposition ("in which sources said Clinton could…") the pronoun is no part of the reported clause. */
const PREPOSITION = '(?:in|of|by|on|at|for|from|with|to|under|through|about)';
/**
 * Words after which "that" opens a reported clause, not a relative one: a frame's own ("confirm that"), a
 * speech or thought verb ("said that officials say…"), a conjunction or a copula ("the fact is that…").
 */
const THAT_OPENER =
  '(?:confirm|confirmed|true|right|doubt|evidence|said|says|say|told|tell|believe[sd]?|think|thinks|thought|argued?|argues|claim(?:s|ed)?|warn(?:s|ed)?|reported|reports|found|shows?|showed|and|but|so|is|was|are|were|fact|notes?|noted)';
/** A relative pronoun ("which", "who", "that homeland security") and a few modifiers of a source after it. */
export const RELATIVE_BEFORE = new RegExp(
  String.raw`(?:(?<!\b${PREPOSITION}\s+)\b(?:who|whom|which)|(?<!\b${THAT_OPENER})\s+that)\s+(?:[\w'’-]+\s+){0,3}$`,
  'i',
);

/** The frames that end in a clause of the copy: "confirm that …", "right that …", "the criticism that …". */
const THAT_FRAME =
  /\b(?:confirm|confirmed(?: the report)?|true|right|doubt|charge|criticism|accusation|claim|evidence|report) that\s+/g;
/** Words that cannot open a clause's subject: a finite verb or auxiliary, or the "of" a partitive's head was cut from. */
const NO_SUBJECT_WORD =
  /^(?:of|is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did|do|says|said)\b/;
/** "Which experts say …": the frame that puts the copy's words after an unnamed source's verb. */
const SAY_FRAME = /^Which\s+(?:[\w'’-]+\s+){1,3}?(?:say|says|believe|claim|suggest|warn|expect)\s+([a-z][\w'’-]*)/g;
const SAID_IN_COPY =
  '(?:say|says|said|believe|believed|believes|claim|claimed|claims|suggest|suggested|warn|warned|expect|expected)';
/** Adverbs that may stand before a clause's verb: "now allows", "also reported", "recently ended". */
const ADVERB = '(?:[a-z]{3,}ly|now|still|also|already|just|never|then|soon|often|even|again|later)';
const ADVERB_WORD = new RegExp(`^${ADVERB}$`);
/** "…the report that now allows Pyongyang to…": an adverb, then a finite verb with its object; no subject. */
const ADVERB_THEN_FINITE = new RegExp(
  String.raw`^${ADVERB}\s+(?:(?:is|are|was|were|has|have|had|will|would|can|could|does|did)\b|[a-z]{3,}(?:s|ed)\s+(?:the|a|an|his|her|its|their|to|[A-Z\d]))`,
);
/**
 * "…confirm that comes the delegate-packed April 19 New York primary?" from "Then comes the … primary": a verb
 * before its subject (an inversion after a dropped adverb or place) leaves the clause opening on the verb and a
 * determiner (sample 31's #17).
 */
const VERB_THEN_DETERMINER = /^([a-z]+)\s+(?:the|a|an)\s/;
/** Words ending in "s" that are no verb. */
const NOT_VERB_S = /^(?:as|us|his|its|this|thus|plus|yes|whereas|perhaps|always|sometimes|towards|afterwards)$/i;
/** A verb after a clause's first word makes that word its subject: "…said residents would leave". */
const finite = (word: string) => verbLike(word) && !NOT_VERB_S.test(word);
/**
 * "…the report that night Ex-CIA chief … testifies …": the copy's "reported that night" dates the report; a time
 * noun with no verb after it ("that time is running out" has one) and no "'s" ("that week's figures") opens no clause.
 */
const OPENS_ON_WORD = new RegExp(`^(?!${NOT_A_CLAUSE})\\w+\\s`);
function opensOnTimeNoun(clause: string): boolean {
  const next = /^[\w-]+\s+([\w'’-]+)/.exec(clause)?.[1] ?? '';
  return OPENS_ON_WORD.test(clause) && !finite(next);
}
/** Words a clause's subject may open on: a determiner, a pronoun, a number or a quantifier. */
const SUBJECT_START =
  /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|he|she|it|they|we|you|i|there|some|many|most|all|both|each|every|no|any|more|few|several|one|two|three|other|such|much)$/i;
/** The verbs a report template takes its claim from (phrase-question.ts), and the say verbs. */
const REPORTED_IN_COPY = `(?:reported|reports|${SAID_IN_COPY})`;

/**
 * "…the report that identify as Oksuz's brother-in-law?" from "whom Turkish news reports identify as…",
 * "…the report that now allows Pyongyang…" from "which state media claimed now allows…": the copy's report
 * verb sits in a relative clause, and the words after it open on a verb whose subject is the relative's
 * head. A clause opening (after an adverb) on a word that is no subject's start, with no verb after it, is
 * no clause.
 */
function relativeGapClause(clause: string, copy: string): boolean {
  const words = clause.match(/[A-Za-z'’-]+/g) ?? [];
  const skip = ADVERB_WORD.test(words[0] ?? '') ? 1 : 0;
  const first = words[skip];
  if (!first || !/^[a-z]/.test(first) || SUBJECT_START.test(first) || finite(words[skip + 1] ?? '')) return false;
  const opening = words
    .slice(0, skip + 1)
    .map(escapeRegExp)
    .join('\\s+');
  const said = new RegExp(`\\s${REPORTED_IN_COPY}\\s+${opening}\\b`, 'g');
  for (const c of copy.matchAll(said))
    if (RELATIVE_BEFORE.test(copy.slice(Math.max(0, c.index - 80), c.index + 1))) return true;
  return false;
}

/**
 * Whether a template filled a clause that has no subject of its own: "…confirm that of the speech does
 * not stand up?" (a partitive's head cut), "…confirm that is tied to…", or "Which experts say renders
 * talk of a wall moot?" when the copy's "say renders" sits in a relative clause ("a gap that experts say
 * renders…") whose subject is the head noun before it; also a clause opening on an adverb and a finite verb, or on
 * a verb after a relative clause's report verb, and a report dated "that night". The engine shows the flagged
 * passage instead.
 */
export function subjectlessClause(question: string, copy: string): boolean {
  for (const m of eachMatch(THAT_FRAME, question)) {
    const clause = question.slice(m.index + m[0].length);
    if (NO_SUBJECT_WORD.test(clause) || ADVERB_THEN_FINITE.test(clause) || relativeGapClause(clause, copy)) return true;
    if (finite(VERB_THEN_DETERMINER.exec(clause)?.[1] ?? '')) return true;
    if (/^Has anyone confirmed the report that /.test(question) && opensOnTimeNoun(clause)) return true;
  }
  for (const m of eachMatch(SAY_FRAME, question)) {
    const said = new RegExp(`\\s${SAID_IN_COPY}\\s+${escapeRegExp(m[1]!)}\\b`, 'gi');
    for (const c of copy.matchAll(said))
      if (RELATIVE_BEFORE.test(copy.slice(Math.max(0, c.index - 80), c.index + 1))) return true;
  }
  return false;
}
