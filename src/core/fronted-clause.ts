/**
 * Does a sentence-initial time or circumstance clause hold the span? "As Obama faced public criticism
 * over his address, one lawmaker took a private moment…", "Amid criticism of the plan, the mayor
 * resigned", "Reacting to criticism over his memoir, the surgeon acknowledged…": the fronted clause sets
 * the scene the main clause narrates, so a challenge told there is background, not the claim the
 * sentence asserts. Read from the opener and the first comma only.
 *
 * Only openers of time and circumstance count: "While critics condemned the deal, …", "Since the union
 * rejected the offer, …" contrast or give a cause, and the challenge stays. So does one the main clause
 * answers ("As critics condemned the deal, the mayor defended it"): the sentence tells both sides.
 */
const FRONTED =
  /^(?:["“‘']\s*)?(?:(?:As|When|Whenever|After|Before|Once|Amid|Amidst|Following|Even as)\b|[A-Z][a-z]+ing\s+(?:that|to|on|over|with|from|for|about|at|in|into|against|amid|the|a|an|his|her|their|its|mounting|growing|fresh|renewed|widespread|sharp|heavy|intense)\b)[^,;:]*,/;

/**
 * "Manning rejected the charges, saying…": a name in -ing is a subject, not a participle; a finite verb
 * before the comma shows the "fronted clause" is the main one.
 */
const FINITE =
  /\b(?:is|are|was|were|has|have|had|said|says|did|does)\b|\b[a-z]+ed\s+(?:the|a|an|his|her|their|its|that|to|him|them)\b/;

/** The main clause answering the challenge: the sentence holds the dispute itself. */
const ANSWERS =
  /\b(?:defend(?:s|ed)?|den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|rebut(?:s|ted)?|counter(?:s|ed)?|insist(?:s|ed)?|responded|hit back|fired back|shot back|pushed back)\b/i;

export function frontedClause(text: string, at: number): boolean {
  const m = FRONTED.exec(text);
  if (m === null || at >= m[0].length) return false;
  const opener = m[0];
  if (/^(?:["“‘']\s*)?[A-Z][a-z]+ing\s/.test(opener) && FINITE.test(opener.replace(/^\S+\s+/, ''))) return false;
  return !ANSWERS.test(text.slice(opener.length));
}
