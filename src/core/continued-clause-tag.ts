import type { SpeakerPhrase } from './speaker-phrase';
import { subjectAfter } from './subject-after';

/**
 * A closed-class word that opens the reporter's continuation of a quoted clause: a complementiser, a subordinator,
 * a conjunction or a preposition (`"…" that Sanders can catch Clinton,` / `"…" for the EU,`). No noun phrase opens
 * on one, so the words up to the tag's comma cannot be the subject of the verb after it.
 */
const CONTINUATION =
  /^(?:that|if|whether|but|and|or|nor|for|to|in|on|at|about|of|with|without|by|from|into|over|than|as|because|since|unless|until|after|before|while|when|where|so|among|between|against|toward|towards|through|during)\s/;

/**
 * `"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said Steve Elmendorf`: the
 * quotation's clause runs on in the reporter's words, and the tag after the comma is inverted, its subject after
 * the verb. `before` is the text from the closing mark to the verb, `after` the text after the verb at `offset`.
 * Only a name or a determined noun phrase that ends the sentence or its comma part is taken (`, said Jo Roe.`,
 * `, says a spokesman, …`); a clause after the verb (`, said it was false`) is no tag.
 */
export function continuedClauseTag(before: string, after: string, offset: number): SpeakerPhrase | null {
  if (!CONTINUATION.test(before) || !/,\s*$/.test(before)) return null;
  if (!/^\s+(?:\p{Lu}|(?:a|an|the|one|another)\s)/u.test(after)) return null;
  const phrase = subjectAfter(after, offset);
  if (phrase?.kind !== 'phrase') return null;
  return /^\s*(?:[,.;]|$)/.test(after.slice(phrase.end - offset)) ? phrase : null;
}
