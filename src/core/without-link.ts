/** A web link closing the clause a question asks, before its mark ("… at the quay party https://t.co/Ab12 ?"). */
const CLOSING_LINK = /\s+(?:https?:\/\/|www\.)\S+(?=\s*…?\?$)/i;

/**
 * A question without the link a tweet's clause ends on: "Can it be confirmed that Team Trump wants Mike Tyson at GOP
 * convention https://t.co/…?" reads as no editor writes (sample 43's #14); the link is the tweet's, not its claim, and
 * the passage the brief cites still shows it.
 */
export function withoutLink(question: string): string {
  return question.replace(CLOSING_LINK, '');
}
