import { adverbOnlyWord } from './adverb-only-word';
import { englishWord } from './english-word';
import { irregularVerbLemma } from './irregular-verb-lemma';
import { singularsOf } from './singulars-of';
import { timeNoun } from './time-noun';
import { verbLemmas } from './verb-lemmas';

/** Words that open a noun phrase of its own after "said": articles, demonstratives, possessives, quantifiers. */
const OPENER =
  /^(?:the|a|an|these|those|his|her|its|their|our|some|many|most|all|several|few|both|each|every|other|such)\s/;

/** An adverb between the relative "that" and its verb ("that already have", "that still act"). */
const ADVERB = /^(?:(?:already|still|also|now|often|only|just|never|once|[a-z]+ly)\s+)?([a-z]+)\b/;

/** A plural present ("have", "act") or an irregular past ("grew") right after "that": a relative clause's verb. */
function verbAfter(after: string): boolean {
  const word = ADVERB.exec(after)?.[1];
  if (!word) return false;
  return irregularVerbLemma(word) !== undefined || (!word.endsWith('s') && verbLemmas().has(word));
}

/**
 * "said the data from cities that already have rent control showed …", "said products that act on a user's behalf
 * raised …": after a verb that takes a bare clause and names no listener, the words before "that" are the clause's
 * subject, a noun phrase the "that" qualifies (audit 58, B-a58-5: the statement was cut after that "that", leaving
 * "already have rent control showed no such effect"). The noun phrase opens with a determiner or a quantifier, and no
 * time noun in it makes it an adjunct ("said this week that", "said the same day that"), nor does it end on a word
 * WordNet has only as an adverb ("said all along that", "said most recently that": review 59's R59-6); or it is one
 * plural noun and a verb follows "that" straight away. `skipped` is the words between the verb and "that", `after` what follows it.
 */
export function subjectRelativeThat(skipped: string, after: string): boolean {
  const words = skipped.trim().toLowerCase().split(/\s+/);
  const time = words.some((w) => timeNoun(w) || singularsOf(w).some(timeNoun));
  if (OPENER.test(`${words.join(' ')} `)) return words.length > 1 && !time && !adverbOnlyWord(words.at(-1)!);
  if (words.length !== 1 || time || !/^[a-z]+[^s]s$/.test(words[0]!)) return false;
  return singularsOf(words[0]!).some(englishWord) && verbAfter(after);
}
