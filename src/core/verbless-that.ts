/** The reported that-clause of a templated question, checked for a verb (vet-question.ts). */

/** The frames that end in a reported that-clause: "confirm that …?", "right that …?", "charge that …?". */
const THAT_FRAME =
  /\b(?:confirm|confirmed|confirmed the report|true|evidence|right|doubt|charge|criticism|accusation|claim) that\s+([^?]*)\?/;
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

/** Whether a word can be a finite verb by its form or as an auxiliary: "allows", "said", "is", "won't". */
export function verbLike(word: string): boolean {
  const w = word.toLowerCase();
  return (
    // "preparedness", "serious", "analysis": an -s ending that makes no verb.
    (/^[a-z]+(?:s|ed)$/.test(word) && !/(?:ness|ss|ous|sis|ics)$/.test(word)) ||
    AUXILIARY.test(w) ||
    IRREGULAR_VERBS.has(w) ||
    /(?:n['’]t|['’](?:s|re|ll|d|ve|m))$/.test(w)
  );
}

/** "…meet with Reid that day…": "that" before a time noun is a demonstrative, no reported clause. */
export const NOT_A_CLAUSE = '(?!(?:day|week|month|year|time|night|morning|evening|afternoon|weekend)\\b)';
// Built once, not on every question: a RegExp built from a string is compiled afresh each time it is made.
const SHORT_THAT = new RegExp(`\\bthat\\s+${NOT_A_CLAUSE}([^,?]*)\\?$`);
const LAST_THAT = new RegExp(`\\bthat\\s+${NOT_A_CLAUSE}((?:(?!\\bthat\\b).)*)$`);
/** The fixed tails some frames end with: the reported clause ends before them. */
const FRAME_TAIL = /,\s+and (?:can they be named|when(?: will [^?]*)?|what would settle it)\?$/;

/**
 * "…answer Chris Christie's charge that Christie?", "…confirm that the Vermont senator?", "…charge
 * that an absolute disgrace?", "…confirm that after the Mason City event?": the reported clause
 * kept no verb, or only a subordinate opener. A short clause without a verb-like word, or one
 * opening with "when/after/at…" and no main clause after a comma, is a cut.
 */
