import type { Analysis } from './analysis-types';
import { IDENTITY_QUESTION } from './answer-apposition';
import type { QuestionFeatures } from './answer-features';
import { indexArticle } from './article-index';
import { askedDoerVerb } from './asked-doer-verb';
import { personNoun } from './person-noun';
import { matchTerm } from './term-match';

/** A sentence whose subject is only a personal pronoun: the person is named elsewhere, if at all. */
const PRONOUN_SUBJECT = /^["“‘']?(?:he|she|they)\s/i;

/**
 * Why a who-question's best sentence fills no one into the asked slot, or undefined when it may (audit 56 B-a56-7,
 * B-a56-8). "Who will captain the new ferries?": a verb that is also a person noun in its commonest WordNet sense
 * ("captain", "host", "pilot", "coach") asks who fills a role, and where no sentence says the word or a relative of
 * it, the people the copy names do other things (announce, bid, object), so none of them is the captain. (Any other
 * verb stays with the ranker: "who quit the race?" is answered by "dropped out", a paraphrase WordNet may not know.) "Who is the district
 * engineer?" over "He pointed out that … the district office …": a pronoun fills the slot only through a sentence that
 * ties its person to the role, and one saying neither the role nor the asked act ties it to nothing.
 */
export function whoUnfilled(
  analysis: Analysis,
  best: number,
  question: string,
  features: Pick<QuestionFeatures, 'type' | 'terms'>,
): string | undefined {
  const { type, terms } = features;
  if (type !== 'person') return undefined;
  const index = indexArticle(analysis);
  const says = (i: number, term: string, verb: boolean): boolean => {
    const m = matchTerm(index, i, term, verb);
    return m.exact > 0 || (m.synonym > 0 && !m.rare);
  };
  const verb = askedDoerVerb(features, question);
  if (verb !== undefined && !analysis.sentences.some((_, i) => says(i, verb, true)) && personNoun(verb))
    return 'The article does not say who does that.';
  const identity = IDENTITY_QUESTION.test(question);
  const act = identity ? [...terms.heads] : verb === undefined ? [] : [verb];
  if (act.length === 0 || act.some((t) => says(best, t, !identity))) return undefined;
  return PRONOUN_SUBJECT.test(analysis.sentences[best]!.text) ? 'The article does not name who that is.' : undefined;
}
