/**
 * "The court failed to reach a decision, and a new hearing": a clause with its own verb, then the modal's subject
 * after ", and"/", but"/";" — only that last part is the subject. A list ("Smith, Jones, and Brown") has no verb
 * before its "and" and stays whole.
 */
export function lastConjunct(subject: string): string {
  const cut = /^(.*)(?:,\s+(?:and|but)|;)\s+(.+)$/.exec(subject);
  if (!cut || !/\b(?:[a-z]{3,}ed|is|are|was|were|has|have|had|did|said|says)\b/.test(cut[1]!)) return subject;
  return cut[2]!;
}
