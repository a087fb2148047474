import { dated } from './dated';
import type { Cue } from './question-cues';
import { timeNoun } from './time-noun';

/**
 * A decision the sentence's subject is due to take: "is expected to rule within 30 days", "are set to vote on Friday".
 * Only the act of deciding, of the schedule family's verbs (action-cue-families.ts): "is likely to approve the merger"
 * forecasts the outcome, which is the unnamed source's claim to check (review 61's R61-14).
 */
const DECISION_DUE = /\b(?:is|are) (?:expected|due|set|scheduled) to (?:decide|rule|vote|determine|make a decision)\b/i;
/** A span the decision is due within, which `dated` leaves out: "within 30 days", "in two weeks". */
const WITHIN = /\b(?:within|in) (?:the next )?[a-z0-9]+ ([a-z]+?)s?\b/gi;

/** Whether the sentence says when the decision is due: a date ("on Friday", "by March") or a span of time. */
const timed = (text: string): boolean =>
  dated(text) || [...text.matchAll(WITHIN)].some((m) => timeNoun(m[1]!.toLowerCase()));

/**
 * The cues of a sentence whose unnamed source only gives the timing of a decision still to come: "The Ministry of
 * Ports is expected to rule within 30 days on the request, a ministry official said" leads with the ruling awaited,
 * which the decision itself will settle, not with who the official is (audit 59's B-a59-22 showed it "Unverified:").
 * The pending cue leads at the source cue's strength, so the sentence's place among the candidates is as before.
 */
export function decisionOverSource(cues: Cue[], text: string): Cue[] {
  const [first] = cues;
  if (first?.shape !== 'vague-source' && first?.shape !== 'single-source') return cues;
  // A decision taken on a condition (conditional-decision.ts) is the one the copy awaits, dated or not.
  const conditional = cues.find((c) => c.shape === 'conditional-decision');
  if (!conditional && (!DECISION_DUE.test(text) || !timed(text))) return cues;
  const pending = conditional ?? cues.find((c) => c.kind === 'pending');
  if (!pending) return cues;
  return [{ ...pending, strength: first.strength }, ...cues.filter((c) => c !== pending)];
}
