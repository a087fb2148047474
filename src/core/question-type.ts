import { affirmativeQuestion } from './affirmative-question';
import { currencyMoney } from './currency-money';
import { howMuchTime } from './how-much-time';
import { literalBehind } from './literal-behind';
import { maskScheduledDueTo } from './mask-scheduled-due-to';

/** What kind of answer a reader's question wants; drives both scoring and abstention. */
export type AnswerType =
  | 'person'
  | 'time'
  | 'count'
  | 'money'
  | 'amount'
  | 'age'
  | 'quantity'
  | 'place'
  | 'reason'
  | 'yesno'
  | 'other';

/** Verbs that make "how much" a question about money; they say what type is wanted, not what about. */
export const MONEY_VERBS =
  /\b(?:cost|costs|costing|pay|pays|paid|paying|spend|spends|spent|spending|worth|charge|charges|charged|charging|earn|earns|earned|earning|invest|invests|invested|investing|price|priced|fetch|fetched|raise|raises|raised|raising)\b/gi;

/**
 * "What was the hardest year?", "what is the deadline for the bids?": the copula's noun phrase ends on a time noun,
 * so the question asks a time as "what year…" does. No verb within the phrase ("what is the council doing this
 * year?" asks what is done), and the noun ends it (not "the year's biggest story").
 */
