import { eachMatch } from './each-match';

const SAY_THEN_VERB =
  /\b(?:say|says|said|believe|claim|suggest|warn|expect)\s+(?:is|are|was|were|has|have|had|will|would)\b/g;
/**
 * "Which officials say is tied to…" (from "who officials say is…"): a relative clause left with no head.
 * With a head it reads: "what Trump says is true", "the wall Trump says will be paid for".
 */
export function headlessSayClause(question: string): boolean {
  for (const m of eachMatch(SAY_THEN_VERB, question)) {
    const before = question.slice(0, m.index);
    const headed =
      /\bwhat\s+(?:[\w'’-]+\s+){1,3}$/i.test(before) ||
      /\b(?:the|a|an|this|that|its|their|his|her)\s+[a-z][\w-]*\s+(?:\p{Lu}[\p{L}\w'’.-]*\s+){1,3}$/u.test(before);
    if (!headed) return true;
  }
  return false;
}
