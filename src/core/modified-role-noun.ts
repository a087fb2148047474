import { agentNoun } from './agent-noun';
import { holdsVerb } from './holds-main-verb';
import { NOT_A_NOUN } from './not-a-noun';
import { VERB_BASES } from './verb-base-set';

/** Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts). */
const VERBS: ReadonlySet<string> = VERB_BASES;
/** Up to three lower-case words after the name: "Clinton economic advisers", "Trump foreign policy aides". */
const WORDS_AFTER = /^ ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?(?: ([a-z][a-z-]*))?\b/;

/**
 * Words that open a time or a quantity after a subject's name, no modifier of a noun for a person: "Clinton this
 * summer said", "Clinton and Sanders both offer", "Trump last week told".
 */
const NO_MODIFIER =
  /^(?:a|an|the|this|that|these|those|last|next|every|each|some|any|no|all|both|his|her|its|their|our|my|your|one|two|three|early|late|earlier|later|himself|herself|themselves|itself|been|being|be)$/;
/** Irregular pasts with no "-ed" that a subject's verb may be ("Okafor shook her head", "Okafor spoke to aides"). */
const IRREGULAR_PAST =
  /^(?:shook|spoke|took|gave|wrote|rose|struck|sought|thought|brought|caught|taught|fought|drew|threw|grew|knew|hit|let|sent|spent|felt|stood|won|began|ran|came|became|got|left|met|led|beat|bit|broke|chose|fell|flew|forgot|hid|hung|heard|lay|lit|meant|quit|rang|read|rode|sang|sat|shot|shut|slept|slid|sold|sped|split|spun|stole|stuck|stung|swore|swept|swam|swung|tore|understood|woke|wore|wound|withdrew)$/;
/** Time nouns whose ending reads as an agent's ("summer", "winter", "quarter"). */
const TIME_NOUN = /^(?:summer|winter|spring|autumn|fall|quarter|semester|semesters|summers|winters)$/;

/** The singular of a regular plural ("advisers", "allies"), or the word itself. */
function singularOf(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  return /[^s']s$/.test(word) && word.length > 3 ? word.slice(0, -1) : word;
}

/**
 * A word that can stand between a name and the noun it modifies: not a closed-class word, not an -ly adverb and no
 * verb ("Clinton told aides", "Sanders urge voters" keep the name as subject).
 */
function modifierWord(word: string): boolean {
  return (
    !NOT_A_NOUN.test(word) &&
    !NO_MODIFIER.test(word) &&
    !IRREGULAR_PAST.test(word) &&
    !word.endsWith('ly') &&
    !holdsVerb(`he ${word}`) &&
    !VERBS.has(word)
  );
}

/**
 * Whether the words after a name (`after`, from the space after it) are a modifier or two and a noun for a person by
 * role, singular or plural ("Clinton economic advisers like Gene Sperling", "a Trump campaign aide"): the name then
 * modifies that noun, as in "Clinton aides". A plural right after the name may be a verb ("Okafor answers
 * questions", plural-role-noun.ts); after a modifier it can only be the noun.
 */
export function modifiedRoleNoun(after: string): boolean {
  const words = (WORDS_AFTER.exec(after) ?? []).slice(1).filter((w): w is string => w !== undefined);
  // The noun second or third, every word before it a modifier.
  for (let at = 1; at < words.length; at++) {
    if (!modifierWord(words[at - 1]!)) return false;
    const singular = singularOf(words[at]!);
    // A pronoun or a determiner is no noun ("Okafor shook her head": "her" ends as "adviser" does).
    if (
      TIME_NOUN.test(words[at]!) ||
      VERBS.has(singular) ||
      NO_MODIFIER.test(words[at]!) ||
      NOT_A_NOUN.test(words[at]!)
    )
      continue;
    if (agentNoun(singular) && (!singular.endsWith('ly') || singular === 'ally')) return true;
  }
  return false;
}
