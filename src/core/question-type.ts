/** What kind of answer a reader's question wants; drives both scoring and abstention. */
export type AnswerType = 'person' | 'time' | 'count' | 'amount' | 'quantity' | 'place' | 'reason' | 'yesno' | 'other';

const RULES: Array<[RegExp, AnswerType]> = [
  [/\bhow (many|much)\b.*\b(time|long|days|weeks|months|years)\b/, 'quantity'],
  [/\bhow many\b/, 'count'],
  [/\bhow much\b/, 'amount'],
  [/\bhow (long|far|big|large|small|close|old|fast|high|low|often|heavy|tall|short|wide|soon)\b/, 'quantity'],
  [/\b(what|which) (percentage|proportion|share|number|amount|sum|figure|price|rate|fee|score|total)\b/, 'amount'],
  [/\b(when|by when|what time|what day|what date|which date|which day|what year|which year|what month|which month)\b/, 'time'],
  [/\b(who|whom|whose)\b/, 'person'],
  [/\b(which|what)(?: [\w-]+){0,2} (journalist|reporter|person|people|man|woman|minister|official|player|politician|presenter|director|actor|singer|company|firm|team|club|party|group|organisation|organization)\b/, 'person'],
  [/\bwhere\b|\b(which|what) (country|city|town|place|venue|region|state)\b/, 'place'],
  [/\bwhy\b|\bwhat (caused|prompted|led to)\b|\bfor what reason\b/, 'reason'],
  [/^(is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\b/, 'yesno'],
];

export function questionType(question: string): AnswerType {
  const q = question.toLowerCase().trim();
  for (const [pattern, type] of RULES) if (pattern.test(q)) return type;
  return 'other';
}

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions|half|double|twice';
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

const NUMBER = new RegExp(`\\d|\\b(${NUMBER_WORDS})\\b`, 'i');
const MONEY = /[£$€¥]\s?\d|\d\s?(?:bn|m|p|pence|cents?|dollars?|pounds?|euros?)\b|\b\d[\d,.]*\s?(?:million|billion)\s+(?:dollars|pounds|euros)\b/i;
const PERCENT = /\d\s?(?:%|per ?cent|percent)/i;
const TIME = new RegExp(
  `\\b(${MONTHS}|${WEEKDAYS}|today|tomorrow|yesterday|tonight|week|weekend|month|year|spring|summer|autumn|winter|deadline|(?:19|20)\\d\\d|\\d{1,2}(?:am|pm)|\\d{1,2}:\\d\\d|gmt|bst|next|last|ago|later|soon|until|by then)\\b`,
  'i',
);

/** Digits that only repeat the question ("the 100m", "by 2007") do not answer it. */
function withoutEchoes(text: string, echoes: Set<string>): string {
  if (echoes.size === 0) return text;
  return text.replace(/[£$€]?\d[\d,.]*\w*/g, (token) => (echoes.has(token.toLowerCase()) ? ' ' : token));
}

export function numericEchoes(question: string): Set<string> {
  return new Set((question.match(/[£$€]?\d[\d,.]*\w*/g) ?? []).map((t) => t.toLowerCase()));
}

/** Years and decades are dates, not counts. */
function hasCount(text: string): boolean {
  const stripped = text.replace(/\b(?:1[5-9]|20)\d\d(?:s)?\b/g, ' ');
  return NUMBER.test(stripped);
}

/** Does the sentence carry something of the wanted type (beyond what the question already says)? */
export function carriesAnswerType(type: AnswerType, sentence: string, echoes: Set<string>): boolean {
  const text = withoutEchoes(sentence, echoes);
  switch (type) {
    case 'count':
      return hasCount(text);
    case 'amount':
      return MONEY.test(text) || PERCENT.test(text) || hasCount(text);
    case 'quantity':
      return hasCount(text) || PERCENT.test(text);
    case 'time':
      return TIME.test(text);
    default:
      return true;
  }
}

/** Soft evidence for types whose answers have no fixed shape. */
export function answerTypeBonus(type: AnswerType, sentence: string, questionWords: Set<string>): number {
  switch (type) {
    case 'person': {
      // A name the question does not already use: "who" asks for someone new.
      const names = sentence.match(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b/g) ?? [];
      const fresh = names.some((n) => n.split(/\s+/).every((w) => !questionWords.has(w.toLowerCase())));
      return fresh ? 0.5 : 0;
    }
    case 'place':
      return /\b(in|at|to|into|from)\s+[A-Z]/.test(sentence) ? 0.3 : 0;
    case 'reason':
      return /\b(because|due to|as a result|after|so that|in order to|since|reason)\b/i.test(sentence) ? 0.5 : 0;
    case 'amount':
      return MONEY.test(sentence) || PERCENT.test(sentence) ? 0.4 : 0;
    default:
      return 0;
  }
}
