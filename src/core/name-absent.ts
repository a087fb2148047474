import type { Analysis } from './analysis-types';
import { entityFinder } from './entity-finder';
import { NAME_ASKED } from './question-type';
import { tokenizeWords } from './tokenize-words';

/**
 * "What is the woman's name?" over "The woman, who is in her 30s, was found at a house on Fennor Road…": the sentence
 * is about her but names no person or body the question does not already name (a street is no one's name), and a
 * name is all the question asks. A sentence naming someone new is left to the ranker, whether or not it is hers.
 */
export function nameAbsent(analysis: Analysis, index: number, question: string): string | undefined {
  if (!NAME_ASKED.test(question)) return undefined;
  const asked = new Set(tokenizeWords(question));
  const named = entityFinder(analysis.entities)(analysis.sentences[index]!.text.toLowerCase()).some(
    (e) => e.type !== 'place' && !tokenizeWords(e.name).some((w) => asked.has(w)),
  );
  return named ? undefined : 'The article does not give the name.';
}
