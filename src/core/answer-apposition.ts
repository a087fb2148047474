import { contentTerms } from './tokenize-words';

/**
 * "Who is the existing operator?" over "It is not clear whether the existing operator, Solent Link,
 * will extend its contract": the copy's hedge is about the extension, not about who the operator is.
 * A name set in apposition to the asked noun answers an identity question whatever the clause around it
 * says is unknown; the hedge still blocks answers whose focus is the hedged predicate itself.
 */

/** "Who is/was the <noun>…?": a question asking only who holds a role, not what they did or will do. */
const IDENTITY_QUESTION = /^\s*who(?:['’]s|\s+(?:is|was|are|were))\s+the\s/i;
/** A capitalised run of one to four words: a name ("Solent Link", "Dr Anita Shah"). */
const NAME_RUN = String.raw`(?:[A-Z][\p{L}'’.-]*)(?:\s+[A-Z][\p{L}'’.-]*){0,3}`;
/** "<noun>, <Name>," (or the name closing the sentence) and "<Name>, the … <noun>,". */
const NOUN_THEN_NAME = new RegExp(String.raw`([\p{L}-]+),\s+${NAME_RUN}\s*(?:[,.;—–)]|$)`, 'gu');
const NAME_THEN_NOUN = new RegExp(String.raw`${NAME_RUN},\s+the\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)\s*[,.;]`, 'gu');
/** "<Name>, <role> of/at/for …," without an article: "Grace Obi, secretary of the Friends, said". */
const NAME_THEN_ROLE_OF = new RegExp(
  String.raw`${NAME_RUN},\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|at|for)\s`,
  'gu',
);

/** Whether `question` asks who holds a role and `sentence` names someone in apposition to that role's noun. */
export function namesInApposition(question: string, heads: ReadonlySet<string>, sentence: string): boolean {
  if (heads.size === 0 || !IDENTITY_QUESTION.test(question)) return false;
  const isHead = (word: string): boolean => contentTerms(word).some((t) => heads.has(t));
  for (const pattern of [NOUN_THEN_NAME, NAME_THEN_NOUN, NAME_THEN_ROLE_OF])
    for (const m of sentence.matchAll(pattern)) if (isHead(m[1]!)) return true;
  return false;
}