export function verblessThat(question: string): boolean {
  const short = SHORT_THAT.exec(question)?.[1]?.split(/\s+/).filter(Boolean);
  if (short && short.length <= 2 && !short.some(verbLike)) return true;
  // "…convince voters that they, and not Clinton, and can they be named?": the clause before a frame's
  // tail was cut at a comma before its verb.
  const beforeTail = FRAME_TAIL.test(question) ? question.replace(FRAME_TAIL, '') : null;
  const last = beforeTail ? LAST_THAT.exec(beforeTail)?.[1] : undefined;
  const lastWords = last?.match(/[A-Za-z'’-]+/g) ?? [];
  if (last !== undefined && lastWords.length <= 6 && !lastWords.some(verbLike)) return true;
  const clause = THAT_FRAME.exec(question)?.[1]
    ?.replace(/…$/, '')
    .split(/,\s+(?:despite|given)\b/)[0];
  const words = clause?.match(/[A-Za-z'’-]+/g) ?? [];
  if (!clause || words.length === 0) return false;
  // "…accusation that articles about the company, produced by journalists from the school?", "…that the
  // meeting, designed to be an update…?": a participle aside after a comma is no verb of the clause (the copy's verb came after it); what is
  // left must hold one after its first word (the subject).
  const lastClause = clause.split(/\bthat\s+/).pop()!;
  // "…the report that Bloomberg is considering a run and that Trump's success?": a second that-clause
  // coordinated after the first needs a verb of its own; the first one's does not serve it.
  const coordinated = /\b(?:and|but|or)\s+that\s+([^,]*)$/.exec(clause)?.[1]?.match(/[A-Za-z'’-]+/g);
  // A name's "'s" there is a possessive ("the port's growth"); only a pronoun's is "is" or "has".
  const finite = (w: string) => verbLike(w) && !/^(?!(?:it|he|she|that|there|what|who)['’]s$)[\w-]+['’]s$/i.test(w);
  if (coordinated && !coordinated.some((w, i) => i > 0 && finite(w))) return true;
  const bare = lastClause.replace(/,\s+[a-z]{3,}(?:ed|en)\s+(?:by|to|in|as|for|with|from|on|at)\s[^,]*(?:,|$)/g, ' ');
  const bareWords = bare.match(/[A-Za-z'’-]+/g) ?? [];
  // An "-s" word before "of" ("provisions of the law") is a plural noun, not the verb.
  const verbHere = (i: number) =>
    verbAt(bareWords, i) && !(/[^s]s$/.test(bareWords[i]!) && /^(?:of|for|and|or)$/.test(bareWords[i + 1] ?? ''));
  if (bare !== lastClause && !bareWords.some((_, i) => i > 0 && verbHere(i))) return true;
  // "at least 38 babies … have been killed" opens with a number's hedge, not a phrase.
  const opener = SUBORDINATE.test(words[0]!) && !/^at (?:least|most)$/i.test(`${words[0]} ${words[1]}`);
  if (opener && !clause.includes(',')) return true;
  // "…confirm that they empathize with her": after a plural pronoun a base verb has no ending.
  if (/^(?:they|we|I|you)$/.test(words[0]!)) return false;
  if (words.some(verbLike)) return false;
  // A longer clause ("…charge that a disgrace not only to the GOP but to all America?", ten words) is cut too,
  // unless a word could be a plural subject's base verb, which has no ending to show it ("81 percent of
  // Democrats approve of Obama").
  const pluralThenWord = words.some(
    // "-s" after "s" ("loss") or an apostrophe is no plural.
    (w, i) => i > 0 && /^[A-Za-z]+[^s']s$|^(?:they|we|you|people)$/i.test(words[i - 1]!) && /^[a-z]+$/.test(w),
  );
  return words.length <= 8 || opener || (words.length <= 16 && !pluralThenWord);
}

/** Relative pronouns: a clause they open belongs to the noun before them, not to the main clause. */
const RELATIVE = /^(?:that|who|whom|which|whose)$/i;

/** Words after which an "-s" word is a plural noun, not a verb: "its predictions", "of deliverables". */
const NOUN_BEFORE_S =
  /^(?:the|a|an|its|his|her|their|our|my|your|this|these|those|of|in|on|for|with|to|by|from|at|and|or|any|some|many|more|most|other|such|all|both|few|several)$/i;

/** Whether words[i] does a verb's job here: no capital, and an "-s" word only where no determiner precedes it. */
function verbAt(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (/^[A-Z]/.test(w) || !verbLike(w)) return false;
  return !(/[^s]s$/.test(w) && !AUXILIARY.test(w) && NOUN_BEFORE_S.test(words[i - 1] ?? ''));
}

/** Verb groups in a word run: "has been" is one group, "shot him was" two. */
function verbGroups(words: readonly string[]): number {
  let groups = 0;
  let inGroup = false;
  words.forEach((_, i) => {
    const verb = verbAt(words, i);
    if (verb && !inGroup) groups++;
    inGroup = verb;
  });
  return groups;
}

/**
 * "…the criticism that in terms of deliverables, the gun push (buoyed by …)…?", "…confirm that
 * Trump will win, if the county that has been right in its predictions…?": a clause cut at "…"
 * before its own verb. The last clause the frame, a speech verb or an "if/when/because" opens must
 * keep a verb outside any aside in brackets, any leading phrase before a comma and any relative
 * clause (a relative clause holding two verb groups is taken to have closed before the second).
 */
export function cutBeforeVerb(question: string): boolean {
  const cut = question.indexOf('…');
  if (cut < 0) return false;
  const head = question.slice(0, cut);
  const opener = [...head.matchAll(/\b(that|if|whether|because|although|though|when|while|since|unless)\s+/g)]
    .filter(
      (m) =>
        m[1] !== 'that' ||
        /\b(?:confirm|confirmed|true|evidence|right|doubt|said|says|say|believe|believes|argued|argues)\s+that\s+$|\b(?:charge|criticism|accusation|claim|report|suggestion|allegation)s?\b[^,?]{0,60}\s+that\s+$/.test(
          head.slice(0, m.index! + m[0].length),
        ),
    )
    .pop();
  if (!opener) return false;
  let clause = head.slice(opener.index! + opener[0].length).replace(/\([^()]*\)?/g, ' ');
  // "in terms of concrete deliverables, the push": the phrase before the comma is no subject.
  const lead =
    /^(?:in|on|at|by|for|with|after|before|during|despite|amid|among|as|from|under|over|according to)\b[^,]{0,80},\s+/i.exec(
      clause,
    );
  if (lead) clause = clause.slice(lead[0].length);
  const words = clause.match(/[A-Za-z'’-]+/g) ?? [];
  if (words.length < 2) return false;
  const rel = words.findIndex((w, i) => i > 0 && RELATIVE.test(w));
  const main = rel < 0 ? words : words.slice(0, rel);
  if (main.some((_, i) => verbAt(words, i))) return false;
  return rel < 0 || verbGroups(words.slice(rel + 1)) < 2;
}
