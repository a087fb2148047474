import { gateWindow } from './gate-window';

/** "the decision to …", "the decision by Microsoft to …", "the surprise decision to …": a definite one, with its act. */
const DEFINITE = /\bthe\s+(?:[a-z][\w-]*\s+)?$/i;
const WITH_ITS_ACT = /^\s+(?:by\s+[^,;]{1,40}?\s+)?to\s+[a-z]/i;
/** Anything that leaves it open or still to come: a modal, an expectation, a negation, a time ahead. */
const LEFT_OPEN =
  /\b(?:will|would|could|may|might|shall|must|expected|due|pending|awaited|awaits|yet|not|soon|later|next|upcoming|whether|if)\b|n['’]t\b/i;

/**
 * Whether a "decision" is one taken: "The decision to make Internet Explorer 7 is widely seen as a U-turn" speaks of
 * a decision made and its act named, as the definite article presupposes (issue 13, session 46, kind62; sample 42's
 * #26, shown as pending). "his decision to boycott" was already read so (idle-pending-word.ts's possessive); "a
 * decision is expected", "the decision to close the pier will be made on Monday", "the decision to close it has not
 * been taken" and "awaiting the decision" leave it open and keep their kind. Bounded: 150 characters after the word.
 */
export function takenDecision(text: string, at: number, word: string): boolean {
  if (!/^decision$/i.test(word) || !DEFINITE.test(gateWindow.before(text, at, 30))) return false;
  const rest = gateWindow.after(text, at, word, 150);
  return WITH_ITS_ACT.test(rest) && !LEFT_OPEN.test(rest) && !LEFT_OPEN.test(gateWindow.before(text, at, 40));
}
