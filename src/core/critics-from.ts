import { personNoun } from './person-noun';
import { singularsOf } from './singulars-of';

/** A criticism noun and what follows "from": "sparked criticism from Democrats", "drew complaints from residents". */
const CRITICS_FROM = /\b(?:criticisms?|complaints?|objections?|condemnation|protests?)\s+from\s+([^,;]{2,80})/i;

/**
 * The critics a criticism noun names after "from" ("criticism from Democrats and Republicans in Congress"), when the
 * phrase names people: a capitalised name or a noun whose commonest WordNet sense is a person ("councillors", "union
 * leaders"). "drawing such criticisms from a poisoned well" names where criticism comes from, not who makes it: null.
 */
export function criticsFrom(text: string): string | null {
  const phrase = CRITICS_FROM.exec(text)?.[1];
  if (!phrase) return null;
  const people = phrase
    .split(/\s+/)
    .some((w) => /^\p{Lu}/u.test(w) || singularsOf(w.toLowerCase()).some((s) => personNoun(s)) || personNoun(w));
  return people ? phrase : null;
}
