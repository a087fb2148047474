import type { Sentence } from './analysis-types';
import type { PersonMention } from './people';

/**
 * "The Sanders campaign", "a Trump supporter": a name between an article and a lower-case noun
 * modifies the noun, so it is no antecedent for a pronoun there.
 */
export function nameModifier(sentence: Sentence, mention: PersonMention): boolean {
  const before = sentence.text.slice(Math.max(0, mention.start - sentence.start - 4), mention.start - sentence.start);
  return /(?:^|\s)(?:the|a|an)\s$/i.test(before) && /^\s[a-z]/.test(sentence.text.slice(mention.end - sentence.start));
}
