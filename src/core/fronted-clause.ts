/**
 * Does a sentence-initial time or circumstance clause hold the span? "As Obama faced public criticism
 * over his address, one lawmaker took a private moment…" or "Amid criticism of the plan, the mayor
 * resigned", "Reacting to criticism over his memoir, the surgeon acknowledged…": the fronted clause sets the scene the main clause narrates, so a challenge told there is
 * background, not the claim the sentence asserts. Read from the opener and the first comma only.
 */
const FRONTED =
  /^(?:["“‘']\s*)?(?:As|While|When|Whenever|After|Since|Before|Once|Amid|Amidst|Following|Despite|Even as|For all|In the face of|[A-Z][a-z]+ing)\b[^,;:]*,/;

export function frontedClause(text: string, at: number): boolean {
  const m = FRONTED.exec(text);
  return m !== null && at < m[0].length;
}
