import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';

/**
 * Gates on a challenge verb that makes no challenge a reporter can chase (issue 13, fu56): the PolNeAR editors flag
 * none of these, on train or dev, where they flag a challenge that carries what it says ("rejected the idea that …",
 * "attacked Clinton as …", "warned that …").
 */

const { before } = gateWindow;
/** How far beside a match a gate reads. */
const NEAR = 40;

/** The challenge verbs' bare forms. */
const BASE_VERB = /^(?:dismiss|reject|rebuff|condemn|slam|rebut)$/i;

/**
 * "China should reject an arrogant candidate out of hand", "the board would rebuff any bid": a bare verb after a
 * modal says what someone ought to, could or will do, not a challenge anyone has made. A refusal ("refused to
 * condemn") or a past "did not reject" has no modal, and is read as before.
 */
const MODAL_CHALLENGE: KindGate = {
  name: 'modal-challenge',
  lacks: (f, text, index, match) =>
    f.shape === 'challenge' &&
    BASE_VERB.test(match) &&
    /\b(?:should|would|could|might|may|must|can|will|shall|ought to)(?:\s+not)?(?:\s+\w+ly)?\s+$/i.test(
      before(text, index, NEAR),
    ),
};

/**
 * "given his criticism of Romney it would be hard", "cited criticism of the anchor, who took heat …": a challenge noun
 * with "of" names only its target, a topic the PolNeAR editors never flag; with "from/over/to" it names who objects
 * or to what, and stays. So does one that goes on to make its case ("stepped up his criticism of Ms Okafor, calling
 * her budget 'a giveaway'").
 */
const TOPIC_CRITICISM: KindGate = {
  name: 'topic-criticism',
  lacks: (f, text, index, match) =>
    f.shape === 'challenge' &&
    /^(?:opposition|objections?|criticisms?|backlash) of$/i.test(match) &&
    // "For all the criticism of the plan, the depot opened": a concession the main clause answers (passage-kind.ts).
    !/\b(?:for all|despite)\s+(?:the\s+)?$/i.test(before(text, index, NEAR)) &&
    !/,\s*(?:calling|saying|arguing|branding|describing|labell?ing)\b/i.test(text.slice(index + match.length)),
};

/** The gates, by name, for kind-gates.ts to list and apply. */
export const bareChallengeGates = { MODAL_CHALLENGE, TOPIC_CRITICISM };
