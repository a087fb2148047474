import type { Analysis } from './analysis-types';
import { DATE } from './answer-sentence-marks';
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

/** "When will the council vote on it again?": a stop word, so read off the question, not its terms. */
const AGAIN = /\bagain\b/i;
/** What dates the next instance: the copy takes the thing up again, resumes or reschedules it. */
const NEXT_INSTANCE = /\b(?:again|resum\w*|reschedul\w*|reconven\w*)\b/i;
/** How far down the ranking, and how many sentences from the best, the next instance's date may sit. */
const DEPTH = 5;
const NEAR = 2;

/** A "when" question about a new instance of an event whose best sentence dates only the one called off. */
export function datesAnotherInstance(
  analysis: Analysis,
  best: Ranked,
  terms: readonly string[],
  type: string,
  question = '',
): boolean {
  const text = analysis.sentences[best.index]!.text;
  if (type !== 'time' || !CALLED_OFF.test(text)) return false;
  if (AGAIN.test(question) && !AGAIN.test(text)) return true;
  const index = indexArticle(analysis);
  return terms.some((t) => NEW_INSTANCE.has(t) && matchTerm(index, best.index, t, false).exact === 0);
}

/**
 * "The council on Monday postponed a vote … The council said it will take up the bill again on Dec. 21": when the
 * best dates only the instance called off, a sentence close to it, high in the ranking, dating the thing taken up
 * again (a date and "again", "resume", "reschedule") answers (audit 63 B-a63-5).
 */
export function laterInstance(analysis: Analysis, ranked: readonly Ranked[], best: Ranked): Ranked | undefined {
  return ranked.slice(0, DEPTH).find((r) => {
    const text = analysis.sentences[r.index]!.text;
    return (
      r !== best &&
      Math.abs(r.index - best.index) <= NEAR &&
      DATE.test(text) &&
      NEXT_INSTANCE.test(text) &&
      !CALLED_OFF.test(text)
    );
  });
}
