import { type PhraseContext, unclear } from './phrase-question';
import { refusal } from './refusal-question';

/**
 * "It remains unclear who will pay for the sea wall, and the council has not said whether work will start": two
 * unknowns of one strength, the writer's and a refusal, in two clauses. The refusal family leads on the tie (its
 * place in the list), which asked the second alone and lost the first (audit 60's B-a60-17, left by fu60 and fix60e);
 * the rule now is that both are asked, the first clause's unknown first ("Who can say who will pay for the sea wall,
 * and will work start?"). When only the first reads cleanly as a question it is asked alone; when the first is no
 * writer's unknown, the refusal is phrased on the whole sentence as before.
 * One clause must open on the writer's own unknown, so "An unknown number …, and X declined …" is read as before.
 */
const SPLIT = /^(.{20,}?),\s+(?:and|but|while)\s+(.{20,})$/;
/** The writer's own unknown opening the sentence ("It remains unclear …", "It is not yet known …", "Nobody knows …"). */
const WRITER_UNKNOWN =
  /^(?:it\s+(?:is|was|remains|remained|['’]s)\s+(?:still\s+)?(?:not\s+(?:\w+ly\s+|yet\s+)?)?(?:un)?(?:clear|known)|(?:nobody|no one)\s+knows)\b/i;
/**
 * A withheld whether's own frame ("Is it the case that anyone was arrested, and will police say?", withheld-whether.ts):
 * joined as it stands it brings a second "and" (review 64's R64-3), so it is asked as what the refuser would say.
 */
const WITHHELD_FRAME = /^Is it the case that (.+), and will (.+) say\?$/;

export function unknownAndRefusal(ctx: PhraseContext): string | null {
  const parts = SPLIT.exec(ctx.text.trim());
  // The unknown may close the sentence as well as open it ("X has not said whether …, and it is unclear who …", the
  // brief's class 5, fu63): the writer's unknown is asked first either way.
  const last = !!parts && !WRITER_UNKNOWN.test(parts[1]!) && WRITER_UNKNOWN.test(parts[2]!);
  const [unknownText, refusalText] = last ? [parts![2]!, `${parts![1]}.`] : [parts?.[1], parts?.[2]];
  const first =
    parts && WRITER_UNKNOWN.test(unknownText!)
      ? unclear({ ...ctx, text: `${unknownText!.replace(/\.$/, '')}.`, pairText: undefined })
      : null;
  if (!parts || !first) return refusal(ctx);
  const second = refusal({ ...ctx, text: refusalText!, pairText: undefined });
  if (!second || !/^(?:Will|When|What|How|Who|Has|Have|Is|Are|Does|Do)\b/.test(second)) return first;
  const head = first.replace(/\?$/, '');
  const withheld = WITHHELD_FRAME.exec(second);
  // "Who can say how many were hurt, and will police say whether anyone was arrested?"
  if (withheld) return `${head}, and will ${withheld[2]} say whether ${withheld[1]}?`;
  return `${head}, and ${second[0]!.toLowerCase()}${second.slice(1)}`;
}
