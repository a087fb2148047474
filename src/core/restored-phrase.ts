import { restoreAbbreviationDots } from './abbreviation-dots';
import type { SpeakerPhrase } from './speaker-phrase';

/** The phrase as the copy spells it (the tag was read with title dots masked). */
export function restoredPhrase(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase === null || phrase.kind === 'pronoun') return phrase;
  return { ...phrase, text: restoreAbbreviationDots(phrase.text) };
}
