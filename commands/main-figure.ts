import type { Analysis, Sentence } from '../src/core/analysis-types';

/**
 * A figure as written: "1.2871", "25", "3,000" (its sign and unit around it vary, the digits do
 * not). Digits inside a name are no figure: "G7", "MP3", "PlayStation 3" is a name's own number.
 */
const FIGURE = /(?<![\p{L}\d])\d+(?:[.,]\d+)*/gu;
/** A year dates the story rather than measure it: "Hansen 'delays return until 2006'" has no figure. */
const YEAR = /^(?:19|20)\d\d$/;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/**
 * A day of the month or a clock time dates the story rather than measure it ("on 2 April", "19-20
 * March", "April 9", "at 19:30", "8pm"): taken out of the text before its figures are read.
 */
const DATE_OR_TIME = new RegExp(
  String.raw`\b${DAY}(?:\s*[-–]\s*${DAY})?\s+(?:of\s+)?(?:${MONTH})\b|\b(?:${MONTH})\s+${DAY}(?:\s*[-–]\s*${DAY})?\b|\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|GMT|BST)|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])`,
  'gu',
);
/** A unit before a figure: "£48m", "$3bn", "US$ 2". */
const UNIT_BEFORE = /(?:[£$€¥]|US\$|\b(?:EUR|USD|GBP))\s?$/;
/** A unit after it: "5%", "48m", "2.5 billion", "5 per cent", "10 pounds". */
const UNIT_AFTER =
  /^(?:\s?(?:%|per\s?cent|percent|m|bn|k|million|billion|trillion|pounds?|dollars?|euros?|yen)(?![\p{L}]))/u;
/** The word (or adjective and word) after it when it counts something: "90 journalist jobs", "60 people". */
const COUNTED = /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/;
/** Words after a figure that are not what it counts ("5 of its", "2 is", "4 x 400"). */
const NOT_COUNTED = new Set(
  'a an the of in on at to for by from and or but as is was has its this his us plus thus yes x with than per'.split(
    ' ',
  ),
);
/** Sentences a "main figure" answer quotes: a headline with two figures gets both. */
const MOST = 2;

/**
 * The sentences that carry a story's main figure, for "what is the main figure?": the body's first
 * sentence holding each figure of the headline, else the lead's (leadOf) first sentence holding a
 * figure with a unit (£48m, 5%, 2bn, 90 jobs). Empty when neither has one: the
 * article's other figures are details the engine answers as questions, not its main figure, and
 * the reply says it doesn't say rather than present a peripheral number.
 */
export function mainFigure(analysis: Analysis): Sentence[] {
  const body = analysis.sentences;
  const inTitle = figuresIn(analysis.title).map((f) => f.figure);
  if (inTitle.length > 0) {
    const found = inTitle.map((figure) => body.find((s) => figuresIn(s.text).some((f) => f.figure === figure)));
    const sentences = [...new Set(found.filter((s) => s !== undefined))].slice(0, MOST);
    if (sentences.length > 0) return sentences;
  }
  const lead = leadOf(body);
  const measured = lead.find((s) => figuresIn(s.text).some((f) => f.unit));
  return measured ? [measured] : [];
}

/**
 * The lead: the body's first paragraph, and when that is one sentence (a standfirst, as BBC copy
 * opens) the sentence after it, where such copy gives its figure ("growth of just 0.1%").
 */
function leadOf(body: Sentence[]): Sentence[] {
  const first = body.filter((s) => s.paragraph === body[0]?.paragraph);
  return first.length === 1 ? body.slice(0, 2) : first;
}

/** The figures a text holds, years, days of the month and clock times left out, and whether each has a unit. */
function figuresIn(text: string): { figure: string; unit: boolean }[] {
  const undated = text.replace(DATE_OR_TIME, (date) => ' '.repeat(date.length));
  return [...undated.matchAll(FIGURE)]
    .map((m) => {
      const figure = m[0].replace(/[.,]$/, '');
      const end = m.index + figure.length;
      return { figure, unit: hasUnit(undated.slice(0, m.index), undated.slice(end)) };
    })
    .filter((f) => !YEAR.test(f.figure));
}

/** Whether a figure is measured in something: a currency, a percentage, a magnitude or a counted noun. */
function hasUnit(before: string, after: string): boolean {
  if (UNIT_BEFORE.test(before) || UNIT_AFTER.test(after)) return true;
  const [, first, second] = COUNTED.exec(after) ?? [];
  if (first === undefined || NOT_COUNTED.has(first)) return false;
  if (counts(first)) return true;
  return second !== undefined && !NOT_COUNTED.has(second) && counts(second);
}

/** A plural noun, or one of the few counted nouns that is not marked so. */
function counts(word: string): boolean {
  return /[^s]s$/.test(word) || /^(?:people|staff|children|men|women|police|cattle|sheep|fish)$/.test(word);
}
