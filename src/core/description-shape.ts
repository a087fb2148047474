import { locationNoun } from './location-noun';

/** A phrase ending in a lower-case function word was cut mid-phrase. */
const CUT_SHORT =
  /\s(?:the|a|an|of|in|at|by|and|or|but|yet|nor|to|for|on|with|from|as|that|who|which|its|his|her|their)$/;
/**
 * A number after lower-case words ("balloting in 11", "and 70") was cut too; after a capitalised word
 * within the last two it ends the name of a body ("SEIU Local 1199", "the Class of 2016").
 */
const CUT_AT_NUMBER = /(?:^|\s)[a-z][\w'’-]*\s[0-9][\d,.]*$/;
const BODY_NUMBER = /\p{Lu}[\p{L}\w'’-]*\s(?:[a-z]+\s)?[0-9][\d,.]*$/u;
/** A run of capitalised words: one name, whatever its length ("President George W. Bush"). */
const NAME_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu;
/**
 * A name apposed to a noun ("in the city, Aldmere", "in the capital, Soria"): with a noun that has a place sense the
 * two name one place, as the name alone would ("in Soria"; any WordNet location sense: "capital" is money first).
 */
const APPOSED_NAME = /\b(?:the|a|an)\s+([a-z]+),\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?=,|$)/gu;
/** More parts than a description holds is a clause the tag reader ran into. */
const MAX_PARTS = 8;

/**
 * Whether a tag phrase read as a description is one: too long (more than eight parts, a name counting as one, so
 * "the former top aide to President George W. Bush" is six, as "the former top aide to the president" is), cut
 * short ("Former secretary of", "Super Tuesday balloting in 11"), or a description that fits.
 */
export function descriptionShape(clean: string): 'too-long' | 'cut-short' | 'fits' {
  const places = clean.replace(APPOSED_NAME, (whole, head: string, name: string) =>
    locationNoun(head) ? name : whole,
  );
  if (places.replace(NAME_RUN, 'N').split(/\s+/).length > MAX_PARTS) return 'too-long';
  return CUT_SHORT.test(clean) || (CUT_AT_NUMBER.test(clean) && !BODY_NUMBER.test(clean)) ? 'cut-short' : 'fits';
}
