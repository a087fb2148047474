import type { QuestionKind } from './analysis-types';

/** The challenge family's warning: "warned that …", "warns of …". */
const WARNED = /\bwarn(?:ed|s)? (?:that|of)\b/i;
/** The challenge family's other words: any of them is a challenge of its own, and keeps the dispute. */
const OTHER_CHALLENGE =
  /\b(?:dismiss|reject|rebuff|brand(?:ed|s)\b|attack|critici[sz]|condemn|denounc|lambast|assail|blast|slam|rebut|opposition|objection|backlash|dispute|controversy|rubbish|nonsense|falsehood|untrue|row over)/i;
/** A rival in the sentence: a denial or rejection, or each side charging. */
const ANSWERED_HERE = /\b(?:den(?:y|ied|ies|ials?)|disagree\w*|counter\w*|defend\w*|each other|one another)\b/i;
/** Another party's saying before the warning ("Obama emphasized that …, and rights groups warned that …"). */
const SAID_BEFORE =
  /\b(?:said|says|say|insisted|insists|argued|argues|maintained|maintains|emphasi[sz]ed|stressed|claimed|claims|contended|promised|pledged)\b/i;
/** A next sentence that answers the warning: it opens on a contrast or a rival, or denies or rejects. */
const ANSWERED_NEXT =
  /^\W*(?:but|however|yet|others|critics|opponents)\b|\b(?:disput\w*|den(?:y|ied|ies)|reject\w*|dismiss\w*|counter\w*|disagree\w*|rebut\w*)\b/i;

/**
 * The kind a warning's item is shown with (issue 13, fu64; sample 61's S61-4): "…, but businesses on the quays have
 * warned that the works could put some of them out of business" is one party's warning of harm, which no one in the
 * sentence disputes, so it is a claim to check (unverified), not a dispute. The "but" sets the warning against the
 * sentence's news, not against a rival. The PolNeAR editors typed one of the four warnings they flagged (train and dev)
 * disputed, the one with a second party's saying before it ("Obama emphasized that …, and rights groups warned that
 * …"). A warning beside another challenge word, a rival's saying or denial, or an answer in the next sentence keeps
 * the dispute. The cue, its strength and the scorer's features are unchanged: only the label moves.
 */
export function warningKind(text: string, next: string): QuestionKind {
  const warned = WARNED.exec(text);
  if (!warned) return 'disputed';
  const contrary =
    OTHER_CHALLENGE.test(text) ||
    ANSWERED_HERE.test(text) ||
    SAID_BEFORE.test(text.slice(0, warned.index)) ||
    ANSWERED_NEXT.test(next);
  return contrary ? 'disputed' : 'unverified';
}
