/**
 * A sum of money: "a £48m ferry contract", "$5 million", "€2.4bn", "a handful of $20s". It answers "how much", never
 * "how many people" (review s41 B-r41-10): the figure of a sum counts no one.
 */
const SUM = /[£$€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|trillion)\b)?|\b\d[\d,.]*\s?(?:bn|m)\b/gi;

/** The sentence without its sums of money, which cannot answer a "how many" question. */
export function countableText(text: string): string {
  return text.replace(SUM, ' ');
}
