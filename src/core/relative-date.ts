import { cueScope } from './cue-scope';

/**
 * Does a pending match join a main clause's modal to a date that belongs to a relative clause? "‘That tide will
 * lift all boats,’ said Carson, who will address the convention on Tuesday night": the future family's pattern
 * reads "will … on Tuesday" from the quote's "will" to the relative clause's date, but the date is Carson's
 * (a clause that only describes him, cue-scope.ts), and the passage's own claim has none (issue 13, sample 22's
 * #28). The modal and its date must share a clause for the passage to wait on anything: the match's start sits
 * in the main clause, a relative pronoun opens inside the match, and its last word sits in that relative clause
 * ("Workers who joined last year will vote next week": the clause closed before the modal, which is the main one).
 */
const RELATIVE_PRONOUN = /\b(?:who|whom|whose|which)\b/i;

export function relativeDate(text: string, index: number, match: string): boolean {
  const last = index + match.trimEnd().lastIndexOf(' ') + 1;
  if (last <= index || !RELATIVE_PRONOUN.test(match)) return false;
  return cueScope(text, index, index + 1) === 'main' && cueScope(text, last, index + match.length) === 'relative';
}
