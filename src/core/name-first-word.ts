import data from './name-first-words.json' with { type: 'json' };
import { singularsOf } from './singulars-of';
import { wordListSet } from './word-list-set';

/**
 * WordNet's nouns whose commonest sense is a name ("Democrat", "Hughes", "Tory"), and those of them whose commonest
 * sense is one named thing or person but which WordNet also writes lower case ("Mailer", "Centre"), built by `npm run lexicon:names`
 * (src/train/build-name-first-words.ts), so src/core reads no files.
 */
const words = wordListSet(data.words);
const commonPlurals = wordListSet(data.commonPlurals);
const lowerDemonymEndings = wordListSet(data.lowerDemonymEndings);
const parties = wordListSet(data.partyWords);

/**
 * True when the lexicon writes this word with a capital in its commonest sense, or the word is the plural of a
 * capitalised class noun: "Democrats", "Tories", "Hughes", "Roberts". A sentence-opening capital on such a word is
 * the name's, not the sentence's (review s33 B-main-56: "Will democrats vote", "Will hughes decide"). The plural of
 * a name that WordNet also has as a lower-case common noun ("Mailers", "Centres") is the common noun's and loses the
 * capital (review s34 B-q47-1); a name with no common noun beside it keeps it ("Clintons", the family; review s35
 * B-sample31-2).
 */
export function nameFirstWord(word: string): boolean {
  const lower = word.toLowerCase();
  return words().has(lower) || singularsOf(lower).some((s) => words().has(s) && !commonPlurals().has(s));
}

/**
 * True when WordNet writes the word lower case in every sense though it ends like a demonym ("parish", "guardian",
 * "veteran"): "Parish councillors" opens on a common noun, not a nationality like "British" or "Iraqi".
 */
export function lowerDemonymEnding(word: string): boolean {
  return lowerDemonymEndings().has(word.toLowerCase());
}

/**
 * True when WordNet writes the word with a capital as a political party's name or its member's ("Labour", "Green",
 * "Communist", "Opposition"), whatever its commonest sense: before a people noun it names the party (review s36
 * B-main-86, "Labour councillors will vote …").
 */
export function partyWord(word: string): boolean {
  return parties().has(word.toLowerCase());
}

const capitalFree = wordListSet(data.capitalFree);

/**
 * True when WordNet's tagged corpus has the word as a lower-case noun and WordNet writes it with a capital in no sense
 * ("work", "construction"): alone at a clause's opening, its capital is the sentence's (audit 48, B-a48-8).
 */
export function capitalFreeNoun(word: string): boolean {
  return capitalFree().has(word.toLowerCase());
}
