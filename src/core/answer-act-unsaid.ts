import type { Analysis } from './analysis-types';
import { answersIfSpoke } from './answer-refusal';
import type { QuestionTerms } from './answer-terms';
import { indexArticle } from './article-index';
import { irregularVerbLemma } from './irregular-verb-lemma';
import type { AnswerType } from './question-type';
import { matchTerm } from './term-match';
import { contentTerms, tokenizeWords } from './tokenize-words';

/** "Has X signed…?", "have the attacks moved the polls yet?": a yes/no question in the perfect. */
const PERFECT_POLAR = /^\s*(?:has|have|had)(?:n['’]t)?\s/i;

/** The sentence says the verb in an irregular form the stem does not match ("given" asked, "gave" written). */
function saysIrregular(text: string, verb: string): boolean {
  const lemma = irregularVerbLemma(verb) ?? verb;
  return tokenizeWords(text).some((w) => w === lemma || irregularVerbLemma(w) === lemma);
}

/**
 * Verbs that report a decision taken, whose infinitive is the decided act: "voted … to back the harbour plan", "decided
 * to scrap the design". Past forms only: "wants to", "plans to", "is expected to" have not acted.
 */
const DECIDED = /^(?:voted|decided|agreed|resolved|opted|chose)$/;
/** How far after the decision verb its "to" may come ("voted seven to two on Monday night to back…"). */
const TO_WITHIN = 10;
/** How far after the infinitive the thing it acts on may be named ("to back the new harbour plan"). */
const OBJECT_WITHIN = 4;

/**
 * The sentence reports a decision whose infinitive acts on a thing the question asks about: a vote "to back the
 * harbour plan" says, yes or no, whether the council has approved it (review 48 B-r48-4), in other words than the
 * asked verb's. The asked verb aside, one of the question's terms must follow the infinitive closely.
 */
function decidesOn(text: string, verb: string, terms: readonly string[]): boolean {
  const asked = new Set(terms.filter((t) => t !== verb));
  const words = tokenizeWords(text);
  for (let i = 0; i < words.length; i++) {
    if (!DECIDED.test(words[i]!)) continue;
    for (let j = i + 1; j < Math.min(words.length - 1, i + 1 + TO_WITHIN); j++) {
      if (words[j] !== 'to') continue;
      const after = words.slice(j + 2, j + 2 + OBJECT_WITHIN);
      if (after.some((w) => contentTerms(w).some((t) => asked.has(t)))) return true;
    }
  }
  return false;
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
  const text = analysis.sentences[index]!.text;
  return !saysIrregular(text, verb) && !decidesOn(text, verb, asked.terms.terms);
}
