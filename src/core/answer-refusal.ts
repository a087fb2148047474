import { REFUSAL, UNKNOWN_MARKER } from './answer-evidence';

/**
 * "Brightwater Marine declined to comment": a party's refusal to speak, which the unknown marker counts
 * as the fact going unreported. Two questions it does not leave unanswered: whether that party spoke
 * ("Did Brightwater Marine comment?" — it declined: that is the answer), and a value the best sentence
 * gives from other sources ("According to two people familiar…, it had asked for £4m"), the refusal
 * beside it being the party's silence about that value, not the article's.
 */

/** A yes/no question on whether someone spoke: "Did X comment / respond / reply / say…?" */
const ASKS_IF_SPOKE =
  /^\s*(?:did|does|do|has|have|had|will|would|was|were|is)\s+(?:the\s+)?(.+?)\s+(?:(?:ever|yet|already|publicly)\s+)?(?:comment(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|say(?:s|ing)?|said|speak(?:s|ing)?|spoken?|spoke|answer(?:s|ed|ing)?|react(?:s|ed|ing)?)\b/i;

/** The sentence's only unknown marker is a party's refusal to speak. */
export function onlyRefuses(sentence: string): boolean {
  return UNKNOWN_MARKER.test(sentence) && !UNKNOWN_MARKER.test(sentence.replace(REFUSAL, ''));
}

/**
 * "Did X comment?": a sentence in which X (named, not "he": a pronoun may be anyone) refuses to speak answers it.
 */
export function refusalAnswers(question: string, sentence: string): boolean {
  const party = ASKS_IF_SPOKE.exec(question)?.[1];
  return party !== undefined && sentence.toLowerCase().includes(party.toLowerCase()) && onlyRefuses(sentence);
}

/**
 * "Did the council comment?" beside "A neighbour … declined to comment": another party's refusal says nothing of
 * whether X spoke, and cited as the answer (or as what the article "says only") it reads as X's. A refusal whose
 * subject may be X ("It declined to comment") is kept: a pronoun may be anyone.
 */
export function othersRefusal(question: string, sentence: string): boolean {
  const party = ASKS_IF_SPOKE.exec(question)?.[1];
  return (
    party !== undefined &&
    !sentence.toLowerCase().includes(party.toLowerCase()) &&
    !/\b(?:he|she|it|they|we)\b/i.test(sentence) &&
    onlyRefuses(sentence)
  );
}

const SPEECH =
  /\b(?:said|says|say|told|tells|comment(?:s|ed)?|respond(?:s|ed)?|repl(?:y|ies|ied)|statement|spokes(?:man|woman|person))\b/i;

/** The sentence names the party a "did X comment?" asks about, with a word of speech: it may answer. */
export function partySpeaks(question: string, sentence: string): boolean {
  const party = ASKS_IF_SPOKE.exec(question)?.[1];
  return party !== undefined && sentence.toLowerCase().includes(party.toLowerCase()) && SPEECH.test(sentence);
}
