import { askedVerb } from './asked-verb';
import { foldPhrasalVerbs } from './phrasal-verbs';
import { type AnswerType, COPULA_TIME, MONEY_VERBS, NAME_ASKED, TIME_WINDOW } from './question-type';
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
/** The word of a type phrase that can name a topic: "far" of "how far", none of "how many" or "what date". */
const typeWord = (phrase: string): string => {
  const word = /^how (?!many|much)(\w+)$/i.exec(phrase)?.[1];
  return word ? ` ${word} ` : ' ';
};
/** The copula's time phrase ending on a unit the type phrase also drops ("what was the hardest year"). */
const COPULA_UNIT = new RegExp(String.raw`${COPULA_TIME.source}(?<=\b(?:date|time|day|year|month))`, 'gi');
/** "right now", "these days": one word, so the copy's "currently" matches and "days" does not. */
const NOW_PHRASE = /\b(?:right now|these days|at the moment|at present|nowadays)\b/gi;
/** "Is it true that…": a frame around the yes/no question, not its topic ("true" is in no answer). */
const TRUTH_FRAME = /\b(?:is|was) it (?:really |actually )?(?:true|the case|right|correct) that\b/gi;
/**
 * "Who runs X?" asks for its head, not a runner; the copy may name the head or say the verb ("The operator, Brightwater
 * Marine, runs the ferry"), so both are topic words, neither one the answer must say. "Running mate" is a noun.
 */
