import { gateWindow } from './gate-window';
import { isRoleHead } from './role-heads';

/** How far beside the match the passive and its "as" are looked for (cue-word-gates.ts's reach). */
const NEAR = 40;
/** The post's own phrase ends at a preposition or conjunction: "as chairman of the board", "as coach after …". */
const PHRASE_END = /\s(?:by|of|for|in|on|at|after|from|to|with|over|and|because|when|since)\b/i;
/** A possessive, "the" or no determiner, up to three modifiers, then the head word. */
const POST = /^\s+(?:(?:the|his|her|their|its|[\w.-]+['’]s?)\s+)?(?:[\w'’-]+\s+){0,3}?([a-z]+)\s*$/;

/**
 * Whether a passive "dismissed" names the post its subject lost, not a verdict on it: "Lewandowski was dismissed on
 * Monday as Trump's campaign manager" (sample 48's #32), "was dismissed as chairman of the trust" tell a firing, where
 * "was dismissed as nonsense" and "was dismissed as a crank" judge. The words after "as" name a post when a possessive,
 * "the" or no determiner leads to a role head (role-heads.ts: a post, "manager", "chairman"; not any person noun — "dismissed as racist",
 * "as elitist" judge, review 51's B-r51-4); an indefinite article classes the subject ("as a crank") and keeps the
 * verdict, and "by" before "as" names who judged.
 */
export function dismissedPost(text: string, index: number, match: string): boolean {
  if (!/^dismissed$/i.test(match)) return false;
  if (!/\b(?:was|were|been|got|get|gets)\s+(?:\w+ly\s+)?$/i.test(gateWindow.before(text, index, NEAR))) return false;
  const right = gateWindow.after(text, index, match, 2 * NEAR);
  const as = /^[^,;:.]*?\b(as|by|out of hand)\b/i.exec(right.slice(0, NEAR));
  if (!as || as[1]!.toLowerCase() !== 'as') return false;
  const phrase = /^[^,;:.]*/.exec(right.slice(as[0].length))![0].split(PHRASE_END)[0]!;
  const post = POST.exec(phrase);
  return post !== null && !/^\s+an?\b/i.test(phrase) && isRoleHead(post[1]!);
}
