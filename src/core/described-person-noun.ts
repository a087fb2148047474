import { personNoun } from './person-noun';
import { STOPWORDS } from './stopwords';

/**
 * Whether `modifiers` (up to two lower-case words, space-separated, possibly empty) and `noun` describe what a person
 * is: "retired" "farmer", "" "teacher". The noun must be a WordNet person noun and the modifiers content words: a
 * function word makes the name after the noun another's ("founded by shipwright Jo Bell", ", and teacher Jo Roe").
 */
export function describedPersonNoun(modifiers: string, noun: string): boolean {
  return personNoun(noun) && !modifiers.split(/\s+/).some((w) => w !== '' && STOPWORDS.has(w));
}