const WHO_RUNS = /\b(?:runs|ran|running|run)\b(?! mates?\b)/gi;
/** A capitalised word after the first: a name the reader takes for granted. */
const NAME = /^[A-Z][\w’'.-]*$/;

export interface QuestionTerms {
  /** Distinct content terms that say what the question is about. */
  terms: string[];
  /** Those of them that come from names ("Stein", "PolitiFact"). */
  nameTerms: Set<string>;
  /** The same names as raw lowercased words ("clinton"), to find them in a sentence's words. */
  nameWords: Set<string>;
  /** The question's raw lowercased words, to tell a fresh name in a sentence from one the question uses. */
  questionWords: Set<string>;
  /** The topic's content terms in order, for word pairs. */
  sequence: string[];
  /** The wh-phrase's head noun as terms ("which judge" -> judg): what the answer must name. */
  heads: Set<string>;
  /** "Who <verb>…": the verb as a term ("who rejected the request?" -> reject), the relation asked about. */
  relation?: string;
  /**
   * The verb any question asks about ("what did Trump tweet?" -> tweet, "did the committee reject
   * the request?" -> reject; for "who", the relation):
   * what a sentence, or the headline, must say to answer it.
   */
  verb?: string;
}

/** Words that end the wh-phrase: auxiliaries, prepositions, common irregular past verbs. */
const PHRASE_END =
  /^(?:is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|should|may|might|must|of|in|on|at|for|to|from|by|with|about|behind|who|that|which|made|said|took|gave|won|lost|got|put|ran|sent|told|went|came|led|held|left|paid|sold|set|kept|began|chose|wrote|brought|[a-z]+ed)$/;
/** Heads that ask for a kind of thing, not a thing ("what kind of payback"), or a name the copy never calls one. */
const VAGUE_HEADS = new Set(['kind', 'sort', 'type', 'thing', 'things', 'name', 'names']);

const COPULA = /^(?:is|was|are|were)$/;
const DETERMINER = /^(?:the|a|an|his|her|their|its)$/;
/** A word after the noun phrase that leaves it a phrase: a preposition or a relative ("the date of the vote"). */
const AFTER_PHRASE = /^(?:of|in|on|at|for|to|from|by|with|about|behind|that|who|which|when|where|under|over|between)$/;
/** Words of a phrase that cannot be its head: the possessive's "s" token, the adverbs a question slips in. */
const NOT_HEAD = /^(?:s|actually|really|exactly|now|just|still|even|also|so)$/;

/**
 * "What was the hardest year?", "what is the woman's name?", "what was the final score on the bill?": the copula's
 * noun phrase names what is asked, its last noun the head. When a verb follows the phrase ("what is the council
 * doing?", "what was the video called?") the phrase is a clause's subject and asks nothing of a kind: no head.
 */
function copulaHead(words: string[], from: number): Set<string> {
  if (!DETERMINER.test(words[from] ?? '')) return new Set();
  let head: string | undefined;
  for (let i = from + 1; i < words.length && i <= from + 5; i++) {
    const word = words[i]!;
    if (AFTER_PHRASE.test(word)) break;
    if (PHRASE_END.test(word) || word.endsWith('ing') || i === from + 5) return new Set();
    if (!NOT_HEAD.test(word)) head = word;
  }
  return new Set(head && !VAGUE_HEADS.has(head) ? contentTerms(head) : []);
}

/**
 * The noun that names what is asked, as terms: "which Hollywood studio is paying" -> studio,
 * "what share of Republicans" -> share, "who's the officer who fired" -> officer.
 */
function whHeads(question: string): Set<string> {
  const words = tokenizeWords(question.replace(/\b(who|what)['’]s\b/gi, '$1 is'));
  let at = words.findIndex((w) => w === 'which' || w === 'what' || w === 'whose');
  if (at >= 0 && words[at] === 'what' && COPULA.test(words[at + 1] ?? '')) return copulaHead(words, at + 2);
  if (at >= 0) at++;
  else {
    // "who is the officer who…": a person named by role.
    const who = words.findIndex((w, i) => w === 'who' && /^(?:is|was|are|were)$/.test(words[i + 1] ?? ''));
    if (who < 0 || !/^(?:the|a|an)$/.test(words[who + 2] ?? '')) return new Set();
    at = who + 3;
  }
  let head: string | undefined;
  for (let i = at; i < words.length && i < at + 3; i++) {
    if (PHRASE_END.test(words[i]!)) break;
    head = words[i];
  }
  return new Set(head && !VAGUE_HEADS.has(head) ? contentTerms(head) : []);
}

export function questionTerms(question: string, type: AnswerType): QuestionTerms {
  const framed = foldPhrasalVerbs(question)
    .replace(TIME_WINDOW, ' ')
    .replace(NOW_PHRASE, ' currently ')
    .replace(TRUTH_FRAME, ' ');
  let topic = framed.replace(TYPE_PHRASE, ' ');
  // "What was the hardest year?" asks a year as "what year…?" does: the unit is the type, not the topic.
  if (type === 'time') topic = topic.replace(COPULA_UNIT, (phrase) => phrase.replace(/\S+$/, ' '));
  // "What is the woman's name?" asks who she is: the copy gives the name, never the word "name".
  if (type === 'person') topic = topic.replace(NAME_ASKED, (phrase) => phrase.replace(/\S+$/, ' '));
  if (type === 'money') topic = topic.replace(MONEY_VERBS, ' ');
  const heading = type === 'person' ? topic.replace(WHO_RUNS, ' head $& ') : topic;
  // A head asked for need not be said running anything ("Hopkins, director of the Committee"): no relation then.
  const runs = heading !== topic;
  topic = heading;
  const topical = (text: string): string[] => contentTerms(text).filter((t) => !FRAME_WORDS.has(t));
  // "How much did it cost?", "how far is it?": when the type's own word is all the question names, it is
  // the topic too — the copy says "cost" or "miles away" beside the figure.
  let sequence = topical(topic);
  if (sequence.length === 0) sequence = topical(framed.replace(TYPE_PHRASE, typeWord));
  const names = question
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/^[^\w]+|(?:['’]s)?[^\w]*$/g, ''))
    .filter((w) => NAME.test(w));
  const nameTerms = new Set(names.flatMap((w) => contentTerms(w)));
  const heads = whHeads(question);
  const verb = type === 'person' ? (heads.size === 0 ? askedVerb(question, nameTerms, true) : undefined) : undefined;
  const asked = type === 'person' ? verb : askedVerb(question, nameTerms, false);
  return {
    terms: [...new Set(sequence)],
    nameTerms,
    nameWords: new Set(names.flatMap((w) => tokenizeWords(w))),
    questionWords: new Set(tokenizeWords(question)),
    sequence,
    heads,
    relation: verb && !runs && sequence.includes(verb) ? verb : undefined,
    verb: asked && !runs && sequence.includes(asked) ? asked : undefined,
  };
}
