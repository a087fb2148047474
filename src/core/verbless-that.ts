/** The reported that-clause of a templated question, checked for a verb (vet-question.ts). */

/** The frames that end in a reported that-clause: "confirm that …?", "right that …?", "charge that …?". */
const THAT_FRAME =
  /\b(?:confirm|confirmed the report|true|evidence|right|charge|criticism|accusation|claim) that\s+([^?]*)\?/;
/** Past and base forms without an -s or -ed ending, so a clause holding one has its verb. */
const IRREGULAR_VERBS = new Set(
  (
    'am be been being hurt spoke drew put made got became went lost won took gave said told came ran left led met ' +
    'paid sold bought thought knew saw held kept began fell rose grew cut set hit let quit sent spent built brought ' +
    'caught fought taught found felt heard meant sat stood understood wrote broke chose shut spread beat cost dealt ' +
    'fled flew forgot froze hid hung lay laid lent lit read rode rang sang sank shook shot slept stole stuck struck ' +
    'swore threw woke withdrew'
  ).split(' '),
);
const AUXILIARY = /^(?:is|are|was|were|will|would|can|could|must|may|might|has|have|had|do|does|did|should|shall)$/;
/** Words that open a subordinate clause or a phrase: "…confirm that when we look at our data?" has no main clause. */
const SUBORDINATE =
  /^(?:when|after|before|while|if|because|as|since|although|though|shortly|at|in|on|during|according|once|until)$/i;

function verbLike(word: string): boolean {
  const w = word.toLowerCase();
  return (
    /^[a-z]+(?:s|ed)$/.test(word) ||
    AUXILIARY.test(w) ||
    IRREGULAR_VERBS.has(w) ||
    /(?:n['’]t|['’](?:s|re|ll|d|ve|m))$/.test(w)
  );
}

/**
 * "…answer Chris Christie's charge that Christie?", "…confirm that the Vermont senator?", "…charge
 * that an absolute disgrace?", "…confirm that after the Mason City event?": the reported clause
 * kept no verb, or only a subordinate opener. A short clause without a verb-like word, or one
 * opening with "when/after/at…" and no main clause after a comma, is a cut.
 */
/** "…meet with Reid that day…": "that" before a time noun is a demonstrative, no reported clause. */
const NOT_A_CLAUSE = '(?!(?:day|week|month|year|time|night|morning|evening|afternoon|weekend)\\b)';
/** The fixed tails some frames end with: the reported clause ends before them. */
const FRAME_TAIL = /,\s+and (?:can they be named|when(?: will [^?]*)?|what would settle it)\?$/;

export function verblessThat(question: string): boolean {
  const short = new RegExp(`\\bthat\\s+${NOT_A_CLAUSE}([^,?]*)\\?$`).exec(question)?.[1]?.split(/\s+/).filter(Boolean);
  if (short && short.length <= 2 && !short.some(verbLike)) return true;
  // "…convince voters that they, and not Clinton, and can they be named?": the clause before a frame's
  // tail was cut at a comma before its verb.
  const beforeTail = FRAME_TAIL.test(question) ? question.replace(FRAME_TAIL, '') : null;
  const last = beforeTail
    ? new RegExp(`\\bthat\\s+${NOT_A_CLAUSE}((?:(?!\\bthat\\b).)*)$`).exec(beforeTail)?.[1]
    : undefined;
  const lastWords = last?.match(/[A-Za-z'’-]+/g) ?? [];
  if (last !== undefined && lastWords.length <= 6 && !lastWords.some(verbLike)) return true;
  const clause = THAT_FRAME.exec(question)?.[1]
    ?.replace(/…$/, '')
    .split(/,\s+(?:despite|given)\b/)[0];
  const words = clause?.match(/[A-Za-z'’-]+/g) ?? [];
  if (!clause || words.length === 0) return false;
  // "at least 38 babies … have been killed" opens with a number's hedge, not a phrase.
  const opener = SUBORDINATE.test(words[0]!) && !/^at (?:least|most)$/i.test(`${words[0]} ${words[1]}`);
  if (opener && !clause.includes(',')) return true;
  // "…confirm that they empathize with her": after a plural pronoun a base verb has no ending.
  if (/^(?:they|we|I|you)$/.test(words[0]!)) return false;
  return !words.some(verbLike) && (words.length <= 8 || opener);
}
