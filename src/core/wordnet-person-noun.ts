import data from './person-nouns.json' with { type: 'json' };

const WORDS = new Set(data.words);

/**
 * Whether a common noun's first sense names a person (WordNet's noun.person: "midwife", "nurse", "poet", "chef"):
 * what an apposition's head must be to tell who someone is, where the agent-noun endings ("-er", "-ist") miss it.
 */
export function wordnetPersonNoun(word: string): boolean {
  return WORDS.has(word);
}
