import { englishWord } from './english-word';
import type { EntityFinder } from './entity-finder';
import { sentenceWords } from './sentence-words';
import { tokenizeWords } from './tokenize-words';

/** A relative clause giving the name before it a role: "Facebook, which was the cosponsor of …". */
const ROLE_CLAUSE =
  /^,\s+(?:which|who)\s+(?:is|was|are|were|will be|had been|has been)\s+(?:the|a|an|its|one of the)\s/;

/** A place preposition: "returned to Tobermory, which was the host of …" gives the place, not a party (review 61's R61-4). */
const PLACE_BEFORE = /^(?:in|to|at|through|from|near)$/;

/**
 * A capitalised word past the sentence's first that is no word of English by WordNet, none the question uses and part
 * of no name the analysis typed, given a role by a relative clause ("a trending subject of Facebook, which was the
 * cosponsor of the debate"): a firm or person the entity finder missed, named as a party to the act. Typed names are
 * named-parties.ts's to read; a bare capitalised word is not enough (places, and names the finder left untyped in
 * passing, name no doer: measured on the 808 train questions), nor one after a place preposition.
 */
export function unlistedName(find: EntityFinder, text: string, questionWords: ReadonlySet<string>): boolean {
  const typed = new Set(find(text.toLowerCase()).flatMap((entity) => tokenizeWords(entity.name)));
  const words = sentenceWords(text);
  return words
    .slice(1)
    .some(
      ({ word, start, end }, i) =>
        /^\p{Lu}/u.test(text.slice(start)) &&
        !PLACE_BEFORE.test(words[i]!.word) &&
        ROLE_CLAUSE.test(text.slice(end)) &&
        !questionWords.has(word) &&
        !typed.has(word) &&
        !englishWord(word),
    );
}
