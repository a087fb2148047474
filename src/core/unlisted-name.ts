import { englishWord } from './english-word';
import type { EntityFinder } from './entity-finder';
import { sentenceWords } from './sentence-words';
import { tokenizeWords } from './tokenize-words';

/** A relative clause giving the name before it a role: "Facebook, which was the cosponsor of …". */
const ROLE_CLAUSE =
  /^,\s+(?:which|who)\s+(?:is|was|are|were|will be|had been|has been)\s+(?:the|a|an|its|one of the)\s/;

/**
 * A capitalised word past the sentence's first that is no word of English by WordNet, none the question uses and part
 * of no name the analysis typed, given a role by a relative clause ("a trending subject of Facebook, which was the
 * cosponsor of the debate"): a firm or person the entity finder missed, named as a party to the act. Typed names are
 * named-parties.ts's to read; a bare capitalised word is not enough (places, and names the finder left untyped in
 * passing, name no doer: measured on the 808 train questions).
 */
export function unlistedName(find: EntityFinder, text: string, questionWords: ReadonlySet<string>): boolean {
  const typed = new Set(find(text.toLowerCase()).flatMap((entity) => tokenizeWords(entity.name)));
  return sentenceWords(text)
    .slice(1)
    .some(
      ({ word, start, end }) =>
        /^\p{Lu}/u.test(text.slice(start)) &&
        ROLE_CLAUSE.test(text.slice(end)) &&
        !questionWords.has(word) &&
        !typed.has(word) &&
        !englishWord(word),
    );
}
