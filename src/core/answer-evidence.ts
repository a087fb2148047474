import type { Entity } from './analysis-types';
import { MONTHS, WEEKDAYS } from './calendar-words';
import { COUNT_REACH, type CountFocus, countFocusOf, countsAs, NUMBER_TOKEN, SPELLED_NUMBER } from './counted-kinds';
import type { EntityFinder } from './entity-finder';
import type { AnswerType } from './question-type';
import { REFUSAL_SOURCE } from './refusal-cues';
import { saysVenue } from './says-venue';
import { STOPWORDS } from './stopwords';
import { contentTerms, tokenizeWords } from './tokenize-words';

/** Evidence that a sentence holds a value shaped like the answer, beyond sharing the question's words. */

/** Words that end the counted noun phrase: auxiliaries, prepositions and common verbs. */
const PHRASE_END =
  /^(?:do|does|did|is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|been|being|in|into|on|at|for|of|from|to|by|with|went|go|goes|gone|got|get|gets|came|come|made|make|took|take|lost|left|there|they|he|she|it|we|you)$/;

const PARTITIVE_OPENER = /^(?:the|these|those|his|her|their|its|our|my|your|s)$/;

/** The thing being counted: the head noun after "how many/much" ("how many new positions did…" -> position). */
export function countFocus(question: string): CountFocus {
  const words = tokenizeWords(question);
  const at = words.findIndex((w, i) => w === 'how' && /^(?:many|much)$/.test(words[i + 1] ?? ''));
  let head: string | undefined;
  // A partitive counts the part by its whole's noun: "how many of the recovered emails …?" counts emails.
  const from = words[at + 2] === 'of' ? at + 3 : at + 2;
  for (let i = from; at >= 0 && i < words.length; i++) {
    const word = words[i]!;
    // ... and a participle after its determiner modifies the noun: "of the recovered emails".
    if (from > at + 2 && /ed$/.test(word) && PARTITIVE_OPENER.test(words[i - 1] ?? '')) continue;
    if (PHRASE_END.test(word) || /ed$/.test(word)) break;
    head = word;
  }
  // "how many of them …?" names no noun.
  return countFocusOf(from > at + 2 && head !== undefined && STOPWORDS.has(head) ? undefined : head);
}

/**
 * Does a number sit right before the counted thing ("150 cinemas", "25 laptops"), or before a kind of it WordNet
 * files under it ("171,000 Iowans" for people: counted-kinds.ts)?
 */
export function countsFocus(words: string[], focus: CountFocus, siblings = false): boolean {
  for (let i = 0; i < words.length; i++) {
    // "How many times …?" is answered by "twice" as by "two times".
    if (focus.occurrences && REPEATS.test(words[i]!)) return true;
    if (!NUMBER_TOKEN.test(words[i]!)) continue;
    for (let j = i + 1; j <= i + COUNT_REACH && j < words.length; j++)
      if (countsAs(words, i, j, focus, siblings)) return true;
  }
  return false;
}
const REPEATS = /^(?:twice|thrice)$/;

/**
 * A number right before what the question counts is very likely the answer; a number before another
 * question word is weaker evidence.
 */
export function countBonus(words: string[], terms: Set<string>, focus: CountFocus): number {
  if (countsFocus(words, focus)) return 0.4;
  for (let i = 0; i < words.length; i++) {
    if (!NUMBER_TOKEN.test(words[i]!)) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      const term = contentTerms(words[j]!)[0];
      if (term !== undefined && terms.has(term)) return 0.15;
    }
  }
  return 0;
}

