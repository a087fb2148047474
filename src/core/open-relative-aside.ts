import { holdsVerb } from './holds-main-verb';

/** A finite verb or an auxiliary: what a relative clause's aside is closed before ("…, is now a key partner"). */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|did|do)$/i;

/**
 * "a country that, once an enemy, is now a key partner": the words end inside an aside that opens right after a
 * relative "that"/"which"/"who", so the comma after them is the aside's, and the relative clause's verb comes after it
 * (sample 36's #49), or a relative "where"/"when" ("five states where, in some cases, lawmakers had …", sample 38's
 * #29). No clause ends there, in a question's claim or in a shown passage. The aside holds no verb, or
 * the word after its closing comma (`next`) is an auxiliary ("a contractor that, under the new rules, will pay …").
 * After a demonstrative "that" a clause of its own follows, with its verb, and no auxiliary after its comma ("if they
 * can do that, he'll have a shot, in …"): that comma may end one. The text may end on the aside's closing comma, or on
 * the comma that opens it.
 */
export function openRelativeAside(text: string, next = ''): boolean {
  const aside = /\b(?:that|which|who|where|when),(?:\s([^,]*),?)?$/i.exec(text);
  return aside !== null && (!holdsVerb(aside[1] ?? '') || FINITE.test(next));
}
