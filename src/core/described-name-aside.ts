import { describedPersonNoun } from './described-person-noun';

/**
 * The whole rest of the part: up to two modifiers, a lower-case noun, then a capitalised run of up to four words
 * ("teacher Lo Kuan-ting", "primary school teacher Jo Roe").
 */
const NOUN_THEN_NAME = /^\s((?:[a-z][a-z-]*\s){0,2})([a-z][a-z-]+)\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * "The committee's chairman, retired teacher Lo Kuan-ting, said": a comma-set part that opens on a past participle
 * ("retired") and ends on a WordNet person noun and a name is the name apposed to the head, the participle an
 * adjective of the noun, not an aside saying how the head acts (", registered at the Civil Lines police station,",
 * ", based in London,"). A function word before the noun makes the name the participle's object (", founded by
 * shipwright Jo Bell,"), and the part an aside as before. `rest` is what follows the part's first word.
 */
export function describedNameAside(rest: string): boolean {
  const m = NOUN_THEN_NAME.exec(rest);
  return m !== null && describedPersonNoun(m[1]!, m[2]!);
}