/** A number with a unit: what "how far / how long / how big" asks for. */
const MEASURE = new RegExp(
  String.raw`\d(?:[\d,.]*)\s?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|metres?|meters?|km|kilometres?|miles?|feet|kg|tonnes?|gigabytes?|terabytes?|megabytes?|gb|mb|tb|points?|per ?cent|%)\b|\b(?:a|one|${SPELLED_NUMBER}) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b`,
  'i',
);
const TIME_UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|seasons?)\b`;
/**
 * A stretch of time, what "how long" asks for ("14 days", "about two months", "since 1998"); after a figure or a
 * spelled number a word may qualify the unit ("20 school days", "ten working days", "two full weeks": audit 58
 * B-a58-19), but not after an article or a vague count: "an election year" and "a record year" name a kind of year,
 * not a stretch (review 59 R59-9) — unless "for" makes it one ("banned for a full season", "for an additional
 * month": review 60 R60-9).
 */
export const DURATION = new RegExp(
  String.raw`\b(?:\d[\d,.]*|one|${SPELLED_NUMBER})[- ](?:[a-z]+ )?${TIME_UNIT}|\b(?:a|an|several|few|many|couple of)[- ]${TIME_UNIT}|\bfor (?:a|an) [a-z]+ ${TIME_UNIT}|\bsince\b`,
  'i',
);
/** A level: price, rate or figure with decimals, what "how high / how low" asks for. */
const LEVEL = /[£$€]\s?\d|\d\.\d|\d\s?(?:%|per ?cent)/i;
const SPECIFIC_DATE =
  /\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|\b(?:on|by|until|from) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:19|20)\d\d\b|\bmid-[a-z]+\b/i;

/** Bonus for a value of the precise shape the question wants. */
export function shapeBonus(type: AnswerType, question: string, sentence: string): number {
  if (type === 'time') return SPECIFIC_DATE.test(sentence) ? 0.15 : 0;
  if (type !== 'quantity') return 0;
  if (/\bhow (?:high|low)\b/i.test(question)) return LEVEL.test(sentence) ? 0.2 : 0;
  return MEASURE.test(sentence) ? 0.15 : 0;
}

/** A capitalised word inside the sentence (not its first), including "O'Malley", "McFadyen", "Lewis-Francis". */
const NAME_WORD = /^(?:[A-Z][a-z]+|[A-Z]['’][A-Z][a-z]+|Mc[A-Z][a-z]+)(?:-[A-Z][a-z]+)?$/;
const NOT_NAMES = new RegExp(
  String.raw`^(?:The|A|An|I|He|She|It|They|We|But|And|In|On|At|Mr|Mrs|Ms|Dr|Sir|${WEEKDAYS}|${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$`,
);
/** Capitalised words after the first (a sentence's first word is capitalised anyway), punctuation stripped. */
function nameWords(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/^[^A-Za-z]+|(?:['’]s)?[^A-Za-z]*$/g, ''))
    .filter((w) => NAME_WORD.test(w) && !NOT_NAMES.test(w));
}
const ROLE_NOUN =
  /\b(?:chairman|chairwoman|chief|head|director|founder|president|minister|secretary|spokes(?:man|woman|person)|lawyer|attorney|coach|manager|captain|leader|official|editor|producer|owner|boss|executive|governor|judge)\b/i;

/**
 * A name ending on a settlement word is a place, whatever the entity typing says ("New York City" read
 * as a body): "who diagnosed Clinton?" is not answered by where she was.
 */
const PLACE_TAIL = /\s(?:city|county|borough|province|island|islands|valley|beach|heights)$/i;
const isPlace = (e: Entity): boolean => e.type === 'place' || PLACE_TAIL.test(e.name);

/** freshPeople's readings, shared with the readers that test them (answer-person-over-body.ts). */
export const FRESH_PERSON = 1;
export const FRESH_BODY = 0.8;

/** Names (or roles) in the sentence that the question does not already use: who-questions want someone new. */
export function freshPeople(sentence: string, questionWords: Set<string>, entitiesIn: EntityFinder): number {
  const inSentence = entitiesIn(sentence.toLowerCase());
  const person = inSentence.some(
    (e) => e.type === 'person' && !e.name.split(/\s+/).some((w) => questionWords.has(w.toLowerCase())),
  );
  if (person) return FRESH_PERSON;
  // "Who" also asks for a body: "who upgraded India?" -> S&P.
  const body = inSentence.some(
    (e) => e.type === 'organization' && !isPlace(e) && !questionWords.has(e.name.toLowerCase()),
  );
  if (body) return FRESH_BODY;
  // A capitalised word that belongs to a place is not someone.
  const placeWords = new Set(inSentence.filter(isPlace).flatMap((e) => e.name.toLowerCase().split(/\s+/)));
  const names = nameWords(sentence).map((n) => n.toLowerCase());
  if (names.some((n) => !questionWords.has(n) && !placeWords.has(n))) return FRESH_BODY;
  return ROLE_NOUN.test(sentence) ? 0.5 : 0;
}

/**
 * A place the question does not already name: a place entity, "in/at/to (the) Capitalised", or the occasion or
 * medium something was said or held at ("in an interview", "at a rally": `saysVenue`).
 */
export function freshPlace(sentence: string, questionWords: Set<string>, entitiesIn: EntityFinder): boolean {
  if (entitiesIn(sentence.toLowerCase()).some((e) => e.type === 'place' && !questionWords.has(e.name.toLowerCase())))
    return true;
  return /\b(?:in|at|to|into|from|across|throughout)\s+(?:the\s+)?[A-Z]/.test(sentence) || saysVenue(sentence);
}

/** The copy itself says the fact is not known: the honest reply is that the article does not say. */
export const UNKNOWN_MARKER = new RegExp(
  String.raw`\b(?:(?:it|this) (?:was|is|remains|remained) (?:not |un)(?:clear|known)|(?:was|is|remains|were|are) (?:not|not yet|never) (?:disclosed|revealed|made public|known)|undisclosed|${REFUSAL_SOURCE})\b`,
  'i',
);
