/**
 * A sentence opened by a preposition or a participle ("After meeting", "Flanked by", "Thanking", "Unlike"); three
 * letters before the ending, so a name such as "Ted" or "King" opens no fronted phrase.
 */
const FRONTED_OPENING =
  /^(?:after|before|unlike|despite|following|during|alongside|beside|besides|without|with|against|among|between|under|through|since|amid|for|of|to|by|from|about|at|on|in|like|over|into|\p{L}{3,}(?:ing|ed))\s/iu;

/** A speech verb right after a description: the description is its subject ("…, the chairman said"). */
export const SPEECH_NEXT = /^\s+(?:said|says|told|added|warned)\b/;

/** Where the sentence holding `at` starts: after the last stop that is no honorific's or initial's. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|Col|St|[A-Z]))[.!?]["”’']?\s+|\n/g;

/**
 * Whether the words before a name (from its sentence's start, or from the quotation a tag follows) are a fronted
 * phrase that the name ends: opened by a preposition or a participle, with no comma before the name. "After meeting
 * Mayor Ann Fox, the governor said": Fox is the phrase's object, so ", the governor" is no apposition of hers.
 */
export function endsFrontedPhrase(opening: string): boolean {
  const words = opening.replace(/^[\s"'“”‘’,.:;—–-]+/, '');
  // A quotation before the name makes its words a tag's ('"…" said Nick Merrill, a spokesman').
  return !/[,"“”]/.test(words) && FRONTED_OPENING.test(words);
}

/** The words of `text` before `at` back to their sentence's start (at most 200 characters back). */
export function sentenceOpening(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 200), at);
  let from = 0;
  for (const m of window.matchAll(SENTENCE_END)) from = m.index + m[0].length;
  return window.slice(from);
}
