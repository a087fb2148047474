import type { Sentence } from './analysis-types';
import { eachMatch } from './each-match';
import { maskQuotes } from './quote-spans';
import { TAG_VERBS } from './reported-speech-tag';
import type { SpeakerPhrase } from './speaker-phrase';

const ASIDE = /,\s+(he|she)\s+(?:also\s+)?([a-z]+),\s/g;

/**
 * A "he said" set off by commas inside a sentence ("Though that transition was seamless, he said,
 * replacing Clinton would be …", "That’s why, he argued, …"). The reported-speech scan reads tags
 * at a sentence's edge only, yet such an aside is a link in the chain of tags a later "he said"
 * continues: recorded as an attribution, it keeps the chain's person ahead of a name the aside's
 * own clause mentions (review A-brief-1).
 */
export function pronounAside(sentence: Sentence): SpeakerPhrase | null {
  if (!sentence.text.includes(',')) return null;
  const text = maskQuotes(sentence.text);
  for (const match of eachMatch(ASIDE, text)) {
    if (!TAG_VERBS.has(match[2]!)) continue;
    return { kind: 'pronoun', word: match[1]!, at: sentence.start + match.index + match[0].indexOf(match[1]!) };
  }
  return null;
}
