import type { QuestionKind } from './analysis-types';
import { headCompleted } from './head-completed';
import { finishQuestion, type PhraseContext } from './phrase-question';
import type { Cue } from './question-cues';
import { isCleanQuestion } from './vet-question';

/** The sentence's question from its cue's template (or a weaker cue's), only if it reads cleanly. */
export function phraseCandidate(
  cue: Cue,
  fallbacks: Cue[],
  context: PhraseContext,
  copy: string,
  title: string,
): { text: string; kind: QuestionKind; shape: string; usesPair: boolean } | null {
  const tries: Array<{ cue: Cue; ctx: PhraseContext }> = [{ cue, ctx: context }];
  for (const fallback of fallbacks) {
    // The pair was chosen for the narrow template; the fallback reads the sentence alone.
    const { pairText: _unused, ...alone } = context;
    tries.push({ cue: fallback, ctx: alone });
  }
  for (const { cue: tried, ctx } of tries) {
    const text = finishQuestion(tried.family.phrase(ctx));
    if (text && isCleanQuestion(text, copy, title, ctx.properWords)) {
      return {
        text: headCompleted(text, ctx.text),
        kind: tried.kind,
        shape: tried.shape,
        usesPair: ctx.pairText !== undefined,
      };
    }
  }
  return null;
}
