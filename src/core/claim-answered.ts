import type { QuestionKind, Sentence } from './analysis-types';
import { MAX_PASSAGE_WORDS } from './passage-head';
import { wordCount } from './word-count';

/** A verb of rebuttal, any tense. */
const REBUTS =
  '(?:den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|disput(?:ed|es|ing)|contradict(?:ed|s|ing)?|rebut(?:ted|s|ting)?|challeng(?:ed|es|ing)|counter(?:ed|s|ing)?)';

/**
 * A rebuttal whose object only points back at the claim it answers: "rejected Clinton's claim", "denied the
 * charges", "dismissed that suggestion", "contradicted him", a bare "disputes that." (audit 62's B-a62-14). Read
 * alone it says that something is disputed but not what. An object that spells the claim out ("rejected the idea that …", "the allegations of …") reads alone.
 */
const POINTS_BACK = new RegExp(
  `\\b${REBUTS}\\s+(?:\\w+ly\\s+)?(?:(?:him|her|them|it)\\b|(?:that|this|these|those)(?=\\s*(?:[.;!?]|$))|(?:the|this|these|those|that|such|its|his|her|their|[A-Z][\\w.-]*['’]s?)\\s+(claims?|charges?|allegations?|accusations?|assertions?|suggestions?|idea|notion|characterization|account|reports?)\\b(?!\\s+(?:that|of|about|by)\\b))`,
  'i',
);

/** A claim that has an author: an allegation, a charge, an accusation, a claim or an assertion. */
const AUTHORED = /^(?:claim|charge|allegation|accusation|assertion)s?$/i;
/** A quotation, replaced by a mark so that a quote's tag ("…," said Amory) is told from reported speech. */
const QUOTED = /["“][^"“”]*["”]/g;
/**
 * The act of making a claim, told as reported speech: a speech or claim verb with a clause of its own ("said
 * the trust had sold", "alleged that", "accused him of"). A quote's tag right after the quotation is none.
 */
const CLAIM_ACT =
  /(?<!\uE000[\s,]{0,3})\b(?:accus(?:ed|es|ing)\b[^.;!?]*\bof|(?:said|says|told\s+\w+|alleg(?:ed|es|ing)|claim(?:ed|s|ing)|charg(?:ed|es|ing)|suggest(?:ed|s|ing)|assert(?:ed|s|ing)|insist(?:ed|s|ing))\s+(?:that\b|[^.;!?\uE000]{0,80}?\b(?:had|has|have|was|were|is|are|did|would|could|will|should|might)\b))/i;

/**
 * The index of the sentence whose claim a disputed or denied passage at `index` answers, or null: the
 * sentence right before, when the passage's rebuttal points back at a claim (POINTS_BACK), that sentence
 * holds someone else's words (`speakers`, by sentence id), and the two fit one passage whole. The passage
 * then shows the claim with its rebuttal, as a figure is shown with its caption (figure-caption.ts):
 * "Priebus rejected that idea." alone tells a reporter nothing to chase. Two sentences past the passage's
 * word budget would be cut, losing the rebuttal itself, so the rebuttal is then shown alone, as before.
 */
export function claimAnswered(
  kind: QuestionKind,
  sentences: readonly Sentence[],
  index: number,
  speakers: ReadonlyMap<number, string>,
): number | null {
  if (kind !== 'disputed' && kind !== 'denied') return null;
  const before = sentences[index - 1];
  const here = sentences[index]!;
  const pointed = before ? POINTS_BACK.exec(here.text) : null;
  if (!before || !pointed) return null;
  // "Lee denied the allegations" answers an allegation made, not the quotation that happens to stand before it
  // (review 49, B-r49-7): the sentence must tell the claim's act in reported speech, a quotation alone does not.
  if (AUTHORED.test(pointed[1] ?? '') && !CLAIM_ACT.test(before.text.replace(QUOTED, '\uE000'))) return null;
  if (wordCount(before.text.trim()) + wordCount(here.text.trim()) > MAX_PASSAGE_WORDS) return null;
  const claimant = speakers.get(before.id);
  return claimant !== undefined && claimant !== speakers.get(here.id) ? index - 1 : null;
}
