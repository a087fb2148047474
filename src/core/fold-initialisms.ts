/**
 * A dotted initialism is one word: "U.S.", "U.N.", "D.C." lose their dots, so "U.S. troops" and "US troops" key the
 * same term, where the tokeniser would read two lone letters and drop both. The country's "US" would then lowercase
 * to the pronoun "us", a stopword; written in capitals (or as "USA") it is keyed "usa" instead. Only the tokens
 * change: no reader shows them.
 */
const DOTTED = /\b(?:[A-Z]\.){2,}(?![A-Za-z])/g;
const COUNTRY = /\bUSA?\b/g;
/** Cheap pre-check: nearly every text has neither a dotted capital pair nor a capital "US". */
const ANY = /[A-Z]\.[A-Z]|\bUS/;

export function foldInitialisms(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(DOTTED, (m) => m.replaceAll('.', '')).replace(COUNTRY, 'usa');
}
