import { agentlessAct } from './agentless-act';
import type { Analysis, AnswerResult } from './analysis-types';
import { citing } from './answer-cited';
import type { QuestionFeatures } from './answer-features';
import { askedDoerVerb } from './asked-doer-verb';
import { converseAct } from './converse-act';
import { entityFinder } from './entity-finder';
import { namedParties } from './named-parties';
import { namesDoer } from './names-doer';
import { otherObjectAct } from './other-object-act';
import { toldByNoOne } from './told-by-no-one';
import { unsaidAct } from './unsaid-act';

/**
 * "Who <verb>…?" over a best sentence saying only the act's converse ("Dee Moss lost the seat") or its passive with
 * no "by" ("the memo was leaked"): that sentence names no doer, but another may (review 51's B-r51-1: "An agency
 * worker, Carl Dunmore, admitted … he had leaked it" two paragraphs on). The ranked sentences below the best are read
 * in the ranker's order for the first that names the doer (names-doer.ts), and it is cited; only when none does does
 * the article not say who. Undefined when the best sentence may name the doer itself.
 */
export function doerUnsaid(
  analysis: Analysis,
  ranked: readonly { index: number }[],
  question: string,
  features: QuestionFeatures,
): AnswerResult | undefined {
  const told = toldByNoOne(analysis, ranked, question);
  if (told) return told;
  const best = ranked[0];
  const verb = askedDoerVerb(features, question);
  if (!best || verb === undefined) return undefined;
  const words = features.terms.questionWords;
  const text = analysis.sentences[best.index]!.text;
  const object = features.terms.terms.filter((t) => t !== verb);
  const reason =
    converseAct(analysis, best.index, verb, words) ??
    agentlessAct(analysis, best.index, verb) ??
    unsaidAct(analysis, best.index, verb, words) ??
    // "Who owns Fenmoor Water?" over "Harbour Estates, which owns the reservoir": the doer of that act on another thing.
    (otherObjectAct(text, verb, question, { objectTerms: object, names: features.terms.nameTerms })
      ? 'The article does not say who; it reports that act only of something else.'
      : undefined);
  if (!reason) return undefined;
  const find = entityFinder(analysis.entities);
  const named = ranked.slice(1).find((r) => {
    const text = analysis.sentences[r.index]!.text;
    return namesDoer(text, verb, namedParties(find, text, words));
  });
  if (named) return citing(analysis, [named.index]);
  return { answer: null, sentenceIds: [], reason, nearestId: analysis.sentences[best.index]!.id };
}
