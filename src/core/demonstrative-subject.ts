import { personNoun } from './person-noun';
import { headNoun } from './phrase-head';
import type { ResolvedSpeaker } from './speaker-resolution';

/**
 * "That diplomat", "that senior EU official": the demonstrative and up to two modifiers before a singular noun WordNet
 * files as a person (noun.person). Right before a speech verb such a "that" is the subject's determiner, not the
 * complementiser that opens a reported clause (a bare singular count noun cannot stand alone as a subject); after
 * "that the envoy" the "that" is the complementiser.
 */
const DEMONSTRATIVE_PHRASE =
  /^that\s+(?:(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|one|another)\s)[\p{L}-]+\s+){0,2}(\p{Ll}+)$/iu;

/** Whether `phrase` (the words after a subordinator's "that" plus that "that") is a demonstrative's noun phrase. */
export function demonstrativePhrase(phrase: string): boolean {
  const head = DEMONSTRATIVE_PHRASE.exec(phrase.trim())?.[1];
  return !!head && personNoun(head);
}

/**
 * The speaker a demonstrative subject ("That diplomat said", "This official added") points back to: the one unnamed
 * speaker with the same head noun the copy credited before (audit 60's B-a60-15: "a second EU diplomat"). Two such
 * speakers ("One diplomat …", "Another diplomat …") leave the copy ambiguous, and none leaves "that diplomat" with no
 * one a reader could tell; either way no speaker, rather than the demonstrative printed or a guess.
 */
export function demonstrativeSubject(
  text: string,
  earlier: readonly (readonly ResolvedSpeaker[])[],
  sentenceId: number,
): ResolvedSpeaker | null | undefined {
  const words = text.split(/\s+/);
  if (!/^(?:this|that)$/i.test(words[0] ?? '') || words.length < 2) return undefined;
  const head = headNoun(words);
  const found = new Map<string, ResolvedSpeaker>();
  for (let id = sentenceId; id >= 0; id--) {
    for (const speaker of earlier[id] ?? []) {
      const own = speaker.name.split(/\s+/);
      if (speaker.person || /^(?:this|that)$/i.test(own[0] ?? '') || headNoun(own) !== head) continue;
      found.set(speaker.name.toLowerCase(), speaker);
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
