import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';

/**
 * A claim its maker withdrew ("Trump backed away from a suggestion that he might pay …", "the paper retracted its
 * claim that …") is no live claim: "Is it true that he might pay?" would ask what nobody still says (sample 58's #9).
 * Read per match, as the object of the withdrawing verb just before it (review 61's R61-15): "The senator walked back a
 * claim that …, but her rival repeated the allegation that …" still holds the rival's live allegation, where a
 * sentence-wide test dropped both.
 */
const WITHDRAWN_BEFORE =
  /\b(?:back(?:s|ed|ing)? (?:away|off) from|walk(?:s|ed|ing)? back|retract(?:s|ed|ing)?|withdr(?:ew|aws|awn|awing)|disavow(?:s|ed|ing)?) (?:a|an|the|his|her|their|its) (?:[a-z]+ )?$/i;

/** Enough before the match for the verb, its determiner and one modifier ("backed away from a widely …"). */
const NEAR = 45;

export const withdrawnClaim: KindGate = {
  name: 'withdrawn-claim',
  lacks: (f, text, index) => f.shape === 'claim' && WITHDRAWN_BEFORE.test(gateWindow.before(text, index, NEAR)),
};

/**
 * Where the claims a question may ask begin: at the first claim word ("claim/allegation/accusation/suggestion that")
 * no withdrawing verb governs; the text's end when every one is withdrawn. The template asks the live claim, not the
 * one its maker walked back.
 */
export function liveClaimFrom(text: string, claimWord: RegExp): number {
  for (const m of text.matchAll(new RegExp(claimWord.source, 'gi')))
    if (!WITHDRAWN_BEFORE.test(gateWindow.before(text, m.index, NEAR))) return m.index;
  return text.length;
}
