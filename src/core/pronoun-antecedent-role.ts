import type { Sentence } from './analysis-types';
import type { PersonMention } from './people';

/**
 * A source introduced by name and role ("state Rep. Gilda Cobb-Hunter, a member of the committee,", "Henry
 * Crespo, president of the caucus,"): the copy's way of bringing in the person whose words come next.
 */
const INTRODUCED = /^,\s+(?:(?:a|an|the)\s|[a-z][\w-]*\s+(?:of|at|for|to)\s)/;

/**
 * How weak an antecedent for "he"/"she" a mention is by its place in the sentence (0 = a subject). A subject
 * is the usual antecedent; objects of verbs ("met Ms Dunn") and of prepositions ("hosted by Gordon Brown")
 * are weaker ones. A possessor ("Clinton's lead could erode") is no subject, though a verb follows its noun;
 * a name opening a clause after a comma ("In an article from Western Journalism, Byrne expressed") is its
 * subject, not the object of the preposition before the comma; a source the copy introduces with an
 * appositive role is the person the next quotation is likeliest to be from.
 */
export function pronounAntecedentRole(mention: PersonMention, sentence: Sentence): number {
  const before = sentence.text.slice(0, mention.start - sentence.start);
  const after = sentence.text.slice(mention.end - sentence.start);
  if (!mention.possessive && INTRODUCED.test(after)) return -0.2;
  const opensClause = mention.subject && /,\s*$/.test(before);
  if (mention.object && !opensClause) return 1.5;
  return mention.subject && !mention.possessive ? 0 : 0.3;
}
