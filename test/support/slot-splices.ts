import { abbreviatedInCopy } from './question-grammar';

/**
 * The independent reader's checks for a question slot filled with the wrong words or left empty: an
 * abbreviation that lost its stop, a claim cut to a name and its apposition, a predicate in a subject, a
 * verb without its object, a phrase where a clause belongs (found first by hand-read sample 6,
 * docs/hand-read-questions.md). Written apart from the engine's vetting (src/core/spliced-words.ts,
 * question-clauses.ts). Called by spliceReader.
 */

/** Verbs an object must follow: a question ending on one lost what was disputed or denied. */
const NEEDS_OBJECT = /^(?:dispute|denie|reject|contest|challenge|dismisse|rebut|refute)(?:s|d)$|^(?:deni|rebutt)ed$/;

function hasVerb(words: string[]): boolean {
  return words.some(
    (w) =>
      /^(?:is|are|was|were|has|have|had|will|would|can|could|must|said|says|held|made|took|gave|won|lost|kept)$/.test(
        w,
      ) || /^[a-z]{3,}ed$/.test(w),
  );
}

export function slotSplices(question: string, copy: string): string[] {
  const found: string[] = [];
  // "…from Tucson, Ariz?": a word the copy writes only with its abbreviation stop lost that stop.
  const last = /\b([A-Z][a-z]{1,4})\?(?:\s*\([^()]*\))?$/.exec(question)?.[1];
  if (abbreviatedInCopy(last, copy)) found.push(`altered abbreviation ${last}`);
  // "Which officials say Omar Mateen, the Afghan-American who took…, and can they be named?"
  const claim = /^Which\s[^?]*?\b(?:say|says|believe|think)\s+([^?]+),\s+and can they be named\?$/.exec(question)?.[1];
  if (claim?.includes(', ')) {
    const [subject, ...rest] = claim.split(', ');
    const apposition = rest.join(', ');
    if (/^(?:the|a|an)\s/.test(apposition) && !rest.slice(1).length && !hasVerb(subject!.split(/\s+/)))
      found.push('claim is a name and its apposition, its verb cut');
  }
  // "What is … Grassley spoke with Garland and not ruling out": a predicate where the subject belongs.
  const ruler = /^What is (.+?) not ruling out\b/.exec(question)?.[1];
  if (ruler && (/\s(?:and|but)$/.test(ruler) || hasVerb(ruler.split(/\s+/).slice(1)) || /\sspoke\s/.test(ruler)))
    found.push('verb in the subject of "not ruling out"');
  // "Is it true that Gowdy's office strongly disputes?": the that-clause a frame opens ends on a verb
  // that needs an object (the claim was the relative clause's object).
  const framed = /\b(?:true|confirm|confirmed|right|evidence|charge|claim) that ((?:(?!\bwh)[^?])*)\?$/.exec(
    question,
  )?.[1];
  const end = framed?.split(/\s+/).pop();
  if (end && NEEDS_OBJECT.test(end)) found.push(`"${end}" without its object`);
  if (/^Who can say (?:in|to|among|on|at|of|for|by|with|from)\s/.test(question))
    found.push('a phrase where the unknown clause belongs');
  return found;
}

const OPENING_AUX =
  /^(?:(?:Why|How|When|What)\s+)?(?:Will|will|Would|would|Can|can|Could|could|Does|does|Did|did|Do|do)\s+/;
/** Prepositions that cannot open a subject (those measuring a figure, "over 100 people", can). */
const PREPOSITION =
  /^(?:throughout|through|across|within|until|against|into|onto|upon|without|beyond|behind|between|during|amid|despite|toward|towards|via|following)$/;
const PRONOUN_SUBJECT = /^(?:it|he|she|they|we|you|this|that|these|those|there|one|both|all|each)$/;

/**
 * The shapes hand-read samples 7 and 8 found (docs/hand-read-questions.md), each read as an editor
 * would see it: no subject after the auxiliary, a subject that holds a clause, a claim that is only a
 * subordinate clause, a subject parted from its verb by a comma, a participle aside standing for a cut
 * clause's verb, a lifted source's apposition or a coordinated subject left behind.
 */
export function clauseShapeSplices(question: string, copy: string): string[] {
  const found: string[] = [];
  const slot = question.replace(OPENING_AUX, '');
  if (slot !== question) {
    const first = /^([a-z]+)(,?)/.exec(slot);
    if (first && PREPOSITION.test(first[1]!)) found.push(`preposition "${first[1]}" where the subject belongs`);
    if (first?.[2] && !PRONOUN_SUBJECT.test(first[1]!)) found.push(`"${first[1]}," where the subject belongs`);
  }
  const findWhat = /^What will the (.+) find, and when\?/.exec(question)?.[1];
  if (
    findWhat &&
    /\s(?:while|because|although|since|unless|when)\s+[a-z]+\s+[a-z]+|\sas\s+[a-z]+s\s+(?!of|in|on|for|to)[a-z]+/.test(
      findWhat,
    )
  )
    found.push('a clause inside the subject of "find"');
  const claim = /^Which\s[^?]*?\b(?:say|says|believe|think)\s+([^?]+),\s+and can they be named\?$/.exec(question)?.[1];
  if (claim && /^(?:unless|if|when|because|although|though|while|since|after|before|once|until)\s/.test(claim))
    if (!claim.includes(',')) found.push('the claim is only a subordinate clause');
  if (
    /\bthat (?:a|an|the) [^,?]+, (?:[a-z]+ed|sent|made|told|took|gave|wrote) (?!(?:by|in|on|at|for|from|with|to|as|under|over|after|during|and|or)\s)[a-z$\d]/.test(
      question,
    )
  )
    found.push('a subject parted from its verb by a comma');
  const aside = /\bthat ([^?]*?), [a-z]+ed (?:by|to|in|for|with|from) [^,?]*\?/.exec(question)?.[1];
  const asideWords = aside?.split(/\s+/) ?? [];
  if (aside && asideWords.length <= 8 && !hasVerb(asideWords.slice(1)))
    found.push('a participle aside where the verb was cut');
  const lifted = /^Can anyone besides (.+?) confirm that .*, ((?:a|an|the) [^,?]+)\?$/.exec(question);
  if (lifted && copy.includes(`${lifted[1]}, ${lifted[2]}`)) found.push("the lifted source's apposition left behind");
  // "Who can say espionage software?": an editor reads "say" as asking for a question, not a thing.
  const unknown = /^Who can say (\S+)(?:\s+(\S+))?/.exec(question);
  if (unknown) {
    const opener = /^(?:just|exactly|precisely)$/.test(unknown[1]!) ? unknown[2] : unknown[1];
    if (!/^(?:whether|if|what|when|why|how|who|whom|which|where|that)\b/.test(opener ?? ''))
      found.push('"Who can say" without a question or that-clause');
  }
  if (/, and (?:[A-Z][\w'’.-]*\s)*[A-Z][\w'’.-]*, (?:the|a|an) [^,?]*\?$/.test(question))
    found.push('a coordinated subject without its verb');
  return found;
}
