import { FORWARD, saysPastVerb } from './past-dated';

/** "before the March 15 deadline", "ahead of its deadline": the deadline as the time of another act. */
const BEFORE_DEADLINE = /\b(?:before|ahead of)\s+(?:the|a|an|its|their|his|her|that|this)\s+(?:[\w.,'’-]+\s+){0,3}$/i;

/**
 * Whether a "deadline" only dates an act the sentence tells in the past ("his district received a flurry of
 * last-minute applications before the March 15 deadline", sample 44's #24): the act was done by then, and nothing
 * waits on the deadline. A sentence with any forward-looking word (past-dated.ts's reading: "must", "will", "expected",
 * "due") keeps it: "Objections must reach the trust before the March 15 deadline" still waits.
 */
export function passedDeadline(text: string, index: number, match: string): boolean {
  if (!/^deadline$/i.test(match)) return false;
  if (!BEFORE_DEADLINE.test(text.slice(Math.max(0, index - 60), index))) return false;
  if (FORWARD.test(text.replace(/\bMay(?= \d)/g, ''))) return false;
  return saysPastVerb(text.slice(0, index));
}
