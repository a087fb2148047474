import { foldPhrasalVerbs } from './phrasal-verbs';
import { type AnswerType, MONEY_VERBS, TIME_WINDOW } from './question-type';
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

/** The words that ask for a type ("how many", "what date") say nothing about the topic. */
const TYPE_PHRASE =
  /\bhow (?:many|much|far|long|big|large|small|close|old|fast|high|low|often|soon)\b|\b(?:what|which) (?:date|time|day|year|month)\b|\bby when\b|\b(?:trading|priced|valued|standing|stands) at\b/gi;
/** "right now", "these days": one word, so the copy's "currently" matches and "days" does not. */
const NOW_PHRASE = /\b(?:right now|these days|at the moment|at present|nowadays)\b/gi;
/** "Who runs X?" asks for its head, not a runner. */
const WHO_RUNS = /\b(?:runs|ran|running|run)\b/gi;
/** A capitalised word after the first: a name the reader takes for granted. */
const NAME = /^[A-Z][\w’'.-]*$/;

export interface QuestionTerms {
  /** Distinct content terms that say what the question is about. */
  terms: string[];
  /** Those of them that come from names ("Stein", "PolitiFact"). */
  nameTerms: Set<string>;
  /** The question's raw lowercased words, to tell a fresh name in a sentence from one the question uses. */
  questionWords: Set<string>;
  /** The topic's content terms in order, for word pairs. */
  sequence: string[];
  /** The wh-phrase's head noun as terms ("which judge" -> judg): what the answer must name. */
  heads: Set<string>;
}

/** "which judge", "what share", "who's the officer who…": the noun that names what is asked. */
const WH_HEAD =
  /\b(?:which|what|whose)\s+(?:(?:new|other|first|last|main|big|biggest)\s+)?([a-z][\w-]*)|\bwho(?:['’]s| is| was| are| were)\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+)??([a-z][\w-]*)\s+(?:who|that|behind|in|at|of|for)\b/i;
/** Heads that ask for a kind of thing, not a thing ("what kind of payback"). */
const VAGUE_HEADS = new Set(['kind', 'sort', 'type']);

function whHeads(question: string): Set<string> {
  const m = WH_HEAD.exec(question.replace(/[’']s\b/g, ' is'));
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  return new Set(word && !VAGUE_HEADS.has(word) ? contentTerms(word) : []);
}

export function questionTerms(question: string, type: AnswerType): QuestionTerms {
  let topic = foldPhrasalVerbs(question)
    .replace(TYPE_PHRASE, ' ')
    .replace(TIME_WINDOW, ' ')
    .replace(NOW_PHRASE, ' currently ');
  if (type === 'money') topic = topic.replace(MONEY_VERBS, ' ');
  if (type === 'person') topic = topic.replace(WHO_RUNS, ' head ');
  const sequence = contentTerms(topic).filter((t) => !FRAME_WORDS.has(t));
  const nameTerms = new Set(
    question
      .split(/\s+/)
      .slice(1)
      .map((w) => w.replace(/^[^\w]+|(?:['’]s)?[^\w]*$/g, ''))
      .filter((w) => NAME.test(w))
      .flatMap((w) => contentTerms(w)),
  );
  return {
    terms: [...new Set(sequence)],
    nameTerms,
    questionWords: new Set(tokenizeWords(question)),
    sequence,
    heads: whHeads(question),
  };
}
