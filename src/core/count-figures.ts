/**
 * A sum of money: "a £48m ferry contract", "$5 million", "€2.4bn", "a handful of $20s", "2m pounds". It answers "how
 * much", never "how many people" (review s41 B-r41-10): the figure of a sum counts no one. A figure with no currency
 * sign or word is no sum: "2m people" is British house style for a count in millions (review s43 B-r43-1).
 */
const SUM =
  /[£$€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|trillion)\b)?|\b\d[\d,.]*\s?(?:bn|m|k|million|billion|trillion)?\s?(?:pounds?|dollars?|euros?|yen|pence|cents?)\b/gi;

/** "How many dollars …?", "how many pounds of cod …?": the question counts the unit itself (review s44 B-r44-3). */
const ASKS_UNIT = /\bhow\s+many\s+(?:pounds?|dollars?|euros?|yen|pence|cents?)\b/i;

/** The sentence without its sums of money, which cannot answer a "how many" question unless it counts their unit. */
export function countableText(text: string, question: string): string {
  return ASKS_UNIT.test(question) ? text : text.replace(SUM, ' ');
}

/** The sign a currency word is written with in a sum: "£4m" is a count of pounds, "$5m" of dollars. */
const SIGN: Record<string, string> = { pound: '£', dollar: '$', euro: '€', yen: '¥' };

/**
 * The sign of the currency "how many pounds/dollars …?" counts, so that "£4m" answers "how many pounds did the council
 * spend?" as "4m pounds" would (review s45 B-r45-11). "How many pounds of cod …?" weighs, and no sign answers it.
 */
export function askedCurrencySign(question: string): string | undefined {
  const unit = /\bhow\s+many\s+(pound|dollar|euro|yen)s?\b(?!\s+of\b)/i.exec(question)?.[1];
  return unit === undefined ? undefined : SIGN[unit.toLowerCase()];
}

/** Whether the sentence holds a sum written with the sign (`undefined`: no currency asked, so none counts). */
export function countsSignedSum(text: string, sign: string | undefined): boolean {
  return sign !== undefined && text.includes(sign) && new RegExp(`\\${sign}\\s?\\d`).test(text);
}
