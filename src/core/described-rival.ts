import { eachMatch } from './each-match';
import type { Gender } from './honorifics';
import { personNoun } from './person-noun';
import { personNounSex } from './person-noun-sex';

/**
 * A determiner and up to three words after it: "a nurse", "a retired nurse who", "her daughter". The word before
 * the determiner is kept to tell a new person ("met a nurse") from a description of one already named ("is a
 * nurse", "as a mother", "Bell, a nurse,").
 */
const PHRASE = /(\S+\s+)?\b(an?|another|one|the|his|her|their)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/giu;
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);
/** Before the determiner, these make the phrase say what a person already there is, not bring in another. */
const PREDICATE = /^(?:is|was|as|became|becomes|been|remains|remained|,)$|,$/i;

/**
 * Whether the text brings in a person other than those named who could be the pronoun's: any indefinite person ("a
 * nurse who commutes", "a retired teacher") not of the other sex, or a definite one of the pronoun's sex ("her
 * daughter", "the woman"). Persons and their sexes are WordNet's (person-noun.ts, person-noun-sex.ts), so no list
 * grows here. Review s50 B-r50-10: "Ms Bell met a nurse who commutes … She has been late …" is the nurse's line.
 */
export function describedRival(text: string, gender: Gender): boolean {
  for (const m of eachMatch(PHRASE, text)) {
    if (m[1] !== undefined && PREDICATE.test(m[1].trim())) continue;
    const indefinite = INDEFINITE.has(m[2]!.toLowerCase());
    for (const word of [m[3], m[4], m[5]]) {
      const w = word?.toLowerCase();
      if (w === undefined || !personNoun(w)) continue;
      const sex = personNounSex(w);
      if (indefinite ? sex === null || sex === gender : sex === gender) return true;
      break;
    }
  }
  return false;
}
