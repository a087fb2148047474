import type { Cue } from './question-cues';

/**
 * A decision the sentence's subject is due to take: "is expected to rule within 30 days", "are set to vote on Friday".
 * The verbs are the choices the schedule family asks about (action-cue-families.ts).
 */
const DECISION_DUE =
  /\b(?:is|are) (?:expected|due|set|scheduled|poised|likely) to (?:decide|rule|vote|determine|approve|conclude|choose|make a decision)\b/i;

/**
 * The cues of a sentence whose unnamed source only gives the timing of a decision still to come: "The Ministry of
 * Ports is expected to rule within 30 days on the request, a ministry official said" leads with the ruling awaited,
 * which the decision itself will settle, not with who the official is (audit 59's B-a59-22 showed it "Unverified:").
 * The pending cue leads at the source cue's strength, so the sentence's place among the candidates is as before.
 */
export function decisionOverSource(cues: Cue[], text: string): Cue[] {
  const [first] = cues;
  if (first?.shape !== 'vague-source' || !DECISION_DUE.test(text)) return cues;
  const pending = cues.find((c) => c.kind === 'pending');
  if (!pending) return cues;
  return [{ ...pending, strength: first.strength }, ...cues.filter((c) => c !== pending)];
}
