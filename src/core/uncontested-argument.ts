/**
 * Is "X argues / insists / contends that…" one side's case with no other side in the sentence? A
 * dispute needs a contrary on record: a contrast ("but", "while", "although", "however"), another party
 * ("others", "critics", "opponents") or a denial or rejection in the same sentence.
 */
const CONTRARY =
  /\b(?:but|however|while|although|though|despite|whereas|yet|others|critics|opponents|disput\w*|den(?:y|ied|ies)|reject\w*|counter\w*|contrary|disagree\w*)\b/i;

export function uncontestedArgument(text: string): boolean {
  return !CONTRARY.test(text);
}
