import type { Analysis } from './analysis-types';
import { indexArticle } from './article-index';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { matchTerm } from './term-match';

/** "When is the new vote?": a later instance of the event, which a sentence dating the first one does not answer. */
const NEW_INSTANCE: ReadonlySet<string> = new Set(['new', 'next', 'revis', 'reschedul', 'fresh', 'anoth', 'replac']);
/**
 * What makes the best sentence's date the earlier instance's: it reports that instance called off. Without it "new"
 * is only the thing's adjective ("When will the new law take effect?" — "The law takes effect on 1 January").
 */
const CALLED_OFF =
  /\b(?:postpon\w*|delay\w*|cancel\w*|call(?:s|ed)? off|put off|adjourn\w*|scrap\w*|shelv\w*|suspend\w*|abandon\w*)\b/i;

/** A "when" question about a new instance of an event whose best sentence dates only the one called off. */
export function datesAnotherInstance(
  analysis: Analysis,
  best: Ranked,
  terms: readonly string[],
  type: string,
): boolean {
  if (type !== 'time' || !CALLED_OFF.test(analysis.sentences[best.index]!.text)) return false;
  const index = indexArticle(analysis);
  return terms.some((t) => NEW_INSTANCE.has(t) && matchTerm(index, best.index, t, false).exact === 0);
}
