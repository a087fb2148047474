import type { Analysis } from './analysis-types';
import { answersIfSpoke } from './answer-refusal';
import type { QuestionTerms } from './answer-terms';
import { indexArticle } from './article-index';
import { irregularVerbLemma } from './irregular-verb-lemma';
import type { AnswerType } from './question-type';
import { matchTerm } from './term-match';
import { tokenizeWords } from './tokenize-words';

/** "Has X signed…?", "have the attacks moved the polls yet?": a yes/no question in the perfect. */
const PERFECT_POLAR = /^\s*(?:has|have|had)(?:n['’]t)?\s/i;

/** The sentence says the verb in an irregular form the stem does not match ("given" asked, "gave" written). */
function saysIrregular(text: string, verb: string): boolean {
  const lemma = irregularVerbLemma(verb) ?? verb;
  return tokenizeWords(text).some((w) => w === lemma || irregularVerbLemma(w) === lemma);
}

/**
 * "Has Sarandon given money to the Sanders campaign?" asks whether an act has taken place by now, and only a sentence
 * saying that act — done, not done, or not yet ("has yet to sign") — answers yes or no. The best sentence on the asked
 * people that never says the asked verb (by stem, WordNet synonym or irregular form) reports the premise or another
 * act ("Sarandon … told MSNBC"), and cited it reads as a yes: the article does not say. Questions asking whether
 * someone spoke are read by their own rule (answer-refusal.ts): a party's words answer those without the verb. On the
 * 808 train questions (read, 2026-12-06) every answered perfect yes/no whose cited sentence lacked the verb was
 * unanswerable; a "did" question is left alone, since the copy often paraphrases a past act ("did the IMF call out
 * Trump?" — "the IMF did not single out Trump's proposals").
 */
export function actUnsaid(
  analysis: Analysis,
  question: string,
  index: number,
  asked: { type: AnswerType; terms: QuestionTerms },
): boolean {
  const verb = asked.terms.verb;
  if (asked.type !== 'yesno' || verb === undefined || !PERFECT_POLAR.test(question)) return false;
  if (answersIfSpoke(analysis, question, index) !== undefined) return false;
  const match = matchTerm(indexArticle(analysis), index, verb, true);
  if (match.exact > 0 || match.synonym > 0) return false;
  return !saysIrregular(analysis.sentences[index]!.text, verb);
}
