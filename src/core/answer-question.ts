import type { Analysis, AnswerResult } from './analysis-types';
import { answerTypeBonus, carriesAnswerType, numericEchoes, questionType } from './question-type';
import { indexArticle, type ArticleIndex } from './article-index';
import { contentTerms, stemOf, tokenizeWords } from './tokenize-words';

/** Words that frame a question rather than say what it is about. */
const FRAME_WORDS = new Set(
  contentTerms(
    'according article story happen happened happening thing things kind sort way ways exactly roughly ' +
      'approximately instead altogether anyone anybody someone something actual actually end ended ' +
      'himself herself itself themselves want know think come comes came go goes going went put puts ' +
      'end get gets got keep keeps kept see sees',
  ),
);

/** Below this share of the question's weight, the best sentence is about something else. */
const MIN_COVERAGE = 0.34;
/** Neighbouring sentences lend part of their evidence: answers often straddle two lines. */
const NEIGHBOUR_SHARE = 0.35;

interface QuestionTerms {
  terms: string[];
  names: Set<string>;
}

/** The words that ask for a type ("how many", "what date") say nothing about the topic. */
const TYPE_PHRASE =
  /\bhow (?:many|much|far|long|big|large|small|close|old|fast|high|low|often|soon)\b|\b(?:what|which) (?:date|time|day|year|month)\b|\bby when\b/gi;

function questionTerms(question: string): QuestionTerms {
  const topic = question.replace(TYPE_PHRASE, ' ');
  const terms = [...new Set(contentTerms(topic))].filter((t) => !FRAME_WORDS.has(t));
  const names = new Set(tokenizeWords(question));
  return { terms, names };
}

const NUMBER_TOKEN = /\d|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)$/;
const AUXILIARY = /^(?:do|does|did|is|are|was|were|will|would|has|have|had|can|could|should|must|may|might)$/;

/** The thing being counted: the head noun between "how many/much" and the verb ("new positions" -> positions). */
function countFocus(question: string): Set<string> {
  const words = tokenizeWords(question);
  const at = words.findIndex((w, i) => w === 'how' && /^(?:many|much)$/.test(words[i + 1] ?? ''));
  const focus = new Set<string>();
  if (at < 0) return focus;
  let head: string | undefined;
  for (let i = at + 2; i < words.length && !AUXILIARY.test(words[i]!); i++) head = words[i];
  if (head) focus.add(stemOf(head));
  return focus;
}

/**
 * A number right before what the question counts ("150 cinemas") is very likely the answer;
 * the literal word counts more than a paraphrase ("250 screens").
 */
function countBonus(words: string[], terms: Set<string>, focus: Set<string>): number {
  let bonus = 0;
  for (let i = 0; i < words.length; i++) {
    if (!NUMBER_TOKEN.test(words[i]!)) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      if (focus.has(stemOf(words[j]!))) return 0.4;
      const term = contentTerms(words[j]!)[0];
      if (term !== undefined && terms.has(term)) bonus = 0.15;
    }
  }
  return bonus;
}

/** A number with a unit: what "how far / how long / how big" asks for. */
const MEASURE =
  /\d(?:[\d,.]*)\s?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|metres?|meters?|km|kilometres?|miles?|feet|kg|tonnes?|gigabytes?|terabytes?|megabytes?|gb|mb|tb|points?|per ?cent|%)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty) (?:seconds|minutes|hours|days|weeks|months|years)\b/i;

const SPECIFIC_DATE =
  /\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|\b(?:on|by|until|from) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** Weight of a question term: rare in the article = telling; absent from it = a gap the article leaves. */
function termWeight(index: ArticleIndex, term: string): number {
  const df = index.documentFrequency.get(term) ?? 0;
  // The floor keeps the article's own topic words from counting for nothing.
  return 0.5 + Math.log((index.sentenceCount + 1) / (df + 0.5));
}

/** Short question words ("Lib", "Dem") also match the longer article words they abbreviate. */
function matchesTerm(index: ArticleIndex, sentenceIndex: number, term: string): number {
  if (index.terms[sentenceIndex]!.has(term)) return 1;
  if (index.context[sentenceIndex]!.has(term)) return 0.6;
  if (term.length >= 3 && term.length <= 4 && /^[a-z]+$/.test(term)) {
    for (const word of index.words[sentenceIndex]!) if (word.startsWith(term) && word.length > term.length) return 0.8;
    for (const word of index.contextWords[sentenceIndex]!) if (word.startsWith(term) && word.length > term.length) return 0.5;
  }
  return 0;
}

