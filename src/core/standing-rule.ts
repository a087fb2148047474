/**
 * Is a pending cue's "must / should / has to <decide, vote…>" a standing rule or duty rather than an
 * undecided event? "At the convention, these delegates must vote for the candidate who won them" and
 * "officials have to decide who gets extra scrutiny" say what the rules require, every time; nothing
 * is scheduled. With a time or a deadline ("Radcliffe must make a decision by Tuesday"), or a word that puts
 * it ahead ("the legislature still has to vote", "she will have to choose"), the duty is a step the story
 * waits on, and stays pending.
 */
const OBLIGATION = /^(?:must|should)\b/i;
/** The head of "… to decide", read just before the cue's match. */
const OBLIGED_BEFORE = /\b(?:must|should|has|have|had|required|obliged)\s+(?:not\s+)?$/i;

export const TIME =
  /\b(?:by|before|until|till|after|within|on|in)\s+(?:the end of\s+|next\s+|this\s+|mid-?)?(?:\d|week|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|midday|noon|midnight)|\b(?:next|this|later this|coming)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)\b|\b(?:today|tomorrow|tonight|deadline|soon)\b/i;

/** A duty still ahead or to come: "still has to vote", "will have to choose", "may yet have to". */
const AHEAD = /\b(?:will|would|may|might|could|still|yet|going to)\b|['’]ll\b/i;

/**
 * One decision with its alternatives open ("must decide whether to appeal", "should choose between two
 * bids") is an event the story waits on; a rule decides "who gets…" or "which…" every time, and "they have to
 * decide whether to feed themselves or their kids" is a dilemma that recurs.
 */
const OPEN_CHOICE =
  /^(?:must|should)\s+(?:\w+\s+)?(?:decide|choose|determine|rule)\s+(?:\w+\s+){0,2}?(?:whether|if|between)\b/i;

export function standingRule(text: string, index: number, match: string): boolean {
  if (!OBLIGATION.test(match) && !(/^to\b/i.test(match) && OBLIGED_BEFORE.test(text.slice(0, index)))) return false;
  if (OPEN_CHOICE.test(text.slice(index, index + 80))) return false;
  return !TIME.test(text) && !AHEAD.test(text);
}
