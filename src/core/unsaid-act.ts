import type { Analysis } from './analysis-types';
import { relatedStems } from './answer-lexicon';
import { indexArticle } from './article-index';
import { entityFinder } from './entity-finder';
import { lightVerb } from './light-verb';
import { namedParties } from './named-parties';
import { sentenceWords } from './sentence-words';
import { matchTerm } from './term-match';
import { unlistedName } from './unlisted-name';
import data from './verb-converses.json' with { type: 'json' };

/** WordNet's antonyms of a verb, as stems (converse-act.ts reads the same table). */
const CONVERSES = (data as { converses: Record<string, string> }).converses;

/**
 * "Who will build the new pier?" over "The harbour board plans to demolish the old pier to make way for a new pier"
 * (audit 59's B-a59-6): a "who <verb>…?" question asks for the verb's doer, and a sentence that shares the object's
 * words but never says the act, by its word or a WordNet synonym other than a light verb ("make way" is no building),
 * or a word made from it ("documentary maker"), and names no person or organisation the question
 * does not, names nobody who does it: the board demolishes, nobody is said to build. The ranker takes it on the
 * object's words. A sentence naming another party ("Acme won the contract for the pier") may name the doer in a
 * construction the verb check cannot read, and is left to the ranker.
 */
export function unsaidAct(
  analysis: Analysis,
  best: number,
  verb: string | undefined,
  questionWords: ReadonlySet<string>,
): string | undefined {
  if (verb === undefined) return undefined;
  const index = indexArticle(analysis);
  const asked = matchTerm(index, best, verb, true);
  if (asked.exact > 0) return undefined;
  const plain = index.plainTerms[best]!;
  // The converse act ("lost the seat to the Greens" for "who won?") is converse-act.ts's to read: it names the other side.
  if (Object.hasOwn(CONVERSES, verb) && CONVERSES[verb]!.split(' ').some((stem) => plain.has(stem))) return undefined;
  const text = analysis.sentences[best]!.text;
  // A noun of the doer made from the verb ("the co-host", "documentary maker") may name them.
  if (sentenceWords(text).some((w) => w.word.startsWith(verb))) return undefined;
  if (asked.synonym > 0 && relatedStems(verb).some((s) => plain.has(s) && !lightVerb(s))) return undefined;
  if (asked.synonym > 0 && !relatedStems(verb).some((s) => plain.has(s))) return undefined;
  const find = entityFinder(analysis.entities);
  if (namedParties(find, text, questionWords).length > 0 || unlistedName(find, text, questionWords)) return undefined;
  return 'The article does not say who; no sentence says who does that.';
}
