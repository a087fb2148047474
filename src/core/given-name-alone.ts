import { handFirstName } from './hand-first-name';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { NOT_NAMES } from './not-names';

/** Fewer lone given names than this are a passing familiarity, not the way the copy names someone. */
const MIN_ALONE = 2;

/** A sentence's (or a quotation's) first word is capitalised anyway: "Will the council pay?", "Mark my words". */
const SENTENCE_START = /(?:^|[.!?:]["”’)]?\s+["“‘(]?|^["“‘(])$/;

/** Read around each occurrence of the given name, compiled once. */
const WORD = literalPattern('\\b', '\\b');
const BEFORE_SURNAME = literalPattern("(?<![\\w'’-])", " (?:[A-Z]\\.\\s?)*(\\p{Lu}[\\p{L}'’-]*)", 'u');
const ALONE = literalPattern("(?<![\\w'’.-])", "(?:['’]s)?(?![\\w'’-]|\\s+\\p{Lu})", 'u');

/**
 * "Hillary Clinton" once, then "I would bet on Hillary", "If you look at Hillary": the known given name the copy goes
 * on to write alone, inside a sentence and not run on into a capitalised word, when no one else it names bears that
 * given name ("Bill Clinton" beside "Bill Maher" is not counted) and the copy never writes it as an ordinary word
 * ("will", "mark") or a month ("in May"). Returns those lone mentions (0 under two), for the named-twice rule.
 */
export function givenNameAlone(name: string, text: string): number {
  const words = name.split(/\s+/);
  const given = words[0]!;
  if (words.length < 2 || !handFirstName(given) || NOT_NAMES.has(given)) return 0;
  if (hasLiteralMatch(text, given.toLowerCase(), WORD)) return 0;
  // "Hillary Rodham Clinton" is hers; "Hillary Duff" is another person's.
  for (const m of literalMatches(text, given, BEFORE_SURNAME))
    if (!words.slice(1).includes(m[1]!.replace(/['’]s?$/, ''))) return 0;
  let alone = 0;
  for (const m of literalMatches(text, given, ALONE))
    if (!SENTENCE_START.test(text.slice(Math.max(0, m.index - 4), m.index))) alone++;
  return alone >= MIN_ALONE ? alone : 0;
}
