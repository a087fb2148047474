import type { Analysis } from './analysis-types';
import { firstWhere } from './first-where';
import type { RankedSentence as Ranked } from './rank-answer-sentences';

/** A party's silence: "did not respond when asked…", "has not replied", "declined to comment". */
const NO_REPLY =
  /\b(?:(?:did|does|has|have|had)(?: not|n['’]t) (?:yet )?(?:immediately )?(?:respond|reply|replied|comment)\w*|declined to comment)\b/i;

/**
 * "What did X say?": X's own quotes first, in the ranker's order, when one covers as much of the
 * question as the ranker's best (a quote off the asked topic does not displace a sentence on it;
 * X's name counts as covered, `credited`); failing a quote, X's statement reported without quote marks.
 */
export function ownWordsFirst(
  analysis: Analysis,
  ranked: Ranked[],
  own: ReadonlySet<number>,
  reported: ReadonlySet<number>,
  credited: ReadonlyMap<number, number>,
): Ranked[] {
  const top = ranked[0];
  // "What is Acme's response?" over "Acme did not respond when asked whether…": the question's noun meets the
  // refusal's verb, but Acme's own statement elsewhere is its response (audit 54 B-a54-5).
  const refused = top !== undefined && NO_REPLY.test(analysis.sentences[top.index]!.text);
  const on = (r: Ranked): boolean =>
    top !== undefined && (refused || (credited.get(r.index) ?? r.share) >= top.share - 1e-9);
  return firstWhere(
    ranked,
    (r) => own.has(r.index) && on(r),
    (r) => reported.has(r.index) && on(r),
  );
}
