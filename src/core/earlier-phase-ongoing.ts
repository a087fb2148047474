import { gateWindow } from './gate-window';

/**
 * "At one point, she said, she was considering supporting the other candidate", "Initially the board was weighing a
 * ban": a deliberation in the past progressive that an adverb of an earlier phase ("at one point", "at one time", "at
 * first", "initially", "originally", "early on") places in a stretch the story has moved past. The choice was made or
 * dropped since, so nothing is left to wait on (hand-read sample 56's #7: a voter at the polls on primary day). The
 * phase adverb must stand in the cue's own clause, before it (a parenthetical "she said" aside) or after it up to the
 * clause's end; the present "is considering", and a past one with no phase adverb ("The mayor was considering a
 * run"), stay pending.
 */
const PAST_PROGRESSIVE = /^(?:was|were)\b/i;
const PHASE = /\b(?:at one (?:point|time|stage)|at first|initially|originally|early on)\b/i;
/** A clause break that hands the sentence to another clause: the phase adverb must not stand past one. */
const CLAUSE_BREAK = /;|\bbut\b|\bnow\b|\bthen\b/i;

/**
 * A phase adverb inside an apposition ("The company, initially a maker of dyes, was considering …"): it dates what the
 * subject was, not the deliberation. Set off by a comma before it, a noun phrase after it, and a comma closing both.
 */
function apposed(before: string, phase: RegExpExecArray): boolean {
  const after = before.slice(phase.index + phase[0].length);
  return /,\s*$/.test(before.slice(0, phase.index)) && /^\s+(?:a|an|the|his|her|their|its|one)\s[^,]*,/.test(after);
}

export function earlierPhaseOngoing(text: string, index: number, match: string): boolean {
  if (!PAST_PROGRESSIVE.test(match)) return false;
  const before = gateWindow.before(text, index, 80);
  const phaseBefore = PHASE.exec(before);
  if (phaseBefore && !CLAUSE_BREAK.test(before.slice(phaseBefore.index)) && !apposed(before, phaseBefore)) return true;
  const after = gateWindow.after(text, index, match, 80);
  const phaseAfter = PHASE.exec(after);
  return phaseAfter !== null && !CLAUSE_BREAK.test(after.slice(0, phaseAfter.index));
}
