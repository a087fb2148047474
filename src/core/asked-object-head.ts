import { DETERMINER_SOURCE } from './determiners';
import { foldPhrasalVerbs } from './phrasal-verbs';
import { contentTerms, tokenizeWords } from './tokenize-words';

/**
 * What ends a question's object: a preposition ("inspected the pier in April"), a conjunction or a wh-word. The same
 * reading as the thread's (commands/holds-the-object.ts: the last word before a preposition is the head).
 */
const OBJECT_END =
  /^(?:in|on|at|by|for|with|from|to|of|after|before|during|over|under|into|about|since|until|without|against|and|or|but|when|where|who|which|that|last|this|next)$/;

/** The shared determiners, and "each"/"every", which open an object as well ("inspected every span"). */
const DETERMINER = new RegExp(`^(?:${DETERMINER_SOURCE}|each|every)$`);

/**
 * The head noun of the object a question's verb takes, as a term: "who inspected the east span?" → the term of
 * "span", "where does Ann Lee chair the board?" → "board". The object is the words after the asked verb up to a
 * preposition or the end, its head the last of them that carries a term. Undefined when the verb takes no object in
 * the question ("who resigned?", "who was the lease signed by?"), or the verb is not found.
 */
export function askedObjectHead(question: string, verb: string): string | undefined {
  const words = tokenizeWords(foldPhrasalVerbs(question));
  const at = words.findIndex((w) => contentTerms(w)[0] === verb);
  // An object opens with a determiner: "when might a Twitter deal actually happen?" reads "deal" as a verb, and no
  // object follows it.
  if (at < 0 || !DETERMINER.test(words[at + 1] ?? '')) return undefined;
  let head: string | undefined;
  for (let i = at + 1; i < words.length && !OBJECT_END.test(words[i]!); i++) head = contentTerms(words[i]!)[0] ?? head;
  return head;
}
