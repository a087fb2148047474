import { lemmaOf } from '../src/core/answer-lexicon';
import { countedKinds } from '../src/core/counted-kinds';
import { personNoun } from '../src/core/person-noun';
import { pluralRoleNoun } from '../src/core/plural-role-noun';
import { isRoleHead } from '../src/core/role-heads';

/** WordNet classes a plural is filed under when it names people ("residents" → person, "families" → household). */
const PEOPLE_KINDS = new Set(['person', 'people', 'household', 'citizenry']);
/** Words after which an "-s" form is a verb: a singular subject pronoun, or "who" ("Moss, who guides tours"). */
const VERB_BEFORE = /^(?:he|she|it|who)$/i;
/** Capitalised words before a plural that are no name: "The residents", "Their tenants". */
const OPENER = /^(?:the|these|those|its|their|our|his|her|all|many|some|most|both|few|several)$/i;
/** Words before a plural that make it a definite group as the copy writes it ("the families"). */
const DEFINITE = /^(?:the|these|those)$/i;

/**
 * The plural groups of people a sentence names, as written ("the families", "residents"), one per group whatever its
 * form: a lower-case plural (or a sentence's first word) whose singular is a role head ("trustees", "nurses"), a noun
 * whose commonest WordNet sense is a kind of person ("tenants", "shoppers": person-noun.ts), or that WordNet files
 * under person, people or household (counted-kinds.json: "residents", "families", "parents"). Capitalised words are a name's
 * ("the Island Residents' Association" is a body, read as one), and are left out.
 */
export function pluralPeople(text: string): Map<string, string> {
  const groups = new Map<string, string>();
  const found = [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  const words = found.map((m) => m[0]);
  words.forEach((word, i) => {
    // A sentence's first word is capitalised for being first ("Residents said …"); any other capital is a name's.
    const lower = i === 0 ? word.toLowerCase() : word;
    if (!/^\p{Ll}+$/u.test(lower)) return;
    const singular = singularOf(lower);
    if (singular === undefined || groups.has(singular)) return;
    // A word after "he", "she", "it" or "who" is a verb ("she cooks"), not a group of cooks.
    if (VERB_BEFORE.test(words[i - 1] ?? '')) return;
    // After a name an "-s" word is a verb ("Dane chairs the committee") unless a plural's verb follows it ("Dunmore
    // residents said"), as the engine reads "Okafor aides said" (plural-role-noun.ts).
    const before = words[i - 1] ?? '';
    const at = found[i]!.index + word.length;
    if (/^\p{Lu}/u.test(before) && !OPENER.test(before) && !pluralRoleNoun(lower, text.slice(at))) return;
    if (!isRoleHead(singular) && !personNoun(singular) && !countedKinds(lower).some((kind) => PEOPLE_KINDS.has(kind)))
      return;
    groups.set(singular, DEFINITE.test(words[i - 1] ?? '') ? `the ${lower}` : lower);
  });
  return groups;
}

/** The singular of a plural ("families" → "family", "children" → "child"); undefined for a word that is not one. */
function singularOf(word: string): string | undefined {
  const lemma = lemmaOf(word);
  if (lemma !== word) return lemma;
  if (word === 'people') return 'person';
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(?<![su])s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return undefined;
}
