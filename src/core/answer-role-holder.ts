import type { Analysis } from './analysis-types';
import { namesInApposition } from './answer-apposition';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { contentTerms } from './tokenize-words';

/** "Its secretary, Grace Obi, …": the role held by whatever the sentence before named. */
const POSSESSED_ROLE = /\b(?:[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+),\s+\p{Lu}/gu;
/** How far down the ranking the holder's sentence may sit. */
const DEPTH = 5;

/**
 * "Who is the secretary of the Friends of Westford Libraries?": the sentence naming the holder of the asked
 * role ("Its secretary, Grace Obi, said…", "Grace Obi, secretary of the Friends, …") answers, not the one that
 * names the group more fully. It goes first when the ranker's best names no holder and it either covers as
 * much of the question or follows the best in its paragraph with the role possessed by a pronoun ("its",
 * "their"), which points at what the best sentence named; a role of anyone else stays where it ranked.
 */
export function answerRoleHolder(
  analysis: Analysis,
  ranked: Ranked[],
  question: string,
  heads: ReadonlySet<string>,
): Ranked[] {
  const top = ranked[0];
  const text = (r: Ranked): string => analysis.sentences[r.index]!.text;
  if (!top || namesInApposition(question, heads, text(top))) return ranked;
  const isHead = (word: string): boolean => contentTerms(word).some((t) => heads.has(t));
  const possessedAfterTop = (r: Ranked): boolean =>
    r.index === top.index + 1 &&
    analysis.sentences[r.index]!.paragraph === analysis.sentences[top.index]!.paragraph &&
    [...text(r).matchAll(POSSESSED_ROLE)].some((m) => isHead(m[1]!));
  const holder = ranked
    .slice(1, DEPTH)
    .find((r) => namesInApposition(question, heads, text(r)) && (r.share >= top.share - 1e-9 || possessedAfterTop(r)));
  return holder ? [holder, ...ranked.filter((r) => r !== holder)] : ranked;
}
