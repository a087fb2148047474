import type { Entity } from './analysis-types';
import { escapeRegExp } from './escape-reg-exp';
import data from './goods-nouns.json' with { type: 'json' };
import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { WORD_EDGE } from './latin-letters';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { occupationNoun } from './occupation-noun';
import { personNoun } from './person-noun';
import { singularsOf } from './singulars-of';
import { TITLE_WORDS } from './split-title';
import { wordListSet } from './word-list-set';

/** The words, split once on first use: only a person-typed run closing on a plural asks. */
const nouns = wordListSet(data as string);

/** "Sundholm Commodities, who", "Vellmann Grains said he", "… his": what only a person's name is followed by. */
const PERSON_AFTER = literalPattern('\\b', '(?:,? (?:who|whose)\\b|(?: [a-z]+){0,4} (?:he|she|his|her|him)\\b)');
/** "Tendai Coles, a retired geologist,": the apposition's last word, read against WordNet's person nouns. */
const APPOSITION_AFTER = literalPattern('\\b', ', (?:a|an|the) (?:[a-z-]+ ){0,3}?([a-z]+)[,.]');
/** "Lisbon trader Orvald Commodities": the lower-case word right before the run, read against WordNet's occupations. */
const ROLE_BEFORE = literalPattern('\\b([a-z]+) ', '\\b');
/** "Kestermann Metals, which", "Orvald Commodities said it", "… its": what only a firm's name is followed by. */
const FIRM_AFTER = literalPattern('\\b', '(?:,? which\\b|(?: [a-z]+){0,4} (?:it|its)\\b)');

/**
 * Whether the copy tells the run a firm's (an occupation noun right before it, "which" or "it" after) and nothing
 * tells it a person's: "who" or a personal pronoun after, a person noun in apposition (", a retired geologist,") or
 * the last word alone as a speaker ("Coles said", "said Coles"). Review 60, R60-3: with only negative evidence,
 * "Tendai Coles", a given name the first-name list lacks, was typed a firm.
 */
function firmByUsage(name: string, last: string, text: string): boolean {
  if (hasLiteralMatch(text, name, PERSON_AFTER)) return false;
  if ([...literalMatches(text, name, APPOSITION_AFTER)].some((m) => personNoun(m[1]!))) return false;
  const alone = escapeRegExp(last);
  const speaker = `(?<!\\p{Lu}\\p{Ll}+ )${WORD_EDGE}${alone} (?:said|says|told|added)\\b|\\b(?:said|says) ${alone}${WORD_EDGE}`;
  if (new RegExp(speaker, 'u').test(text)) return false;
  if (hasLiteralMatch(text, name, FIRM_AFTER)) return true;
  return [...literalMatches(text, name, ROLE_BEFORE)].some((m) => occupationNoun(m[1]!));
}

/**
 * "Geneva trader Sundholm Commodities", "Rotterdam trader Vellmann Grains, which …": a person-typed run of two to four
 * title-case words that no given name, honorific or title opens, closing on the plural of a noun WordNet gives for
 * goods, a food or substance, or a commercial enterprise (goods-nouns.json, `npm run lexicon:goods`), names a trading
 * firm even where a role noun stands before it (audit 58, B-a58-2: "trader" is a person's and a firm's). A surname is
 * seldom such a plural, and WordNet's surnames ("Woods", "Gates", "Mills") are out of the list; the copy must still
 * tell a firm (firmByUsage).
 */
export function goodsNamedRun(entity: Entity, text: string): 'organization' | null {
  const words = entity.name.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  const first = words[0]!;
  if (knownFirstName(first) || HONORIFICS.has(first) || TITLE_WORDS.test(first)) return null;
  const last = words[words.length - 1]!;
  if (!singularsOf(last.toLowerCase()).some((w) => nouns().has(w))) return null;
  return firmByUsage(entity.name, last, text) ? 'organization' : null;
}
