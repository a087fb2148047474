/**
 * Whether a message in a brief's thread asks the bot something. Colleagues also talk to each other
 * there ("thanks!", "worth a call tomorrow"); only questions, or messages addressed to the bot, get
 * an answer, so the thread is not flooded with "the article doesn't say".
 */
export interface ThreadMessageContext {
  /** The message mentions the bot (an @-mention): it is addressed to it whatever its shape. */
  addressedToBot?: boolean;
}

const QUESTION_OPENER =
  /^(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|might|must)\b/i;

export function isThreadQuestion(text: string, context: ThreadMessageContext = {}): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  // A mistyped slash command ("/breif flynn") is not a question about the story.
  if (trimmed.startsWith('/')) return false;
  if (context.addressedToBot) return true;
  return /\?\s*$/.test(trimmed) || QUESTION_OPENER.test(trimmed);
}
