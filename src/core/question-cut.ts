/** The budget's "…": at a word's end, before the question mark or a space. */
const BUDGET_CUT = /\S…/g;

/** The copy's own ellipses, typed as one mark or three dots. */
const COPY_ELLIPSIS = /…|\.\.\./g;

/**
 * Whether a phrased question was cut to its word budget ("… could have made…?", "… on the same…?"): a question too
 * long to phrase whole is shown as its passage instead (issue 13). Which words a clause can lose was a guess, and the
 * guesses dropped a name, a number, the claim's own verb or who it meant (sample 46's #44; cut49 caught names and
 * numbers only, "… on the same…?" for "on the same stage" went on). The copy's own ellipses are the sentence's: a
 * question holding no more of them than the sentence was not cut.
 */
export function questionCut(question: string, sentence: string): boolean {
  const cuts = question.match(BUDGET_CUT)?.length ?? 0;
  return cuts > (sentence.match(COPY_ELLIPSIS)?.length ?? 0);
}
