/**
 * A sentence opened by a preposition or a participle ("After meeting", "Flanked by", "Thanking", "Unlike"); three
 * letters before the ending, so a name such as "Ted" or "King" opens no fronted phrase.
 */
const FRONTED_OPENING =
  /^(?:after|before|unlike|despite|following|during|alongside|beside|besides|without|with|against|among|between|under|through|since|amid|for|of|to|by|from|about|at|on|in|like|over|into|\p{L}{3,}(?:ing|ed))\s/iu;

/** A speech verb right after a description: the description is its subject ("…, the chairman said"). */
const SPEECH_NEXT = /^\s+(?:said|says|told|added|warned)\b/;

/** Where the sentence holding `at` starts: after the last stop that is no honorific's or initial's. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|Col|St|[A-Z]))[.!?]["”’']?\s+|\n/g;
/** How far back the sentence's start is looked for: a fronted phrase with no comma is never longer. */
const OPENING_REACH = 200;

/**
 * Whether the name starting at `nameStart` in `text` ends a fronted phrase: the words from its sentence's start
 * open with a preposition or a participle and hold no comma or quotation mark (after a quotation the words are a
 * tag's: '"…" said Nick Merrill, a spokesman'). "After meeting Mayor Ann Fox, the governor said": Fox is the
 * phrase's object, so ", the governor" is no apposition of hers.
 */
export function endsFrontedPhrase(text: string, nameStart: number): boolean {
  const window = text.slice(Math.max(0, nameStart - OPENING_REACH), nameStart);
  let from = -1;
  for (const m of window.matchAll(SENTENCE_END)) from = m.index + m[0].length;
  // No sentence start in reach: the window opens mid-sentence, and its first word says nothing.
  if (from < 0 && nameStart > OPENING_REACH) return false;
  const words = window.slice(Math.max(0, from)).replace(/^[\s"'“”‘’,.:;—–-]+/, '');
  return !/[,"“”]/.test(words) && FRONTED_OPENING.test(words);
}

/**
 * Whether the description ending at `descriptionEnd` is the subject of the speech verb right after it while the name
 * before it ends a fronted phrase ("In a letter to Mr Hale, the chairman said"): then that comma is no apposition
 * of the name's, and a comma, a stop or "who" after the description would have closed one.
 */
export function frontedSubjectAfter(text: string, nameStart: number, descriptionEnd: number): boolean {
  return SPEECH_NEXT.test(text.slice(descriptionEnd, descriptionEnd + 12)) && endsFrontedPhrase(text, nameStart);
}
