import { escapeRegExp } from './escape-reg-exp';
import { contentTerms } from './tokenize-words';

/**
 * "Who is the existing operator?" over "It is not clear whether the existing operator, Solent Link,
 * will extend its contract": the copy's hedge is about the extension, not about who the operator is.
 * A name set in apposition to the asked noun answers an identity question whatever the clause around it
 * says is unknown; the hedge still blocks answers whose focus is the hedged predicate itself.
 */

/** "Who is/was the <noun>…?": a question asking only who holds a role, not what they did or will do. */
export const IDENTITY_QUESTION = /^\s*who(?:['’]s|\s+(?:is|was|are|were))\s+the\s/i;
/** A capitalised run of one to four words: a name ("Solent Link", "Dr Anita Shah"). */
const NAME_RUN = String.raw`(?:[A-Z][\p{L}'’.-]*)(?:\s+[A-Z][\p{L}'’.-]*){0,3}`;
/** "<noun>, <Name>," (or the name closing the sentence) and "<Name>, the … <noun>,". */
const NOUN_THEN_NAME = new RegExp(String.raw`([\p{L}-]+),\s+${NAME_RUN}\s*(?:[,.;—–)]|$)`, 'dgu');
const NAME_THEN_NOUN = new RegExp(String.raw`${NAME_RUN},\s+the\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)\s*[,.;]`, 'dgu');
/** "<Name>, <role> of/at/for …," without an article: "Grace Obi, secretary of the Friends, said". */
const NAME_THEN_ROLE_OF = new RegExp(
  String.raw`${NAME_RUN},\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|at|for)\s`,
  'dgu',
);

/**
 * "…said the lawyer, Amina Obi", "The contractor, Hallam Ltd, said": a definite role, pointing back at the one a
 * sentence before possessed or named. A possessive before it ("The council's treasurer") names its own holder's body.
 */
const THE_NOUN_THEN_NAME = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?![\p{L}-]*['’]s?\s)[\p{L}'’-]+\s+){0,2}?([\p{L}-]+),\s+${NAME_RUN}\s*(?:[,.;—–)]|$)`,
  'dgu',
);

/**
 * The lower-case words that make a compound rank with the role after them ("chief executive", "managing director",
 * "acting president", "general secretary"); the subordinate ones (deputy, vice, assistant, associate) are kept for
 * subordinate-rank.ts to refuse. A time or a verb ("former", "ousted", "fired", "sued") is no rank.
 */
const RANK = new Set([
  'chief',
  'managing',
  'executive',
  'acting',
  'interim',
  'general',
  'senior',
  'joint',
  'deputy',
  'vice',
  'assistant',
  'associate',
]);

/** A role word, with the two words before it in the title ("deputy chief": "deputy"), for a test of rank. */
export type RoleTest = (word: string, before?: readonly string[]) => boolean;
/** The two words before `at`, lower case. */
const wordsBefore = (sentence: string, at: number): string[] =>
  sentence
    .slice(Math.max(0, at - 40), at)
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter(Boolean)
    .slice(-2);

/** Whether `question` asks who holds a role and `sentence` names someone in apposition to that role's noun. */
export function namesInApposition(question: string, heads: ReadonlySet<string>, sentence: string): boolean {
  if (heads.size === 0 || !IDENTITY_QUESTION.test(question)) return false;
  return namesRoleHolder((word) => contentTerms(word).some((t) => heads.has(t)), sentence);
}

/**
 * Whether `sentence` names someone in apposition to a role word `isRole` accepts ("the lawyer, Amina Obi", "Grace
 * Obi, secretary of the Friends"); `definite`, only after "the", as a role the copy has already introduced.
 */
export function namesRoleHolder(isRole: RoleTest, sentence: string, definite = false): boolean {
  const patterns = definite ? [THE_NOUN_THEN_NAME] : [NOUN_THEN_NAME, NAME_THEN_NOUN, NAME_THEN_ROLE_OF];
  for (const pattern of patterns)
    for (const m of sentence.matchAll(pattern))
      if (isRole(m[1]!, wordsBefore(sentence, m.indices![1]![0]))) return true;
  return false;
}

/**
 * Whether `sentence` titles a person by the party and a role word `isRole` accepts: "Rengo President Yuko Tanabe",
 * "Chamber chairman Takeshi Nomura", "Baraka's lawyer Grace Achieng" — the person holds that role of the party. The
 * role is the title's last word, after at most one lower-case modifier ("Acme chief executive Lena Hart").
 */
export function titledByParty(isRole: RoleTest, party: string, sentence: string): boolean {
  const title = new RegExp(
    String.raw`(?:^|[^\p{L}])${escapeRegExp(party)}(?:['’]s?)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}?(?:(\p{Ll}[\p{L}-]*)\s+)?([\p{L}-]+)\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}`,
    'dgu',
  );
  for (const m of sentence.matchAll(title)) {
    // "X former chairman Name", "X fired president Name", "X sued director Name": no rank, no holder (review B-r54-1).
    if (m[1] !== undefined && !RANK.has(m[1])) continue;
    if (isRole(m[2]!, wordsBefore(sentence, m.indices![2]![0]))) return true;
  }
  return false;
}
