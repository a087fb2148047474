import type { Analysis } from './analysis-types';
import { firstWhere } from './first-where';
import { orgHeadWord } from './org-head-word';
import type { RankedSentence as Ranked } from './rank-answer-sentences';

/** "How did the council vote?", "how did the board vote on the plan?": the body whose vote is asked. */
const HOW_VOTED = /^\s*how\s+(?:did|does|do|will|would)\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+vote\b/iu;
/** A vote's count: "voted 9-2", "The vote was 11-5", "by 11 votes to 5", "unanimously". */
const TALLY =
  /\b(?:vot\w*|ballot)\b[^.;]*?\b\d{1,3}\s*(?:-|–|to)\s*\d{1,3}\b|\b\d{1,3}\s*(?:-|–|to)\s*\d{1,3}\s+(?:vote|in favou?r)\b|\bunanimous(?:ly)?\b|\bby \d{1,3} votes? to \d{1,3}\b/i;
/** How far down the ranking the tally may sit. */
const DEPTH = 5;

/**
 * "How did the council vote?" over "Councillor McKinnon, who voted against, said …" and "The vote was 11-5.": a body's
 * vote is answered by its count (a council or a board votes as one; a person has a side), not by one member's side, however many of the question's words that member's
 * sentence says (audit 63 B-a63-5). When the question asks how a body voted and the best sentence gives no tally, the
 * best-ranked of the first five that does goes first; a person's vote ("how did Smith vote?") keeps the ranking.
 */
export function voteTallyFirst(analysis: Analysis, ranked: Ranked[], question: string): Ranked[] {
  const asked = HOW_VOTED.exec(question);
  const top = ranked[0];
  if (!asked || !top || !orgHeadWord(asked[1]!.split(/\s+/).at(-1)!)) return ranked;
  const tally = (r: Ranked): boolean => TALLY.test(analysis.sentences[r.index]!.text);
  if (tally(top)) return ranked;
  return firstWhere(ranked, (r, at) => at < DEPTH && tally(r));
}
