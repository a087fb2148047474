import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';

/** The noun's sides or its place: "between the two accounts", "with her testimony", "of his statement", "in the figures". */
const SIDES_NAMED = /^s?\s+(?:between|with|of|in|to)\b/i;
/** A demonstrative takes up contradictions the copy has named: "In light of those contradictions". */
const TAKEN_UP = /\b(?:these|those|such|both)\s+(?:[\w-]+\s+)?$/i;

/**
 * Disputed needs two accounts set against each other, not an inconsistency said of one thing (issue 13, session 46,
 * kind62; sample 42's #32): "if she seemed to embody contradictions", "seems like something of a contradiction", "the
 * basic contradiction at the heart of the program" are the writer's (or a speaker's) analysis of a person or a
 * policy, with no claim on record against another. The verb ("the figures contradict the minister") names both
 * sides and keeps the cue; so does the noun with its sides named ("a contradiction between the two statements",
 * "contradictions in his account") or taken up by a demonstrative ("those contradictions").
 */
export const UNARGUED_CONTRADICTION: KindGate = {
  name: 'unargued-contradiction',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'conflict' || !/^contradict$/i.test(match)) return false;
    const rest = gateWindow.after(text, index, match, 20);
    if (!/^ions?\b/i.test(rest)) return false;
    return !SIDES_NAMED.test(rest.slice(3)) && !TAKEN_UP.test(gateWindow.before(text, index, 30));
  },
};