export interface RankedSentence {
  /** Position in analysis.sentences. */
  index: number;
  score: number;
  /**
   * Share of the question's weight the sentence (with its neighbours) covers, plus the evidence of a
   * value shaped like the answer ("150 cinemas"); 0 when it lacks the wanted type.
   */
  coverage: number;
  /** Weight matched by the sentence alone. */
  own: number;
}

/** Every sentence scored against the question, best first. Exposed for the answerer and for diagnosis. */
export function rankSentences(analysis: Analysis, question: string): { terms: string[]; ranked: RankedSentence[] } {
  const index = indexArticle(analysis);
  const type = questionType(question);
  const { terms, names } = questionTerms(question);
  if (terms.length === 0 || index.sentenceCount === 0) return { terms, ranked: [] };
  const weights = terms.map((t) => termWeight(index, t));
  const total = weights.reduce((a, b) => a + b, 0);
  const echoes = numericEchoes(question);
  const termSet = new Set(terms);
  const focus = countFocus(question);
  const focusTerms = [...focus].map((stem) => contentTerms(stem)[0] ?? stem);
  const numeric = type === 'count' || type === 'amount' || type === 'quantity';

  const matches = analysis.sentences.map((_, i) => terms.map((term) => matchesTerm(index, i, term)));
  const own = matches.map((row) => row.reduce((sum, m, k) => sum + weights[k]! * m, 0));
  const ranked = analysis.sentences.map((sentence, i): RankedSentence => {
    // A term the sentence lacks may come from an adjacent sentence, at a discount.
    let covered = 0;
    terms.forEach((_, k) => {
      const near = Math.max(matches[i - 1]?.[k] ?? 0, matches[i + 1]?.[k] ?? 0);
      covered += weights[k]! * Math.max(matches[i]![k]!, NEIGHBOUR_SHARE * near);
    });
    let coverage = Math.min(1, covered / total);
    // Counting something the article mentions elsewhere, but not here: this sentence counts something else.
    for (const head of focusTerms) {
      const k = terms.indexOf(head);
      if (k >= 0 && matches[i]![k] === 0 && (index.documentFrequency.get(head) ?? 0) > 0) coverage *= 0.6;
    }
    const typed = carriesAnswerType(type, sentence.text, echoes);
    const shaped =
      (numeric ? countBonus(index.words[i]!, termSet, focus) : 0) +
      (type === 'time' && SPECIFIC_DATE.test(sentence.text) ? 0.15 : 0) +
      (type === 'quantity' && MEASURE.test(sentence.text) ? 0.15 : 0);
    const score =
      coverage + (typed ? 0 : -1) + shaped + 0.2 * answerTypeBonus(type, sentence.text, names) - 0.002 * i;
    return { index: i, score, coverage: typed ? coverage + shaped : 0, own: own[i]! };
  });
  return { terms, ranked: ranked.sort((a, b) => b.score - a.score || a.index - b.index) };
}

/**
 * Answers a reader's question from the article, citing sentences, or abstains. Sentences are scored
 * by the weighted share of the question's terms they (and, partly, their neighbours and the speaker
 * they quote) contain; typed questions (how many / how much / when) need a sentence that carries a
 * value of that type. Too little overlap, or no value of the wanted type, means the article does not say.
 */
export function answerQuestion(analysis: Analysis, question: string): AnswerResult {
  const { ranked } = rankSentences(analysis, question);
  const best = ranked[0];
  if (!best || best.coverage < MIN_COVERAGE) {
    const reason =
      ranked.length === 0
        ? 'The question names nothing the article could answer.'
        : "The article doesn't say: no sentence covers enough of the question.";
    return { answer: null, sentenceIds: [], reason };
  }
  const cited = [best.index];
  // A neighbour that scores nearly as well usually carries the other half of the answer.
  for (const other of ranked.slice(1, 3)) {
    if (Math.abs(other.index - best.index) === 1 && other.own > 0 && other.score >= best.score - 0.08) cited.push(other.index);
  }
  const ids = cited.map((i) => analysis.sentences[i]!.id);
  const text = [...cited].sort((a, b) => a - b).map((i) => analysis.sentences[i]!.text.trim());
  return { answer: text.join(' '), sentenceIds: ids };
}
