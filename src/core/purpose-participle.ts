import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';

/** A verb of being, then adverbs: "is intended to", "was also intended to", the passive. */
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|also\s+|not\s+)*$/i;
/**
 * A predicate noun: "was a gesture intended to", "is a measure intended to". The noun is no subject of its own
 * clause, so "intended" is a participle describing it, not its verb. A noun at a clause's start, a pronoun or a name
 * ("The three men intended to reopen …", "said he intended to") is a subject.
 */
const PREDICATE_NOUN =
  /\b(?:is|are|was|were|be|been)\s+(?:(?:the|a|an|its|their|his|her|another|one)\s+)(?:[\w'’-]+\s+){0,2}[a-z][\w-]*\s+$/;

/**
 * Pending needs someone's plan still open, not a purpose told of a thing (issue 13, session 45, kind60; sample 41's
 * "intended to" reading): "The campaign is intended to stop teachers …", "Mrs. Clinton's plan is intended to make
 * sure …", "the amendment was a gesture intended to highlight …" say what a thing is for, as "designed to" would; no
 * one's intention waits on an outcome. The grammar tells it: "intended" is a passive participle, after a verb of
 * being or after a predicate noun. "Sanders said he intended to campaign …" and "The three men intended to reopen the
 * site" keep the cue (a subject's intention; that it is past is kind59's PAST_PLAN, measured and not shipped).
 * Measured, not shipped: a preposition's object read the same way ("a series of hearings intended to consider help")
 * lost a train editor's pending passage whose event ("will hold a hearing on Tuesday") no other family reads.
 */
export const PURPOSE_PARTICIPLE: KindGate = {
  name: 'purpose-participle',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'plan' || !/^intended to\b/i.test(match)) return false;
    const before = gateWindow.before(text, index, 40);
    return PASSIVE.test(before) || PREDICATE_NOUN.test(before);
  },
};
