import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';

/**
 * A count as the passive's agent: "rejected by 59.6 percent of voters", "by 64 per cent of the electorate", "by 212
 * votes to 180", "by a wide margin". A count of those rejecting is a ballot's result.
 */
const COUNTED_AGENT =
  /^\s+by\s+(?:(?:about|almost|nearly|some|over|more than|fewer than|just|only)\s+)?(?:\d[\d.,]*\s*(?:%|percent\b|per cent\b|votes?\b|to\s+\d)|(?:a|an)\s+(?:[\w-]+\s+)?(?:majority|margin)\b)/i;
/**
 * An adverb of a vote's margin before the past "unanimously rejected". A call for a vote ("we call on the House to
 * resoundingly reject this resolution") is one side's stand, and keeps the cue. "she had voted to reject the plan"
 * keeps it too (fix43c's B-r43-3 tests hold a member's vote as a challenge).
 */
const MARGIN = /\b(?:unanimously|overwhelmingly|narrowly|resoundingly|decisively)\s+$/i;

/**
 * Disputed needs a claim set against a contrary, not a ballot's result (issue 13, session 45, kind60; sample 41's
 * #16): "The SVP was rejected by 59.6 percent of voters", "Politicians unanimously rejected the bill" count a vote,
 * with no two sides' claims to weigh. The grammar tells it: a count as the passive's agent, or a vote's margin before
 * the verb ("unanimously rejected"). "Ms. Conway rejected the idea that …" and "the plan was rejected by the mayor, who called it …" keep the cue: one side against a claim.
 */
export const TALLIED_REJECTION: KindGate = {
  name: 'tallied-rejection',
  lacks: (f, text, index, match) =>
    f.shape === 'challenge' &&
    /^reject/i.test(match) &&
    (COUNTED_AGENT.test(gateWindow.after(text, index, match, 40)) ||
      (/^rejected$/i.test(match) && MARGIN.test(gateWindow.before(text, index, 20)))),
};
