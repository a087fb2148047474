/**
 * Sums of money in any currency the runtime's ICU data names, not only £ $ € ¥: "₦4.2 billion", "R42 million",
 * "KSh3 billion", "40 million naira", "2,000 rand". The words and signs come from `Intl` (every ISO 4217 code
 * ICU lists, its English singular and plural names and its narrow sign), so a newsroom's local currency is read
 * without anyone adding it here.
 */
import { escapeRegExp } from './escape-reg-exp';
import { irregularVerbLemma } from './irregular-verb-lemma';
import { VERB_BASES } from './verb-base-set';

const SCALE = '(?:million|billion|trillion|bn|crore|lakh)';
/** ICU also lists units of account and metals ("Special Drawing Rights", "Zimbabwean Gold"): no currency's word. */
const NOT_CURRENCIES = new Set(['XDR', 'XSU', 'ZWG']);

/**
 * A currency word read after a figure: letters only, and not a word English uses more as a verb or as a verb's
 * past ("the 50 mark", "Republicans won"), where a figure before it would not make it money.
 */
function currencyWord(word: string): boolean {
  return /^\p{L}+$/u.test(word) && !VERB_BASES.has(word) && irregularVerbLemma(word) === undefined;
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/).pop()!.toLowerCase();
}

function currencyParts(): { nouns: Set<string>; signs: Set<string>; letterSigns: Set<string> } {
  const nouns = new Set<string>();
  const signs = new Set<string>();
  const letterSigns = new Set<string>();
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  for (const code of Intl.supportedValuesOf('currency')) {
    if (NOT_CURRENCIES.has(code)) continue;
    const singular = names.of(code);
    if (singular && singular !== code && currencyWord(lastWord(singular))) nouns.add(lastWord(singular));
    const plural = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' })
      .format(2)
      .replace(/^[\d.,\s]+/, '');
    if (plural && !plural.includes(code) && currencyWord(lastWord(plural))) nouns.add(lastWord(plural));
    letterSigns.add(code);
    const sign = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
      .format(2)
      .replace(/[\d.,\s\u00a0]+/g, '');
    // A sign holding a letter ("R", "kr", "R$") is also a word or an initial: it counts only before a scale word
    // or decimals. A sign of symbols alone ("₦", "₹") is money before any figure.
    if (/\p{L}/u.test(sign)) letterSigns.add(sign);
    else if (sign) signs.add(sign);
  }
  return { nouns, signs, letterSigns };
}

function moneyPattern(): RegExp {
  const { nouns, signs, letterSigns } = currencyParts();
  const alternatives = (words: Set<string>) =>
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  const figure = '\\d[\\d,]*(?:\\.\\d+)?';
  return new RegExp(
    [
      // A figure then a currency's name: "40 million naira", "2,000 rand", "a 5 billion yen loan".
      `${figure}\\s?(?:${SCALE}\\s)?(?:${alternatives(nouns)})\\b`,
      // A symbol sign: "₦4.2bn", "₹300".
      `(?:${alternatives(signs)})\\s?\\d`,
      // A lettered sign or code before a scaled or decimal figure: "R42 million", "KES 3.5 billion", "kr 2.50".
      `(?<![\\p{L}\\d])(?:${alternatives(letterSigns)})\\s?\\d[\\d,]*(?:\\.\\d+|\\s?${SCALE}\\b)`,
      // Any one-to-three-letter prefix glued to a scaled figure is a house style's currency: "N4.2 billion",
      // "KSh3 billion", "US$2 million".
      `(?<![\\p{L}\\d])\\p{Lu}\\p{L}{0,2}\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?${SCALE}\\b`,
    ].join('|'),
    // Case matters: "ALL" is a code, "all" a word; a glued prefix opens on a capital.
    'u',
  );
}

let pattern: RegExp | undefined;

/** Does the text state a sum in a currency beyond £ $ € ¥ (which the caller's own pattern reads)? */
export function currencyMoney(text: string): boolean {
  pattern ??= moneyPattern();
  return pattern.test(text);
}
