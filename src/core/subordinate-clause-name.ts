import { participleOpener } from './participle-opener';

/**
 * "When Trump suggested that Cuba would sue, Rubio fired back forcefully: "…"", "While Clinton has condemned the plan,
 * the groups say they are "…"": a sentence opened by a subordinate clause puts its quotation in the main clause
 * after the clause's comma, and a name inside the subordinate clause is not that clause's speaker. Not "As" ("As
 * Breitbart News reported, "…"" gives the words to the one in the clause).
 */
const SUBORDINATOR = /^[\s"'“”‘’]*(?:When|After|While|Although|Though|Before|Once|Because|Since|If|Until|Whereas)\s/;
/**
 * A pronoun opening the main clause carries the clause's name on ("After Trump spoke, he said"), and so may "he" or
 * "she" anywhere in it ("When Nega founded the movement in 2008, the year he returned to teaching, he explained").
 */
const PRONOUN_FIRST = /^\s*(?:he|she|they|it|we|i)\b/i;
const SINGULAR_PRONOUN = /\b(?:he|she)\b/i;
/** How far the comma closing the subordinate clause is looked for, and the quotation after it. */
const CLAUSE_REACH = 300;

/**
 * Is the person named at `mention` inside the subordinate clause that opens the quotation's sentence `at`, with the
 * quotation after that clause's comma and a main clause that neither names them again nor refers to them by a
 * pronoun? Absolute offsets; reads at most 300 characters of each clause.
 */
export function subordinateClauseName(
  at: { text: string; start: number },
  mention: { start: number; end: number },
  quote: { start: number },
): boolean {
  if (mention.end > quote.start) return false;
  // A participle's phrase opens the sentence as a subordinate clause does ("Filling in for Sanders …, West landed a
  // dig at "…"", participle-opener.ts): its names are what the phrase is about, the main clause's subject speaks.
  if (!SUBORDINATOR.test(at.text.slice(0, 40)) && !participleOpener(at.text)) return false;
  const comma = at.text.slice(0, CLAUSE_REACH).search(/[,"“”]/);
  if (comma < 0 || at.text.charAt(comma) !== ',') return false;
  const from = mention.start - at.start;
  if (mention.end - at.start > comma) return false;
  const to = quote.start - at.start;
  if (to <= comma || to - comma > CLAUSE_REACH) return false;
  const main = at.text.slice(comma + 1, to);
  // 'When Trump used the words, "…," he was echoing Ryan': a quotation right after the comma is still the clause's.
  if (
    !/\p{L}/u.test(main) ||
    /["“”]/.test(main.slice(0, -1)) ||
    PRONOUN_FIRST.test(main) ||
    SINGULAR_PRONOUN.test(main)
  )
    return false;
  const surname =
    at.text
      .slice(from, mention.end - at.start)
      .split(/\s+/)
      .pop() ?? '';
  return surname.length > 0 && !main.includes(surname);
}