export const COPULA_TIME =
  /\bwhat(?:['’]s| is| was| are| were| will be) the (?:(?!(?:is|are|was|were|do|does|did|will|would|has|have|had|can|could)\b)(?![\w'’-]*(?:ing|ed)\b)[\w'’-]+ ){0,3}(?:year|date|day|month|deadline|season|time)(?=\s*\??$| (?:of|for|on|in|at|when|by|that)\b)/;

/** "What is the accused's name?", "what was the name of the firm?": a name is what a person or body answers to. */
export const NAME_ASKED =
  /\bwhat(?:['’]s| is| was| are| were) (?:the |an? )(?:[\w'’-]+ ){0,3}?names?(?= of\b|\s*\??$)/i;

const RULES: Array<[RegExp, AnswerType]> = [
  // "time" as an occasion ("last time she ran", "this time", "the first time") is no duration.
  [
    /\bhow (many|much)\b.*\b(?:(?<!\b(?:last|this|next|first|that|the|every|each) )time|long|days|weeks|months|years)\b/,
    'quantity',
  ],
  [/\bhow many\b/, 'count'],
  [new RegExp(`\\bhow much\\b.*${MONEY_VERBS.source}`), 'money'],
  // "the bill" is a sum owed, but not "the bill's number" nor "what is the bill called?": that bill is a measure.
  [
    /\b(what|how much) (?:is|was|were|are|will be) the (price|cost|fee|bill|fine|salary|wage|budget)\b(?!(?<=bill)['’]s\b| (?:called|named)\b)/,
    'money',
  ],
  // "How much (more) will they get?" with no noun after "how much": a sum of money.
  [
    /\bhow much (?:more |less |extra )?(?:is|was|are|were|will|would|did|does|do|has|have|had|can|could|should|must)\b.*\b(?:get|gets|got|getting|receive|receives|received|seek|seeks|sought|want|wants|wanted|demand|demands|demanded|owe|owes|owed|offer|offered|award|awarded|claim|claimed|ask|asked|asking)\b/,
    'money',
  ],
  // "How much money will the closure save?": the noun says money whatever the verb.
  [/\bhow much (?:more |less |extra )?(?:money|cash)\b/, 'money'],
  // "What would the program cost (overall)?", "what will it cost to fix the bridge?", "what did he say
  // it can cost to…": "what" is the price.
  // "cost" must end the clause as its verb, no preposition or "to" before it: not "what did he say
  // about costs?", "what can be done to lower costs?", "what would happen if it costs more?".
  [
    /^what (?:will|would|does|do|did|can|could|might|may|should) (?:(?!(?:about|of|on|over|to|for|with|if|when)\b)\S+ ){1,6}costs?(?: to \w+(?: \S+){0,4}| \w+)?\W*$|^what\b.*\bsays? (?:it|that|this|they) (?:will|would|can|could|might|may) cost\b/,
    'money',
  ],
  [/\bhow much\b/, 'amount'],
  [/\b(?:trading|priced|valued|standing|stands|stand) at\b/, 'amount'],
  [/\bhow old\b/, 'age'],
  [/\bhow (long|far|big|large|small|close|old|fast|high|low|often|heavy|tall|short|wide|soon)\b/, 'quantity'],
  [/\b(what|which) (percentage|proportion|share|number|amount|sum|figure|price|rate|fee|score|total)\b/, 'amount'],
  // "what's the total fine", "what's Clinton's share of…", "what was the committee tally": the noun
  // the wh-phrase ends on asks for a figure even when words sit between.
  [
    /\bwhat(?:['’]s| is| was| are| were| will be)? (?:the |a )?(?:(?!(?:is|are|was|were|do|does|did|will|would|has|have|had|can|could)\b)[\w.'’-]+ ){0,4}(?:number|figure|total|tally|share|percentage|proportion|rate|price|cost|fine|fee|salary|budget|ceiling|sum|amount|score|margin|count)s?\b/,
    'amount',
  ],
  [
    /\b(when|by when|what time|what day|what date|which date|which day|what year|which year|what month|which month)\b/,
    'time',
  ],
  [COPULA_TIME, 'time'],
  [/\b(who|whom|whose)\b/, 'person'],
  [NAME_ASKED, 'person'],
  [
    /\b(which|what)(?: [\w-]+){0,2} (journalist|reporter|person|people|man|woman|minister|official|player|politician|presenter|director|actor|singer|company|firm|team|club|party|group|organisation|organization)\b/,
    'person',
  ],
  [/\bwhere\b|\b(which|what) (country|city|town|place|venue|region|state)\b/, 'place'],
  // "What's behind the downgrade?", "what is driving/causing the rise?": the cause is asked.
  [
    /\bwhy\b|\bwhat (caused|prompted|led to)\b|\bfor what reason\b|\bwhat(?:['’]s| is| was| are| were) (?:behind|driving|causing)\b/,
    'reason',
  ],
];

/**
 * An auxiliary opening the question ("did…", "so has…", "didn't…") asks yes or no. A "when" or "where"
 * later in it opens an adverbial clause that sets the scene, not what is asked: "was Hillary with him
 * when he said it?", "did the delegates listen when he told them…?". A later "who" or a count keeps
 * its type: "did the police say who fired?" wants the name.
 */
const OPENING_AUXILIARY =
  /^(?:(?:so|and|but|ok|okay|well),? )?(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|must|might|shall)\b(?!['’])/;
const SCENE_TYPES: ReadonlySet<AnswerType> = new Set(['time', 'place']);
/**
 * After a verb of saying or knowing, "when" and "where" open an embedded question that asks the time or
 * place: "did the council say when the library will reopen?", "do we know where the summit will be?",
 * "has the mayor told us when the vote is?".
 */
const EMBEDDED_WH =
  /\b(?:say|says|said|know|knows|knew|known|announce[ds]?|tell|tells|told|reveal(?:s|ed)?|explain(?:s|ed)?|confirm(?:s|ed)?|disclose[ds]?|specif(?:y|ies|ied)|indicate[ds]?|mention(?:s|ed)?|decide[ds]?|ask(?:s|ed)?|report(?:s|ed)?|hint(?:s|ed)?) (?:(?:us|them|him|her|me|anyone|anybody|reporters) )?(?:when|where)\b/;

/** "over the last few days": when the reader looks, not a duration they ask for. */
export const TIME_WINDOW =
  /\b(?:over|in|during|for) the (?:last|past) (?:few |couple of |several |\d+ |two |three |four )?(?:days|weeks|months|years|sessions)\b/gi;

/** The wh-word a question opens with names what it asks: "where was Obama when he spoke?" wants a place. */
const OPENING_WH: Array<[RegExp, AnswerType]> = [
  [/^(?:(?:so|and|but|ok|okay),? )?where\b/, 'place'],
  [/^(?:(?:so|and|but|ok|okay),? )?why\b/, 'reason'],
  [/^(?:(?:so|and|but|ok|okay),? )?(?:who|whom|whose)\b/, 'person'],
  [/^(?:(?:so|and|but|ok|okay),? )?when\b/, 'time'],
];

export function questionType(question: string): AnswerType {
  const q = affirmativeQuestion(question).toLowerCase().replace(TIME_WINDOW, ' ').trim();
  if (!/\bhow (?:many|much|old|long|far)\b/.test(q))
    for (const [pattern, type] of OPENING_WH) if (pattern.test(q)) return type;
  const rule = howMuchTime(q) ? 'quantity' : RULES.find(([pattern]) => pattern.test(q))?.[1];
  const type = rule === 'reason' && literalBehind(q) ? undefined : rule;
  const scene = type !== undefined && SCENE_TYPES.has(type) && !EMBEDDED_WH.test(q);
  if (OPENING_AUXILIARY.test(q) && (type === undefined || scene)) return 'yesno';
  return type ?? 'other';
}

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions|half|double|twice';
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/**
 * "a quarter of the borrowers", "two-thirds of voters": a share of a plural group counts it; "the third time", "a
 * quarter of an hour" and "a third of the way through" do not (review 51, B-r51-7).
 */
const FRACTION_OF =
  '(?:(?:a|one|two|three|four) (?:third|quarter|fifth|tenth)s?|(?:two|three|four)-(?:thirds|quarters|fifths)) of (?:(?:the|its|their|his|her|our|those|these|all) )?(?:[a-z-]+ )?[a-z]+s';
const NUMBER = new RegExp(`\\d|\\b(${NUMBER_WORDS})\\b|\\b(?:${FRACTION_OF})\\b`, 'i');
const MONEY =
  /[£$€¥]\s?\d|\d\s?(?:bn|m|p|pence|cents?|dollars?|pounds?|euros?)\b|\b\d[\d,.]*\s?(?:million|billion)\s+(?:dollars|pounds|euros)\b/i;
/** "aged 31", "the 31-year-old", "Kenteris, 31, who", "she will be 34". */
const AGE = /\b(?:aged|age of) \d{1,3}\b|\b\d{1,3}-year-old\b|[A-Za-z], \d{1,3},|\b(?:will be|turns?|turned) \d{1,3}\b/;
const PERCENT = /\d\s?(?:%|per ?cent|percent)/i;
const isMoney = (text: string) => MONEY.test(text) || currencyMoney(text);
const TIME = new RegExp(
  `\\b(${MONTHS}|${WEEKDAYS}|today|tomorrow|yesterday|tonight|week|weekend|month|year|spring|summer|autumn|winter|deadline|(?:19|20)\\d\\d|\\d{1,2}(?:am|pm)|\\d{1,2}:\\d\\d|gmt|bst|next|last|ago|later|soon|until|by then)\\b`,
  'i',
);

/** Digits that only repeat the question ("the 100m", "by 2007") do not answer it. */
const ECHO_TOKEN = new RegExp(`[£$€]?\\d[\\d,.]*\\w*|\\b(?:${NUMBER_WORDS})\\b`, 'gi');

function withoutEchoes(text: string, echoes: Set<string>): string {
  if (echoes.size === 0) return text;
  return text.replace(ECHO_TOKEN, (token) => (echoes.has(token.toLowerCase()) ? ' ' : token));
}

/** Numbers the question itself states, in digits or words ("the two bloggers"). */
export function numericEchoes(question: string): Set<string> {
  return new Set((question.match(ECHO_TOKEN) ?? []).map((t) => t.toLowerCase()));
}

/** A person's age beside their name or as a span of life ("Ann Lee, 71,", "aged 55", "in her 30s"), not a count. */
const AGE_SHAPE =
  /\b(?:aged|age of) \d{1,3}\b|\b\d{1,3}-year-old\b|(?<=\b[A-Z][a-z]+), \d{1,3},|\bin (?:his|her|their) (?:early |mid-|late )?\d0s\b/g;

/** Years and decades are dates, not counts; ages are ages. */
function hasCount(text: string): boolean {
  const stripped = text.replace(AGE_SHAPE, ' ').replace(/\b(?:1[5-9]|20)\d\d(?:s)?\b/g, ' ');
  return NUMBER.test(stripped);
}

/** Does the sentence carry something of the wanted type (beyond what the question already says)? */
export function carriesAnswerType(type: AnswerType, sentence: string, echoes: Set<string>): boolean {
  const text = withoutEchoes(sentence, echoes);
  switch (type) {
    case 'count':
      return hasCount(text);
    case 'money':
      return isMoney(text);
    case 'age':
      return AGE.test(text);
    case 'amount':
      return isMoney(text) || PERCENT.test(text) || hasCount(text);
    case 'quantity':
      return hasCount(text) || PERCENT.test(text);
    case 'time':
      return TIME.test(text);
    default:
      return true;
  }
}

/** Soft evidence for types whose answers have no fixed shape (people and places are judged by the answerer). */
export function answerTypeBonus(type: AnswerType, sentence: string): number {
  switch (type) {
    case 'reason':
      return /\b(because|due to|as a result|after|so that|in order to|since|reason|blamed|caused by|thanks to)\b/i.test(
        maskScheduledDueTo(sentence),
      )
        ? 0.5
        : 0;
    case 'amount':
    case 'money':
      return isMoney(sentence) || PERCENT.test(sentence) ? 0.4 : 0;
    default:
      return 0;
  }
}
