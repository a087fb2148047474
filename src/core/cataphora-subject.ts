import type { Sentence } from './analysis-types';
import type { PersonMention } from './people';

const OPENING_SUBORDINATE = /^(?:As|When|While|After|Before|Though|Although|If|Because|Since|Once|Until|Even though)\s/;

/**
 * A pronoun at `at` inside a sentence's opening subordinate clause points forward ("As he shook
 * hands, Sanders reiterated …"): the first subject named after the clause's comma, if any.
 */
export function cataphoraSubject(
  sentence: Sentence,
  mentions: PersonMention[],
  at: number,
  isQuoted: (offset: number) => boolean,
): PersonMention | null {
  if (!OPENING_SUBORDINATE.test(sentence.text)) return null;
  const comma = sentence.start + sentence.text.indexOf(',');
  if (comma < sentence.start || comma < at) return null;
  for (const mention of mentions) {
    if (mention.start < comma || !mention.subject || mention.possessive || isQuoted(mention.start)) continue;
    return mention;
  }
  return null;
}
