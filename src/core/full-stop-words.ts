import { STATE_ABBREVIATIONS } from './abbreviated-word';
import { TITLE_ABBREVIATIONS } from './title-abbreviations';

/*
 * The words a full stop's reading turns on (split-sentences.ts): titles and abbreviations a stop follows without
 * ending the sentence. The words that say a new one opened after an initialism's stop are sentence-openers.ts.
 */

/**
 * Titles before a name; a rank or office also takes a plural ("Sens. Cruz and Rubio", "Govs. Kasich and Walker").
 * Not a title whose plural is a word of its own ("Press.", "Arcs.") or that names no office ("Mr", "Hon").
 */
const NO_PLURAL = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Hon',
  'Pres',
  'Sec',
  'Del',
  'Arc',
  'Barr',
  'Adv',
  'Pst',
  'Alh',
]);
export const TITLES = new Set([
  ...TITLE_ABBREVIATIONS,
  ...TITLE_ABBREVIATIONS.filter((title) => !NO_PLURAL.has(title)).map((title) => `${title}s`),
]);

/**
 * Currencies abbreviated with a stop before the amount ("Rs. 380 million", "Rp. 5 trillion", "Tk. 200 crore",
 * "KSh. 2 billion"): like "No. 10", the stop before a digit is the abbreviation's, never a sentence's end (sample 61:
 * a bid "Rs. 380 million higher" was cut in two). Before a word the stop is read like any other.
 */
export const CURRENCY_BEFORE_NUMBER = new Set(['Rs', 'Re', 'Rp', 'Tk', 'Sh', 'Shs', 'Ksh', 'KSh', 'Kshs', 'Ush']);

/** Words that take a full stop without ending a sentence (case-sensitive, without the dot). */
export const ABBREVIATIONS = new Set([
  ...TITLES,
  'Sr',
  'Jr',
  'St',
  'Mt',
  'Ft',
  'Ave',
  'Blvd',
  'Rd',
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Bros',
  'Dept',
  'Univ',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
  'vs',
  'v',
  'etc',
  'al',
  'approx',
  'est',
  'fig',
  'vol',
  'ch',
  'pp',
  'cf',
  'ca',
  'no',
  'No',
  'Nos',
  // The news agencies' US states ("Tucson, Ariz."), one list with the clause reader's (abbreviated-word.ts).
  ...STATE_ABBREVIATIONS.split('|'),
]);
