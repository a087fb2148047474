import type { Quote, Sentence, Statement } from './analysis-types';
import { surname } from './mentions-entity';
import { wordBounded } from './word-bounded';

/** The challenge template: "Why did Sanders criticize Clinton on two fronts?", the critic and what follows the verb. */
const WHY_CHALLENGE =
  /^Why (?:did|does|do|has|have) (.+?) (?:dismiss|reject|brand|attack|critici[sz]e|condemn|rebut)\w* (.+)\?$/;

/** A critic named as a group, any of whom may speak next: "both of Trump's remaining rivals for the nomination". */
const GROUP =
  /\b(?:rivals|critics|opponents|Democrats|Republicans|lawmakers|senators|officials|leaders|candidates|groups|activists|members)\b/;

/**
 * "Sanders … criticized Clinton on two fronts." then "“I was disturbed …,” Sanders said": the critic's own words come
 * next, so "Why did Sanders criticize Clinton …?" is answered in the copy (issue 13, sample 24's #3, #38). A next
 * quote by the one criticised is a reply, not the reason, and leaves the question standing.
 */
export function reasonQuotedNext(
  question: string,
  sentences: readonly Sentence[],
  index: number,
  quotes: readonly Quote[],
  statements: readonly Statement[],
): boolean {
  const why = WHY_CHALLENGE.exec(question);
  const next = sentences[index + 1];
  if (!why || !next) return false;
  const critic = why[1]!;
  const object = why[2]!;
  const speakers = [...quotes, ...statements].flatMap((q) =>
    q.sentenceId === next.id && q.speaker ? [surname(q.speaker)] : [],
  );
  const names = (phrase: string, name: string) => wordBounded(phrase, name);
  return speakers.some((s) => names(critic, s) || (GROUP.test(critic) && !names(object, s)));
}
