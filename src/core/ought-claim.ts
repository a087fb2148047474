/**
 * A question asking to confirm an ought: "Can it be confirmed that people should provide evidence for their
 * accusations?" (sample 51's #35, a spokesman's rebuke), "Can a named source confirm that the U.S. should stand with
 * Israel?" A "should" or "ought to" in the claim's own clause makes it a recommendation, which no record, witness or
 * document can confirm; the passage says whose it is. Frames that ask whose view it is ("Is Jo Reid right that …",
 * "Which officials say …") or whether it is settled ("Who can say whether …") ask an ought fairly, so are not here.
 */
const CONFIRMING =
  /^(?:Is it true that|Can it be confirmed that|Can a named source confirm that|Can anyone (?:besides .+? )?confirm that|Has anyone confirmed the report that|Is there evidence that)\s+(.+)\?$/;

/**
 * The ought in the claim's own clause: no subordinator or speech verb before it, whose clause it would be
 * ("argue that superdelegates should …" is an argument on record, its "should" the argued clause's), and not a
 * conditional's inverted "Should the board …, …" opening the claim.
 */
const OWN_OUGHT =
  /^(?!should\b)(?:(?!\b(?:that|which|who|whom|whether|if|because|when|unless|argue[sd]?|says?|said|believes?|believed|thinks?|thought|urges?|urged|insists?|insisted)\b)[^;:])*?\b(?:should|ought to)\b/i;

/** Whether a question puts an ought, in its claim's own clause, to confirmation. */
export function oughtClaim(question: string): boolean {
  const claim = CONFIRMING.exec(question)?.[1];
  return claim !== undefined && OWN_OUGHT.test(claim);
}
