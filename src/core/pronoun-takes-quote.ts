import { hasLiteralMatch, literalPattern } from './literal-matches';

/**
 * The name, then (before any other capitalised run, which could be the pronoun's) a quote closed by "…," she said:
 * compiled once.
 */
const TAKEN_UP = literalPattern(
  '\\b',
  '(?:(?!\\p{Lu}[\\p{Ll}’\'-]+\\s+\\p{Lu})[^"“”]){0,200}["“][^"“”]{1,400}?[,!?]["”]\\s+(?:she|he)\\s+(?:said|says|added)\\b',
  'u',
);

/**
 * "said Marion Link, executive director of… 'It was quiet,' she said": a personal pronoun takes up the quote after
 * the name, as it does only for a person — "Grace Church said… 'Everyone is welcome,' Grace Church said" is quoted
 * too, but an organisation's quote is never hers or his.
 */
export function pronounTakesQuote(name: string, text: string): boolean {
  return hasLiteralMatch(text, name, TAKEN_UP);
}
