import { ABBREVIATED_WORD } from '../core/question-clauses';

/**
 * An abbreviation's own stop ("U.S.", "a.m.", "Inc.", "Ariz."), which is part of the word, and an
 * ellipsis, which is not a full stop: a title keeps them.
 */
const KEPT_STOP = new RegExp(`(?:(?:\\b[A-Za-z]\\.){2,}|\\b(?:${ABBREVIATED_WORD})\\.|\\.\\.\\.)$`);

/**
 * A story's title as a headline: pasted copy often opens with a sentence ("Council approves ferry
 * contract."), and its full stop made lists, briefs and follow-ups read "“…contract.” (#3)".
 * "?" and "!" say something about the story and stay.
 */
export function headlineTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed.endsWith('.') || KEPT_STOP.test(trimmed)) return trimmed;
  return trimmed.slice(0, -1).trimEnd();
}
