import { adverbOnlyWord } from './adverb-only-word';
import { peoplePlural } from './people-plural';
import { verbLemmas } from './verb-lemmas';

/**
 * A lone lower-case singular noun and a singular verb after "that" ("that figure was", "that plan has"): a singular
 * count noun takes a determiner, so the "that" is it. A plural ("that prices were") or a pronoun ("that it was")
 * leaves "that" the clause's opener; a mass noun ("that inflation was") is read as a noun too, which costs only the
 * "that" kept at the clause's head.
 */
const NOUN_THEN_AUXILIARY =
  /^(?!(?:he|she|it|they|we|i|you|this|there|here|one|no|nobody|everyone|someone|anyone|nothing|everything|something|the|a|an)\b)[a-z]+(?<!s)\s+(?:is|was|has|had|will|would|could|can|should|may|might|must|does|did)\b/;

/**
 * The same noun before a past tense of its own: "that link needed more work". Not "-s", which reads a plural
 * ("that passenger numbers rose"), nor a participle opening a reduced relative ("that content related to", "that
 * staff hired by"), whose "that" is the complementiser.
 */
const NOUN_THEN_PAST =
  /^([a-z]+)\s+([a-z]+?)(e?d)\s+(?!(?:to|by|in|at|on|from|with|for|as|under|over|into|during|after|before)\b)/;

/** Words that stand alone as a clause's subject, no noun a determiner goes with: "that most needed help". */
const NO_NOUN =
  /^(?:he|she|it|they|we|i|you|this|there|here|one|no|nobody|everyone|someone|anyone|nothing|everything|something|the|a|an|most|many|some|few|all|both|each|none|either|neither|such|much|more|less|others?|several|what|which|who|whoever|whatever|these|those|any|multiple|also|only|just|every|its|his|her|their|our|my|your)$/;

/**
 * Whether the "that" before `after` (the words that follow it) is the determiner of a singular noun, kept in the
 * reported clause ("said that link needed more work", audit B-a60-9), not the complementiser cut from it.
 */
export function determinerThat(after: string): boolean {
  if (NOUN_THEN_AUXILIARY.test(after)) return true;
  const found = NOUN_THEN_PAST.exec(after);
  if (!found) return false;
  const [, noun, stem, ending] = found as unknown as [string, string, string, string];
  if (NO_NOUN.test(noun) || /(?:[^s]s|ly)$/.test(noun) || peoplePlural(noun) || adverbOnlyWord(noun)) return false;
  // The verb's lemma: "needed" → need, "proved" → prove.
  const lemmas = [stem, `${stem}${ending.startsWith('e') ? 'e' : ''}`];
  return lemmas.some((lemma) => lemma.length > 1 && verbLemmas().has(lemma));
}
