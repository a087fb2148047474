import { messageNoun } from './message-noun';

/**
 * "'s", a noun, then up to six lower-case words ending the text before a quotation mark: "Clinton's call earlier in the
 * night to "…"", "Ms Grey's promise to "…"", "the mayor's plea for "…"".
 */
const OWNED = /['’]s\s+(\p{Ll}+)((?:\s+\p{Ll}+){0,6})\s*["“‘']?$/u;
/** A verb in the words between would make the quotation the reporting subject's verdict ("her promise was "…""). */
const VERB = /^(?:is|was|are|were|be|been|has|had|have|would|will|could|should|can|may|might|must|did|does)$/;

/**
 * Whether a quotation's words follow a possessor's message noun ("He said that Clinton's call … to "make America whole
 * again" was an inferior slogan"): the message is the possessor's, so the words are the possessor's and not the
 * reporting subject's (review 62; WordNet's noun.communication, message-noun.ts, says what carries words).
 */
export function possessorsMessage(before: string): boolean {
  // "'s", a noun and six words fit well inside 200 characters; reading only those keeps a sentence of many quotations
  // one read, not one per quotation (analysis-work-linear).
  const m = OWNED.exec(before.slice(-200));
  if (!m || !messageNoun(m[1]!)) return false;
  const between = m[2]!.trim().split(/\s+/).filter(Boolean);
  if (between.some((w) => VERB.test(w))) return false;
  return between.length === 0 || /^(?:to|for|of|that|on)$/.test(between.at(-1)!);
}
