import type { Analysis, AnswerResult } from './analysis-types';
import {
  countBonus,
  countFocus,
  countsFocus,
  DURATION,
  freshPeople,
  freshPlace,
  shapeBonus,
  UNKNOWN_MARKER,
} from './answer-evidence';
import { relatedStems } from './answer-lexicon';
import { type ArticleIndex, indexArticle } from './article-index';
import { foldPhrasalVerbs } from './phrasal-verbs';
import {
  type AnswerType,
  answerTypeBonus,
  carriesAnswerType,
  MONEY_VERBS,
  numericEchoes,
  questionType,
  TIME_WINDOW,
} from './question-type';
import { contentTerms, tokenizeWords } from './tokenize-words';

/** Words that frame a question rather than say what it is about. */
const FRAME_WORDS = new Set(
  contentTerms(
    'according article story happen happened happening thing things kind sort way ways exactly roughly ' +
      'approximately instead altogether anyone anybody someone something actual actually end ended ' +
      'himself herself itself themselves want know think come comes came go goes going went put puts ' +
      'end get gets got keep keeps kept see sees try trying tried now',
  ),
);

/** Below this share of the question's weight, the best sentence is about something else. */
const MIN_COVERAGE = 0.34;
/** A WordNet synonym or derivation counts for most of the word itself. */
const SYNONYM_SHARE: number = 0;
/** Neighbouring sentences lend part of their evidence: answers often straddle two lines. */
const NEIGHBOUR_SHARE = 0.35;

interface QuestionTerms {
  terms: string[];
  names: Set<string>;
}

/** The words that ask for a type ("how many", "what date") say nothing about the topic. */
const TYPE_PHRASE =
  /\bhow (?:many|much|far|long|big|large|small|close|old|fast|high|low|often|soon)\b|\b(?:what|which) (?:date|time|day|year|month)\b|\bby when\b|\b(?:trading|priced|valued|standing|stands) at\b/gi;
/** "right now", "these days": one word, so the copy's "currently" matches and "days" does not. */
const NOW_PHRASE = /\b(?:right now|these days|at the moment|at present|nowadays)\b/gi;
/** "Who runs X?" asks for its head, not a runner. */
const WHO_RUNS = /\b(?:runs|ran|running|run)\b/gi;

function questionTerms(question: string, type: AnswerType): QuestionTerms {
  let topic = foldPhrasalVerbs(question)
    .replace(TYPE_PHRASE, ' ')
    .replace(TIME_WINDOW, ' ')
    .replace(NOW_PHRASE, ' currently ');
  if (type === 'money') topic = topic.replace(MONEY_VERBS, ' ');
  if (type === 'person') topic = topic.replace(WHO_RUNS, ' head ');
  const terms = [...new Set(contentTerms(topic))].filter((t) => !FRAME_WORDS.has(t));
  const names = new Set(tokenizeWords(question));
  return { terms, names };
}

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
  if (SYNONYM_SHARE > 0)
    for (const alt of relatedStems(term)) if (index.terms[sentenceIndex]!.has(alt)) return SYNONYM_SHARE;
  if (term.length >= 3 && term.length <= 4 && /^[a-z]+$/.test(term)) {
    for (const word of index.words[sentenceIndex]!) if (word.startsWith(term) && word.length > term.length) return 0.8;
    for (const word of index.contextWords[sentenceIndex]!)
      if (word.startsWith(term) && word.length > term.length) return 0.5;
  }
  return 0;
}

interface RankedSentence {
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
  /** Share of the question's weight matched by the sentence alone. */
  share: number;
}

