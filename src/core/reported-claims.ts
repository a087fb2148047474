import { claimSpeaker, someoneNames } from './claim-speaker';
import { leadIn } from './lead-in';
import type { QuestionInput } from './prepare-questions';
import { quotedQuestion } from './quoted-question';

/**
 * The sentences (by index) whose claim the engine reads as someone's reported speech with a resolved
 * speaker ("Schulz said no decision had been made", "the campaign says …"). With no cue word the
 * train editors flag them twice as often as other cue-less sentences (0.17 against 0.08), and those
 * the scorer ranks over the bar about as often as cued ones (docs/evaluation.md, fu41). Read from the
 * statements the analysis already holds, once an article: no sentence is read again.
 */
export function reportedClaims(partial: Pick<QuestionInput, 'sentences' | 'statements' | 'entities'>): Set<number> {
  // Only someone's claim: a person or body as speaker (claim-speaker.ts), not "the truck story" or "I cannot".
  const names = someoneNames(partial.entities);
  const ids = new Set(partial.statements.filter((s) => claimSpeaker(s.speaker, names)).map((s) => s.sentenceId));
  const out = new Set<number>();
  partial.sentences.forEach((s, i) => {
    // A lead-in ("X said that given the crop of candidates:") claims nothing itself: what it introduces follows.
    // Nor does a quoted question ("‘When does it stop?,’ the judge said"): it asks, it does not claim.
    if (ids.has(s.id) && !leadIn(s.text) && !quotedQuestion(s.text)) out.add(i);
  });
  return out;
}

/**
 * Whether a sentence with no cue is a reported-claim candidate: someone's claim, and not one its word
 * classes would show as denied — there "insisted", "rejected" or a "dispute" is the claim's own wording,
 * no denial of a charge (7 of the 8 such passages on the eval corpora were misread so).
 */
export function reportedCandidate(
  reported: ReadonlySet<number> | undefined,
  s: { index: number; cue: unknown; cuelessKind: string },
): boolean {
  return !s.cue && reported?.has(s.index) === true && s.cuelessKind !== 'denied';
}
