import { agentNoun } from './agent-noun';
import data from './people-plurals.json' with { type: 'json' };

/**
 * The nouns WordNet 3.1 reads as a group of persons in their commonest sense ("staff", "people", "crew", "police")
 * and the "-people" compounds of its "-person" nouns ("spokespeople"), precomputed by `npm run lexicon:people`
 * (src/train/build-people-plurals.ts).
 */
const GROUPS: ReadonlySet<string> = new Set(data as string[]);

/**
 * Whether `word` names people in the plural beyond the "-s" and "-ies" forms plural-role-noun.ts reads (review
 * B-r42-11): a group of persons by WordNet, or a "-men" plural whose "-man" singular is a noun for a person, WordNet's
 * own detachment rule for nouns ("spokesmen", "congressmen", "women").
 */
export function peoplePlural(word: string): boolean {
  return GROUPS.has(word) || (word.endsWith('men') && agentNoun(`${word.slice(0, -3)}man`));
}
