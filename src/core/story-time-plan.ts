/**
 * "a clandestine mission that he planned to undertake the following morning", "she vowed to return later that day":
 * a plan told in the past tense and dated by a time the story itself sets ("the following morning", "the next day",
 * "later that week", "that evening"), relative to a moment already past, so the plan belongs to the narrative and
 * nothing is left for the story to wait on (sample 52's #49). Only the simple past of a plan verb, and only the plan's
 * own clause up to its first break; "plans to leave the next day" (present) and "planned to vote on Friday" (a date of
 * the calendar, which may be to come) are read as before.
 */
export function storyTimePlan(text: string, index: number, match: string): boolean {
  if (!/^(?:planned|intended|vowed|pledged|threatened) to$/i.test(match)) return false;
  const clause = /^[^,;:—–()]*/.exec(text.slice(index + match.length, index + match.length + 160))![0];
  return STORY_TIME.test(clause);
}

/** A time told relative to a moment of the story, not to the day of publication. */
const STORY_TIME =
  /\b(?:the (?:following|next) (?:morning|afternoon|evening|night|day|week|weekend|month|year)|the day after|(?:later|earlier) that (?:morning|afternoon|evening|night|day|week|month|year)|that (?:same )?(?:morning|afternoon|evening|night))\b/i;
