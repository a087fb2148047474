import data from './currency-words.json' with { type: 'json' };
import { escapeRegExp } from './escape-reg-exp';

/**
 * Sums of money in any currency, not only £ $ € ¥: "₦4.2 billion", "R42 million", "KSh3 billion", "40 million naira",
 * "2,000 rand". The names and signs are src/train/build-currency-words.ts's (every currency ICU lists, names kept only
 * when their commonest WordNet sense is a monetary unit), so a newsroom's local currency is read without anyone
 * adding it here, and "a 2 dram tasting" or "passed the 50 mark" is no price.
 */
const SCALE = '(?:million|billion|trillion|bn|crore|lakh)';

function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

function moneyPattern(): RegExp {
  const figure = '\\d[\\d,]*(?:\\.\\d+)?';
  return new RegExp(
    [
      // A figure then a currency's name: "40 million naira", "2,000 rand", and with the country's one or two
      // capitalised words between, which ICU's names word otherwise ("142 Turkish liras", "35 Nepali rupees",
      // "500 Hong Kong dollars"); case-sensitive, so a capitalised word is a name's, not "2 rand". A year before
      // those words is a date, not a sum ("In 2019 Turkish liras lost…", review 65's R65-8), and the figure starts
      // whole, so "2019" is not read from its "019".
      `(?<![\\d.,])(?!(?:1[89]|20)\\d\\d\\s\\p{Lu})${figure}\\s?(?:${SCALE}\\s)?(?:\\p{Lu}\\p{Ll}+\\s){0,2}(?:${alternatives(data.names)})\\b`,
      // A sign of symbols alone: "₦4.2bn", "₹300".
      `(?:${alternatives(data.signs)})\\s?\\d`,
      // A lettered sign before a scaled or decimal figure: "R42 million", "kr 2.50"; not the road "R103".
      `(?<![\\p{L}\\d])(?:${alternatives(data.letterSigns)})\\s?\\d[\\d,]*(?:\\.\\d+|\\s?${SCALE}\\b)`,
      // A code before a scaled figure: "KES 3.5 billion"; not "PHP 8.2".
      `(?<![\\p{L}\\d])(?:${alternatives(data.codes)})\\s?${figure}\\s?${SCALE}\\b`,
      // A one-to-three-letter prefix glued to a scaled figure is a house style's currency: "N4.2 billion",
      // "KSh3 billion", "US$2 million".
      `(?<![\\p{L}\\d])\\p{Lu}\\p{L}{0,2}\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?${SCALE}\\b`,
      // Two or three letters glued to a figure in thousands is a currency too, scaled or not: "VNĐ10,000",
      // "Rs12,500", "KSh1,200"; one letter ("A1,000") and an ungrouped figure ("A380", "MH17") are not.
      `(?<![\\p{L}\\d])\\p{Lu}\\p{L}{1,2}\\$?\\d{1,3}(?:,\\d{3})+(?!,?\\d)`,
    ].join('|'),
    // Case matters: "ALL" is a code, "all" a word; a glued prefix opens on a capital.
    'u',
  );
}

let pattern: RegExp | undefined;

/** Does the text state a sum in a currency the caller's £ $ € ¥ pattern does not read? */
export function currencyMoney(text: string): boolean {
  pattern ??= moneyPattern();
  return pattern.test(text);
}
