import { agentNoun } from './agent-noun';
import { firstNameGender } from './first-name-gender';
import { hasLiteralMatch, literalPattern } from './literal-matches';
import { surname } from './mentions-entity';
import { headNoun } from './phrase-head';
import { isRoleHead } from './role-heads';

interface Named {
  name: string;
  role: string | null;
}

const WORD = literalPattern("(?<![\\p{L}\\p{M}'’-])", "(?![\\p{L}\\p{M}'’-])", 'u');
/**
 * "The nurse appeared", "said the nurse.", "the nurse's lawyer": the role's head after "the", ending a clause or
 * followed by a verb (an auxiliary, or a word in -ed or -s), not a noun modifier ("the prisoner swap came") nor a
 * title before a name ("the nurse Ann Bell").
 */
const THE_HEAD = literalPattern(
  '(?<![\\p{L}\\p{M}])[Tt]he\\s+',
  "(?:['’]s\\b|(?=\\s*[,.;:!?)]|\\s+(?:was|is|has|had|will|would|could|can|did|does|must|may|might|should|\\p{Ll}+(?:ed|s))\\b))",
  'u',
);
/** A sentence the copy opens on the subject pronoun, outside a quotation ("She will next appear in court"). */
const OPENS_ON_PRONOUN = /^(?:(?:But|And|Yet|Now|Then|Later)\s+)?(He|She)\b(?!['’])/;

/**
 * Court, crime and obituary copy names its subject once and goes on with the role noun or a pronoun ("Maria Lopez,
 * a 34-year-old nurse, was charged … The nurse appeared in court. She will …"): by name strings alone the subject is
 * "named once" and leaves the protagonists (review 47 B-r47-4). A later "the <head>", the head of the role the copy
 * set beside this name and no other person's, or "he"/"she" opening the sentence right after the one that names
 * them, neither sentence naming anyone else (and not the other sex by the first name), names them again. A role
 * head shared with someone else ("the lawyer" beside two lawyers) and a pronoun after another name say nothing.
 */
export function whoIsWhoNamedAgain(
  person: Named,
  people: readonly Named[],
  personNames: readonly string[],
  sentences: readonly string[],
): boolean {
  const at = sentences.findIndex((s) => hasLiteralMatch(s, person.name, WORD));
  if (at < 0) return false;
  const head = roleHead(person.role);
  const shared = (p: Named) => p.name !== person.name && roleHead(p.role) === head;
  if (head && !people.some(shared) && sentences.slice(at + 1).some((s) => hasLiteralMatch(s, head, THE_HEAD)))
    return true;
  const next = sentences[at + 1];
  const pronoun = next?.match(OPENS_ON_PRONOUN)?.[1];
  if (!pronoun || !namesSubject(sentences[at]!, person.name)) return false;
  const gender = firstNameGender(person.name.split(/\s+/)[0]!);
  if (gender && gender !== (pronoun === 'She' ? 'female' : 'male')) return false;
  // Another person named in the naming sentence or the pronoun's may be whom "he" is ("Gene Sperling … hired Ms.
  // Brainard … under Bill Clinton. He said": the sentence's subject, not the last name).
  const own = sentences[at]!.replace(person.name, ' ');
  const mine = new Set(person.name.split(/\s+/));
  const other = personNames
    .map((n) => surname(n))
    .filter((last) => !mine.has(last))
    .some((last) => hasLiteralMatch(own, last, WORD) || hasLiteralMatch(next!, last, WORD));
  return !other;
}

/** An opening adverbial before the subject ("On Friday, ", "In a statement, "). */
const OPENING_ADVERBIAL = /^(?:On|In|At|After|Before|Last|Earlier|Since|During|Outside)\b[^,]*,\s+/;
/** "The administrator is Denise Roth": the name a copula equates with the subject is the subject. */
const IDENTIFIED = /^(?:The|Her|His|Their|Its)\s+(?:[\p{L}-]+\s+){0,3}(?:is|was)\s+$/u;
/** A word before the name that makes it an object or complement: a preposition, "that", a verb or a conjunction. */
const NOT_SUBJECT =
  /(?<![\p{L}\p{M}'’-])(?:that|to|of|for|by|with|from|at|in|on|into|against|about|as|than|and|or|who|which|whom|was|were|is|are|has|had|have|will|would|said|told|says|heard|\p{Ll}+ed)(?![\p{L}\p{M}'’-])/u;

/**
 * The name opens the sentence or its main clause, after titles ("Former nurse Maria Lopez"): only then is the
 * next sentence's "she" likelier hers than the story's running subject's ("the money belonged to Joan Pike … She
 * spent it" is the defendant; review 48 B-r48-6).
 */
function namesSubject(sentence: string, name: string): boolean {
  const before = sentence.slice(0, sentence.indexOf(name)).replace(OPENING_ADVERBIAL, '').replace(IDENTIFIED, '');
  return !NOT_SUBJECT.test(before);
}

/** The role's head noun, when it is a noun for a person ("34-year-old nurse from Kelsby" -> "nurse"). */
function roleHead(role: string | null): string | null {
  if (!role) return null;
  const words = role.replace(/^(?:a|an|the)\s+/i, '').split(/\s+/);
  const head = headNoun(words);
  return /^[a-z][a-z-]+$/.test(head) && (isRoleHead(head) || agentNoun(head)) ? head : null;
}
