import type { Entity } from './analysis-types';
import data from './goods-nouns.json' with { type: 'json' };
import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { hasLiteralMatch, literalPattern } from './literal-matches';
import { singularsOf } from './singulars-of';
import { TITLE_WORDS } from './split-title';
import { wordListSet } from './word-list-set';

/** The words, split once on first use: only a person-typed run closing on a plural asks. */
const nouns = wordListSet(data as string);

/** "Sundholm Commodities, who", "Vellmann Grains said he", "… his": what only a person's name is followed by. */
const PERSON_AFTER = literalPattern('\\b', '(?:,? (?:who|whose)\\b|(?: [a-z]+){0,4} (?:he|she|his|her|him)\\b)');

/**
 * "Geneva trader Sundholm Commodities", "Rotterdam trader Vellmann Grains, which …": a person-typed run of two to four
 * title-case words that no given name, honorific or title opens, closing on the plural of a noun WordNet gives for
 * goods, a food or substance, or a commercial enterprise (goods-nouns.json, `npm run lexicon:goods`), names a trading
 * firm even where a role noun stands before it (audit 58, B-a58-2: "trader" is a person's and a firm's). A surname is
 * seldom such a plural, and WordNet's surnames ("Woods", "Gates", "Mills") are out of the list; "X, who" or a personal
 * pronoun after the name still makes it a person's.
 */
export function goodsNamedRun(entity: Entity, text: string): 'organization' | null {
  const words = entity.name.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  const first = words[0]!;
  if (knownFirstName(first) || HONORIFICS.has(first) || TITLE_WORDS.test(first)) return null;
  const last = words[words.length - 1]!.toLowerCase();
  if (!singularsOf(last).some((w) => nouns().has(w))) return null;
  return hasLiteralMatch(text, entity.name, PERSON_AFTER) ? null : 'organization';
}
