import { escapeRegExp } from '../core/escape-reg-exp';

/**
 * Text tests shared by the analysis and answer checks. Comparison is verbatim except for the
 * differences typesetting introduces: curly vs straight quote marks and runs of whitespace.
 */

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u2039\u203A]/gu;

export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(/\u2026/gu, '...')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The model's quote text without the quote marks or spaces it may have wrapped around it. */
export function stripOuterQuoteMarks(text: string): string {
  return normaliseForMatch(text).replace(/^["'\s]+|["'\s]+$/gu, '');
}

/**
 * Anything a chat platform could turn into a ping. Model prose never needs these, so an item
 * containing one is dropped outright rather than escaped (platforms still escape everything).
 */
const MENTION = /@(?:everyone|here|channel)\b|<[!@#][^>]*>|(?:^|[^\p{L}\p{N}._%+-])@[\p{L}\p{N}_][\p{L}\p{N}_.-]*/iu;

export function containsMention(text: string): boolean {
  return MENTION.test(text);
}

/** Whole-word occurrence ("Kel" does not match inside "Kelner"). */
export function containsWord(haystack: string, word: string, flags = 'u'): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, flags);
  return pattern.test(haystack);
}

/**
 * Names and numbers in model prose that its cited support does not contain: the usual way a
 * fluent summary goes wrong (a wrong day, a figure, a person the article never mentions).
 * Numbers must be in the cited sentences; capitalised words anywhere in the article.
 */
export function unsupportedTerms(prose: string, citedText: string, articleText: string): string[] {
  const missing: string[] = [];
  const cited = normaliseForMatch(citedText).replace(/(\d),(\d)/gu, '$1$2');
  for (const m of normaliseForMatch(prose)
    .replace(/(\d),(\d)/gu, '$1$2')
    .matchAll(/\d+(?:\.\d+)?/gu)) {
    if (!containsWord(cited, m[0])) missing.push(m[0]);
  }
  const article = normaliseForMatch(articleText);
  const words = [...normaliseForMatch(prose).matchAll(/[\p{Lu}][\p{L}'-]*[\p{L}]/gu)];
  for (const [i, m] of words.entries()) {
    const word = m[0].replace(/'s$/u, '');
    // The first word of the text is capitalised by grammar, not because it is a name.
    if (i === 0 && m.index === 0) continue;
    if (word.length < 2) continue;
    if (!containsWord(article, word, 'iu')) missing.push(word);
  }
  return missing;
}

/**
 * The article's own characters for a normalised match (curly quotes, original spacing), so a
 * posted quote is exactly what the article printed. Undefined if it cannot be found.
 */
export function originalSpelling(rawText: string, normalised: string): string | undefined {
  const parts = [...normalised].map((ch) =>
    ch === '"'
      ? `["${DOUBLE_QUOTES.source.slice(1, -1)}]`
      : ch === "'"
        ? `['${SINGLE_QUOTES.source.slice(1, -1)}]`
        : ch === ' '
          ? '\\s+'
          : escapeRegExp(ch),
  );
  const pattern = new RegExp(parts.join('').replaceAll('\\.\\.\\.', '(?:\\.\\.\\.|\u2026)'), 'u');
  return rawText.normalize('NFC').match(pattern)?.[0];
}
