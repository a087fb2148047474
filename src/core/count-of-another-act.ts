import type { Analysis } from './analysis-types';
import type { QuestionFeatures } from './answer-feature-types';
import { indexArticle } from './article-index';
import { DETERMINER_SOURCE } from './determiners';
import { figureOfAsked } from './figure-of-asked';
import { lightVerb } from './light-verb';
import { pastVerbWord } from './past-dated';
import { sentenceWords } from './sentence-words';
import { matchTerm } from './term-match';
import { contentTerms } from './tokenize-words';

/** "How many <people> <verb>ed…?": the words after "how many". */
export const HOW_MANY = /^\s*how\s+many\s+([^?]*)/i;

/** The asked verb's term: the ranker's, or the past verb after the counted noun (one to three words), unread by it. */
function countedVerb(question: string, verb: string | undefined): string | undefined {
  if (verb !== undefined) return verb;
  const words = (HOW_MANY.exec(question)?.[1] ?? '').toLowerCase().split(/\s+/).slice(1, 4);
  const past = words.find((w) => /^[a-z]+$/.test(w) && pastVerbWord(w));
  return past === undefined ? undefined : contentTerms(past)[0];
}

/**
 * "How many <noun> did/will <doer> …?": the counted noun's terms when an auxiliary and then a subject follow it, so it
 * is the object. After do-support any word but "not" is the subject ("did google create", typed in lower case); after
 * "have" it is a determiner, a pronoun or a capitalised word ("has the council");
 * an auxiliary straight before the verb ("How many people have fled?") leaves the noun the subject (review 63's R63-1).
 * Only a past or present auxiliary: a count the copy gives of the object now ("the council has 9 noise officers") is no
 * count of a future act ("How many noise officers will the council recruit?").
 * Case-sensitive after "how many": with the i flag \p{Lu} would take any letter.
 */
const OBJECT_COUNTED = new RegExp(
  `^\\s*(?:[Hh]ow|HOW)\\s+(?:many|MANY)\\s+((?:[A-Za-z'’-]+\\s+){1,3}?)(?:(?:did|do|does)\\s+(?!not\\b)[\\p{L}]|(?:have|has|had)\\s+(?:(?:${DETERMINER_SOURCE}|we|they|he|she|it|you|i)\\b|\\p{Lu}))`,
  'u',
);
function countedObject(question: string): string[] {
  return contentTerms(OBJECT_COUNTED.exec(question)?.[1] ?? '');
}

/**
 * The verb a count question asks how many did, when it is one a count can be of another act than: none for another
 * type of question, and none for a light verb ("how many have made it?"), which the copy may say in other words.
 */
export function askedCountVerb(
  question: string,
  { type, terms }: Pick<QuestionFeatures, 'type' | 'terms'>,
): string | undefined {
  const verb = type === 'count' ? countedVerb(question, terms.verb) : undefined;
  return verb === undefined || lightVerb(verb) ? undefined : verb;
}

/**
 * "How many households queued for water?" over "Water Watch said more than 900 households had complained", when the
 * queuing is told only elsewhere ('"… people were queuing for bottled water," said …'; audit 59's B-a59-9): a count
 * question asks how many did the asked act, and the best sentence counts the asked people doing something else. When
 * it says the asked verb by neither its word nor a WordNet synonym, and another sentence says the verb itself, the
 * article tells of the act without this count. A verb the article never says ("how many attended?" over "a crowd of
 * 5,000") leaves the count to the ranker: the copy may count the act in other words; so does a light verb ("how many
 * kids have made it to the U.S.?" over "270 people have been resettled").
 */
export function countOfAnotherAct(
  analysis: Analysis,
  best: number,
  question: string,
  features: Pick<QuestionFeatures, 'type' | 'terms'>,
): string | undefined {
  const verb = askedCountVerb(question, features);
  const word = verb === undefined ? undefined : sentenceWords(question).find((w) => w.stem === verb)?.word;
  if (verb === undefined || word === undefined) return undefined;
  const index = indexArticle(analysis);
  const here = matchTerm(index, best, verb, true);
  if (here.exact > 0 || here.synonym > 0) return undefined;
  // The verb's own word in another form: the term folding may part them ("employ" folds to "compani", "employs" not).
  const root = word.replace(/(?:ed|es|s)$/, '');
  if (sentenceWords(analysis.sentences[best]!.text).some((w) => w.word.startsWith(root))) return undefined;
  // "How many jobs did US employers create?": the counted noun is the act's object, and a best counting it ("US firms
  // added 146,000 jobs") counts the thing made, whatever verb the copy uses; the act's doer is what the rule tests.
  const object = countedObject(question);
  if (object.length > 0 && figureOfAsked(analysis.sentences[best]!.text, object)) return undefined;
  const elsewhere = analysis.sentences.some((_, i) => i !== best && matchTerm(index, i, verb, true).exact > 0);
  return elsewhere ? 'The article reports that act but gives no count of it.' : undefined;
}
