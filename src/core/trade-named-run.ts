import type { Entity } from './analysis-types';
import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { personUsage } from './person-usage';
import { TITLE_WORDS } from './split-title';
import { tradeNoun } from './trade-noun';

/**
 * "Kestrel Civil Engineering", "Hallam Steelworks", "Northgate Asset Management": a person-typed run of two or more
 * title-case words that no given name, honorific or title opens, closing on a noun WordNet gives for a line of
 * business (trade-noun.ts), names a firm, unless the copy gives it a role or uses it as a person's (person-usage.ts:
 * a title, "X, who", "X said he", the surname alone). A run of one word, or one a given name opens ("Maria Weaving"),
 * is left to the person readers: a trade's noun may be a surname.
 */
export function tradeNamedRun(entity: Entity, text: string): 'organization' | null {
  const words = entity.name.split(' ');
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  const first = words[0]!;
  if (knownFirstName(first) || HONORIFICS.has(first) || TITLE_WORDS.test(first)) return null;
  if (!tradeNoun(words[words.length - 1]!) || entity.role || personUsage(entity.name, text)) return null;
  return 'organization';
}
