import { personNoun } from './person-noun';
import { type AnswerType, questionType } from './question-type';
import { singularsOf } from './singulars-of';
import { thingNoun } from './thing-noun';

/**
 * "…bought the stake for an undisclosed sum": an unknown marker standing before a noun withholds that noun, not its
 * clause's doer, time or place. What a reader asks of the noun ("what sum?") is the kind of answer it withholds, read
 * from the question types' own nouns (question-type.ts) and WordNet's person and place nouns (person-noun.ts,
 * thing-noun.ts): a sum or fee is a value, a date a time, a site a place, a buyer or firm a person.
 */
type Kind = 'person' | 'time' | 'place' | 'reason' | 'value';

/** The answer types each kind of withheld noun leaves open; a value answers how much or many, and what. */
const OPEN: Readonly<Record<Kind, readonly AnswerType[]>> = {
  person: ['person'],
  time: ['time'],
  place: ['place'],
  reason: ['reason'],
  value: ['money', 'amount', 'count', 'quantity', 'other'],
};

/** The kind of answer the noun names, or undefined when neither the question types nor WordNet's lists know it. */
function kindOf(noun: string): Kind | undefined {
  const asked = questionType(`what ${noun}?`);
  if (asked === 'money' || asked === 'amount') return 'value';
  if (asked === 'time' || asked === 'place' || asked === 'person') return asked;
  if (questionType(`for what ${noun}?`) === 'reason') return 'reason';
  if ([noun, ...singularsOf(noun)].some(personNoun)) return 'person';
  const thing = thingNoun(noun);
  return thing === 'place' || thing === 'feature' ? 'place' : undefined;
}

/**
 * Whether a marker on the noun leaves the asked type unknown: undefined for a noun of no known kind, which callers
 * read as every marker was read before. Never whether the act happened: "an undisclosed sum" says it did.
 */
export function markedNounKind(noun: string, type: AnswerType): boolean | undefined {
  if (type === 'yesno') return false;
  const kind = kindOf(noun);
  return kind === undefined ? undefined : OPEN[kind].includes(type);
}
