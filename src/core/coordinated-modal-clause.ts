/**
 * "boats would leave at dawn and the last crossing would be at midnight": after "and", a subject of its own with a
 * modal of its own opens a second prediction, no part of what the first subject will do. The verb phrase ends before
 * that "and" ("Will boats leave at dawn?"). A subordinator earlier in the phrase ("decide whether the bridge and the
 * road would be closed") may have opened a clause whose coordinated subject this is: the phrase is left whole.
 */
const SECOND_MODAL_CLAUSE =
  /\s+and\s+(?:(?:the|a|an|its|their|his|her|our|this|these|those|some|many|most|all|no|each|every)(?:\s+[\w'’-]+){1,4}|it|they|he|she|we|\p{Lu}[\p{L}\w'’-]*(?:\s+\p{Lu}[\p{L}\w'’-]*){0,2})\s+(?:will|would|can|could|may|might|must|should|shall)\s+\w/u;

const SUBORDINATOR = /\b(?:that|whether|if|when|where|how|why|what|which|who|because|unless|until|once|while)\b/i;

export function coordinatedModalClause(verbPhrase: string): string {
  const m = SECOND_MODAL_CLAUSE.exec(verbPhrase);
  if (!m || SUBORDINATOR.test(verbPhrase.slice(0, m.index))) return verbPhrase;
  return verbPhrase.slice(0, m.index);
}
