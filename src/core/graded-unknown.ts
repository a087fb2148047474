import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';
import { NOT_A_NOUN } from './not-a-noun';

/**
 * An adverb setting the word against others or against a time: "relatively", "comparatively", "hitherto",
 * "previously", "once". "Unknown" so compared tells how known someone or something is (obscurity, or news now
 * told); "not identified", the sense a follow-up asks after, is not compared. An adverb of proportion ("mostly
 * unknown policies", "largely unknown") tells how much of a fact the copy lacks, and keeps the cue.
 */
const COMPARED = /(?:^|\s)(?:relatively|comparatively|hitherto|previously|formerly|once)\s+$/i;
/** A verb of being before the adverb: the adjective is predicative ("the cause is largely unknown because …"). */
const PREDICATIVE =
  /\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|stays?|stayed|becomes?|became|still)\s+\S+\s+$/i;
/** Then a lower-case word that can head or modify the noun it stands before: the adjective is attributive. */
const NOUN_NEXT = /^\s+([a-z][a-z-]*)\b/;

/**
 * Unknown needs a fact the copy does not have, not a thing's obscurity (issue 13, session 45, kind60; sample 41's
 * #15): "using hitherto unknown espionage software", "As a relatively unknown author", "to relatively unknown
 * figures" describe software no one had seen before and people few have heard of, which the copy names. The grammar
 * tells them apart: an adverb compares the adjective with others or with an earlier time, and the adjective stands
 * before its noun. Said of a fact ("The cause remains largely unknown", "an unknown gunman", "it is
 * still unknown whether …") it keeps the cue: predicative, or not graded.
 */
export const GRADED_UNKNOWN: KindGate = {
  name: 'graded-unknown',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'unclear' || !/^unknown$/i.test(match)) return false;
    const next = NOUN_NEXT.exec(gateWindow.after(text, index, match, 30))?.[1];
    const before = gateWindow.before(text, index, 40);
    return next !== undefined && !NOT_A_NOUN.test(next) && COMPARED.test(before) && !PREDICATIVE.test(before);
  },
};
