import type { Analysis } from './analysis-types';
import { indexArticle } from './article-index';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { REBUTTAL_VERBS } from './rebuttal-verbs';

/** A rebuttal may score a little lower than the claim it answers. */
const OTHER_SIDE_MARGIN = 2.5;
/** Words that report the other side of a point: a denial, a rebuttal, a dispute. */
const OTHER_SIDE =
  /\b(?:den(?:y|ies|ied)|dispute[sd]?|disputing|reject(?:s|ed)?|rebut(?:s|ted)?|counter(?:s|ed)|insist(?:s|ed)?|dismiss(?:es|ed)|contend(?:s|ed)?|maintain(?:s|ed)?|however|but)\b/i;
/** A sentence that turns against the one before it ("However, Flynn conceded no wrongdoing…"). */
const CONTRAST_OPENER = /^["“‘']?(?:however|but|yet|still|nonetheless|nevertheless)\b/i;
/**
 * A rebuttal whose object points back at a claim instead of repeating it ("Mr Price rejected that account",
 * "dismissed the criticism", "defended the remark", "denied it."): its words cannot overlap the claim's, so
 * it scores low on the question the claim answers, yet it is that claim's other side.
 */
const POINTS_BACK = new RegExp(
  String.raw`\b(?:${REBUTTAL_VERBS}|defend)\w*\s+(?:(?:that|this|the|those|these|such|his|her|their|its)\s+(?:account|claims?|allegations?|accusations?|suggestions?|characteri[sz]ation|criticism|assertions?|charges?|version|reports?|arguments?|idea|notion|remarks?|comments?|statements?|view)\b|(?:it|them|this|that)(?=\s*[,.;]|\s+(?:as|outright|flatly)\b))`,
  'i',
);
/** How far after the claim a pointing-back rebuttal may sit: the next sentence or the one after. */
const POINTS_BACK_SPAN = 2;

/** Whether sentences a and b stand in one paragraph (answer-cited.ts asks too). */
export const sameParagraph = (analysis: Analysis, a: number, b: number): boolean =>
  analysis.sentences[a]!.paragraph === analysis.sentences[b]!.paragraph;

/**
 * The other side of a disputed point: a sentence nearly as relevant that denies, rebuts or disputes
 * it, from someone other than the best sentence's speaker. A reporter acting on one side alone is misled.
 * The sentence next to the best one answering it is that other side even when it repeats few of the
 * question's words — it answers the best sentence, not the question: the next sentence of the paragraph
 * turning against it ("However, …"); for a yes/no question, also a rebuttal just after it pointing back at it
 * ("Mr Price rejected that account…", a paragraph on) or, when the best sentence is itself the turn or the
 * rebuttal, the claim just before it. Each shares at least one of the question's words.
 */
export function answerOtherSide(
  analysis: Analysis,
  ranked: Ranked[],
  best: Ranked,
  cited: readonly number[],
  yesNo: boolean,
): Ranked | undefined {
  const text = (r: Ranked): string => analysis.sentences[r.index]!.text.trim();
  const close = (r: Ranked): boolean => r.share > 0 && r.score >= best.score - OTHER_SIDE_MARGIN;
  const uncited = (r: Ranked | undefined): Ranked | undefined => (r && !cited.includes(r.index) ? r : undefined);
  const turn = ranked.find(
    (r) =>
      r.index === best.index + 1 &&
      close(r) &&
      sameParagraph(analysis, best.index, r.index) &&
      CONTRAST_OPENER.test(text(r)),
  );
  if (turn) return uncited(turn);
  const index = indexArticle(analysis);
  const speakerOf = (i: number): string => index.contextWords[i]!.join(' ');
  const speaker = speakerOf(best.index);
  // Whether a point holds is what a yes/no question asks: both sides answer it, not a "which" or a "who".
  if (yesNo) {
    const fresh = ranked.filter((r) => !cited.includes(r.index));
    const rebuttal = fresh.find(
      (r) =>
        r.index > best.index &&
        r.index - best.index <= POINTS_BACK_SPAN &&
        r.share > 0 &&
        POINTS_BACK.test(text(r)) &&
        (speaker === '' || speakerOf(r.index) !== speaker),
    );
    if (rebuttal) return rebuttal;
    const answersOne = CONTRAST_OPENER.test(text(best)) || POINTS_BACK.test(text(best));
    const claim = fresh.find(
      (r) => answersOne && r.index === best.index - 1 && r.share > 0 && sameParagraph(analysis, best.index, r.index),
    );
    if (claim) return claim;
  }
  return uncited(
    ranked
      .slice(1, 6)
      .find(
        (r) =>
          Math.abs(r.index - best.index) > 1 &&
          r.share >= Math.max(0.5, best.share * 0.8) &&
          r.score >= best.score - OTHER_SIDE_MARGIN &&
          OTHER_SIDE.test(text(r)) &&
          speakerOf(r.index) !== speaker,
      ),
  );
}
