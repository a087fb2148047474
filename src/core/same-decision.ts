import { STOPWORDS } from './stopwords';

/** The words after "whether": the choice a pending question turns on, to the clause's end. */
const WHETHER = /\bwhether\s+(?:or not\s+)?(to\s+)?([^,;:.?!"“”]+)/i;
/** Where the main clause takes over again after an infinitive's choice ("whether to open the inquiry is expected …"). */
const MAIN_VERB = /\s(?:is|are|was|were|will|would|has|have|had|could|should|must|may|might|remains)\b/i;

/** The choice's content words, or null when the text asks no whether-choice of two words or more. */
function choiceWords(text: string): Set<string> | null {
  const found = WHETHER.exec(text);
  if (!found) return null;
  // A subject's clause ("whether the project will go ahead") keeps its verb: the choice is the whole clause.
  const clause = found[1] ? found[2]!.split(MAIN_VERB)[0]! : found[2]!;
  const words = (clause.toLowerCase().match(/[a-z][a-z'’-]{2,}/g) ?? []).filter((w) => !STOPWORDS.has(w));
  return words.length >= 2 ? new Set(words) : null;
}

/**
 * Whether two pending questions wait on one decision: "Will the inspectorate decide next week whether to open a full
 * investigation into the operator?" and "A decision on whether to open the investigation is expected by Friday" name
 * the same choice, the second's words all within the first's, with two dates (audit 59's B-a59-22 asked both). The
 * choice must be spelt out ("whether to …"); a choice of one word ("whether to go") tells no two decisions apart.
 */
export function sameDecision(a: string, b: string): boolean {
  const x = choiceWords(a);
  const y = choiceWords(b);
  if (!x || !y) return false;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const w of small) if (!large.has(w)) return false;
  return true;
}