/** Every sentence scored against the question, best first. Exposed for the answerer and for diagnosis. */
function rankSentences(analysis: Analysis, question: string): { terms: string[]; ranked: RankedSentence[] } {
  const index = indexArticle(analysis);
  const type = questionType(question);
  const { terms, names } = questionTerms(question, type);
  if (terms.length === 0 || index.sentenceCount === 0) return { terms, ranked: [] };
  const weights = terms.map((t) => termWeight(index, t));
  const total = weights.reduce((a, b) => a + b, 0);
  const echoes = numericEchoes(question);
  const termSet = new Set(terms);
  const focus = countFocus(question);
  const focusTerms = [...focus].map((stem) => contentTerms(stem)[0] ?? stem);
  const asksDuration = /\bhow long\b/i.test(question);
  const numeric = type === 'count' || type === 'amount' || type === 'quantity' || type === 'money';
  // Some sentence puts a number on the very thing asked about: numbers elsewhere count something else.
  const focusCounted = focus.size > 0 && index.words.some((words) => countsFocus(words, focus));

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
      // The article never mentions what is counted ("copies"): its numbers count other things.
      if (k >= 0 && (index.documentFrequency.get(head) ?? 0) === 0) coverage *= 0.6;
    }
    if (focusCounted && !countsFocus(index.words[i]!, focus)) coverage *= 0.75;
    let typeBonus = answerTypeBonus(type, sentence.text);
    if (type === 'person') {
      const people = freshPeople(sentence.text, names, analysis.entities);
      // "Who" wants a name or a role; a sentence with neither answers something else.
      // A quote's speaker is a person too ("I dreamt up flying pigs", said by Campbell).
      const quoted = index.contextWords[i]!.length > 0 ? 0.5 : 0;
      if (Math.max(people, quoted) === 0) coverage *= 0.7;
      typeBonus = 0.5 * people;
    } else if (type === 'place') {
      typeBonus = freshPlace(sentence.text, names, analysis.entities) ? 0.3 : 0;
    }
    const typed = carriesAnswerType(type, sentence.text, echoes) && (!asksDuration || DURATION.test(sentence.text));
    const shaped =
      (numeric ? countBonus(index.words[i]!, termSet, focus) : 0) + shapeBonus(type, question, sentence.text);
    const score = coverage + (typed ? 0 : -1) + shaped + 0.2 * typeBonus - 0.002 * i;
    return { index: i, score, coverage: typed ? coverage + shaped : 0, own: own[i]!, share: own[i]! / total };
  });
  return { terms, ranked: ranked.sort((a, b) => b.score - a.score || a.index - b.index) };
}

/** Below this share of the question's weight a sentence is not even on the question's topic. */
const NEAREST_SHARE = 0.4;

/** An abstention, with the sentence closest to the question when one is on its topic. */
function abstain(analysis: Analysis, ranked: RankedSentence[], reason: string): AnswerResult {
  const nearest = [...ranked].sort((a, b) => b.share - a.share || a.index - b.index)[0];
  if (!nearest || nearest.share < NEAREST_SHARE) return { answer: null, sentenceIds: [], reason };
  return { answer: null, sentenceIds: [], reason, nearestId: analysis.sentences[nearest.index]!.id };
}

/** The best sentence, or the one beside it, says outright that the fact is not known. */
function saysUnknown(analysis: Analysis, ranked: RankedSentence[], best: RankedSentence): boolean {
  return ranked.some(
    (r) =>
      Math.abs(r.index - best.index) <= 1 && r.share >= 0.5 && UNKNOWN_MARKER.test(analysis.sentences[r.index]!.text),
  );
}

/**
 * Answers a reader's question from the article, citing sentences, or abstains. Sentences are scored
 * by the weighted share of the question's terms they (and, partly, their neighbours and the speaker
 * they quote) contain; typed questions (how many / how much / when / who) need a sentence that carries
 * a value of that type. Too little overlap, no value of the wanted type, or copy that says the fact is
 * unknown means the article does not say.
 */
export function answerQuestion(analysis: Analysis, question: string): AnswerResult {
  const { ranked } = rankSentences(analysis, question);
  const best = ranked[0];
  if (!best || best.coverage < MIN_COVERAGE) {
    const reason =
      ranked.length === 0
        ? 'The question names nothing the article could answer.'
        : 'No sentence covers enough of the question.';
    return abstain(analysis, ranked, reason);
  }
  if (saysUnknown(analysis, ranked, best)) {
    return abstain(analysis, ranked, 'The article reports that this is not known.');
  }
  const cited = [best.index];
  // A neighbour that scores nearly as well usually carries the other half of the answer.
  for (const other of ranked.slice(1, 3)) {
    if (Math.abs(other.index - best.index) === 1 && other.own > 0 && other.score >= best.score - 0.08)
      cited.push(other.index);
  }
  const ids = cited.map((i) => analysis.sentences[i]!.id);
  const text = [...cited].sort((a, b) => a - b).map((i) => analysis.sentences[i]!.text.trim());
  return { answer: text.join(' '), sentenceIds: ids };
}
