import type { Quote, Sentence, Statement } from './analysis-types';
import { upperStart } from './upper-start';

/** Openers that lean on the previous sentence and can simply be dropped without changing the claim. */
const DROPPABLE_CONNECTIVE =
  /^(?:(?:earlier|later) (?:in the day|that day|on|this week|this month)|however|but|and|nevertheless|nonetheless|meanwhile|still|yet|also|moreover|furthermore|in addition|indeed|so|instead|even so|by contrast|in contrast|on the other hand|at the same time|separately|in fact|after all|besides|likewise|similarly|in turn)\b,?\s+/i;

/** "PORT ELLIS —", "LONDON, March 3 -": a dateline, not part of the claim. */
const DATELINE = /^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Za-z0-9 .]{1,30})?\s*[—–-]{1,2}\s+(?=[A-Z"“])/;

/** Openers whose referent lies outside the sentence: the sentence cannot stand alone. */
export const DANGLING_OPENER =
  /^(?:he|she|they|it|this|these|those|that|his|her|their|its|him|them|such|as a result|in it|in that|then|the pair|the two|both|other|another|the other|the latter|the former|the same|there (?:he|she|they)|thus|therefore|consequently|otherwise)\b/i;

const PRONOUN_SPEAKER =
  /^(he|she)\s+(said|says|added|adds|told|stressed|warned|argued|admitted|admits|believes|thinks|insisted|claimed|explained)\b/i;

/**
 * A speech tag whose only subject is a pronoun, after a quotation or a comma: `..." he said.`,
 * `..., she added`, `..." said they.` On its own in a brief the pronoun is nobody, and a reader
 * pins it on the previous line's speaker (often the other side of the story). The pronoun becomes
 * the speaker the attribution finders resolved for that very sentence, as the key quotes credit
 * it; unresolved, the sentence cannot stand alone. The inverted tag counts only at a clause end
 * ("..., said he." — not "said he would"). The match is the pronoun alone.
 */
// The pronoun is matched first and the lookbehind read from it: a lookbehind opening the pattern with `\s*` is tried
// at every position and scans back over a whole run of spaces (quadratic on 100 KB of them).
const PRONOUN_TAG =
  /\b(?:he|she|they|it)(?<=[,"”’']\s*(?:he|she|they|it))(?=\s+(?:said|says|added|adds|told|stressed|warned|argued|insisted|claimed|explained|wrote|writes)\b)|\b(?:he|she|they|it)(?<=[,"”’']\s*(?:said|says|added|adds) (?:he|she|they|it))(?=[.,;!?]|$)/i;

export interface AttributionIndex {
  /** Speakers named by the quote / statement finders, by sentence id. */
  speakerBySentence: Map<number, string>;
}

export function buildAttributionIndex(quotes: Quote[], statements: Statement[]): AttributionIndex {
  const speakerBySentence = new Map<number, string>();
  for (const s of statements) if (s.speaker) speakerBySentence.set(s.sentenceId, s.speaker);
  for (const q of quotes)
    if (q.speaker && !speakerBySentence.has(q.sentenceId)) speakerBySentence.set(q.sentenceId, q.speaker);
  return { speakerBySentence };
}

/**
 * The sentence rewritten to read on its own, or null when it cannot: a leading connective is dropped,
 * a leading "He said"/"She said" becomes the speaker the attribution finders resolved for that very
 * sentence (grounded), as does a pronoun speech tag after a quotation ('..." he said' -> '..." John
 * Hart said'), and any other leading pronoun or demonstrative makes it dangle.
 */
export function standAloneSentence(sentence: Sentence, index: AttributionIndex): string | null {
  let text = sentence.text.trim().replace(DATELINE, '');
  for (let i = 0; i < 2; i++) {
    const match = DROPPABLE_CONNECTIVE.exec(text);
    if (!match) break;
    text = upperStart(text.slice(match[0].length));
  }
  const speech = PRONOUN_SPEAKER.exec(text);
  if (speech) {
    const speaker = index.speakerBySentence.get(sentence.id);
    if (!speaker || /^(he|she|they|it)$/i.test(speaker)) return null;
    return `${speaker}${text.slice(speech[1]!.length)}`;
  }
  if (DANGLING_OPENER.test(text)) return null;
  const tag = PRONOUN_TAG.exec(text);
  if (tag) {
    const speaker = index.speakerBySentence.get(sentence.id);
    if (!speaker || /^(he|she|they|it)$/i.test(speaker)) return null;
    return `${text.slice(0, tag.index)}${speaker}${text.slice(tag.index + tag[0].length)}`;
  }
  // A bare quotation with no attribution inside the sentence reads as words from nowhere.
  if (/^["“‘']/.test(text) && !/\b(said|says|told|added|adds|according)\b/i.test(text)) return null;
  return text;
}
