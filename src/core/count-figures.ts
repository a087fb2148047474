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
