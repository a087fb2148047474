import { maskAbbreviationDots } from './abbreviation-dots';
import { coordinatedHead } from './coordinated-head';
import { surname } from './mentions-entity';
import { nameList } from './name-list';
import { parentheticalSpan } from './parenthetical-span';
import { cutClause, dropLeading, reportedClause, stripEnd } from './question-clauses';

/** Clause-level helpers for phrasing claims as questions: who said it, and the claim without asides. */

const PRONOUN_SUBJECT = /^(?:he|she|it|they)\b/i;

/** Drop unbalanced quote marks a cut left behind. */
export function unquoted(text: string): string {
  const marks = (text.match(/["“”]/g) ?? []).length;
  return marks % 2 === 1 ? text.replace(/["“”]/g, '') : text;
}

/** The reported clause, its leading pronoun replaced by whoever said it ("it was aware" -> "the watchdog was aware"). */
export function withSpeaker(text: string): string {
  const clause = reportedClause(text);
  const subject = /^(?:(?:on|in|last|earlier)\s+\w+,?\s+)?(.{2,60}?)\s(?:said|says|told|added|stated)\b/i.exec(
    dropLeading(text),
  )?.[1];
  if (!subject || /^(?:he|she|it|they)$/i.test(subject) || /["“]/.test(subject)) return clause;
  return PRONOUN_SUBJECT.test(clause) ? clause.replace(PRONOUN_SUBJECT, subject) : clause;
}

export const VAGUE_SOURCE =
  'sources?|officials?|insiders?|analysts|critics|experts|observers|commentators|people familiar';
/** ", some believe," inside a clause: an unnamed source, not part of the claim. */
export const ASIDE =
  /,\s*(?:some|many|others|critics|analysts|experts|observers|commentators)\s+(?:believe|say|think|suggest|argue|fear|claim)\s*,/i;
/** "X is thought to have spread" -> "X has spread"; "is said to be" -> "is". */
export function plainClaim(clause: string): string {
  return clause
    .replace(/\b(is|are|was|were) (?:thought|believed|said|understood|rumou?red) to have\b/i, (_m, be: string) =>
      /^(?:is|was)$/i.test(be) ? 'has' : 'have',
    )
    .replace(/\b(is|are|was|were) (?:thought|believed|said|understood|rumou?red) to be\b/i, '$1');
}

export function surnameOf(name: string): string {
  return surname(name);
}

/**
 * Who gives a warning: the last clause before the verb, without a leading time phrase; a long role
 * title ending in a name is cut to the name. Null when that is no noun phrase ("Looking ahead …").
 */
export function speakerName(before: string): string | null {
  const pieces = before.split(/,\s+/).filter((p) => p.trim() !== '');
  // "David Frost, director general of the BCC, warned": skip the lowercase appositive.
  let last = pieces.length - 1;
  while (last > 0 && /^[a-z]/.test(pieces[last]!.trim()) && /^[A-Z]/.test(pieces[last - 1]!.trim())) last--;
  // "Sanders, Reed and Jones warned": the commas of a list of names are no apposition's, and its first names stay.
  let first = last;
  while (first > 0 && nameList(pieces.slice(first - 1, last + 1).join(', '))) first--;
  let who = stripEnd(pieces.slice(first, last + 1).join(', ')).replace(/^(?:on|last|this|earlier|later)\s+\w+\s+/i, '');
  if (/^\w+ing\b/i.test(who) || who.split(/\s+/).length > 12 || /^(?:he|she|it|they|we)$/i.test(who)) return null;
  const name = /(?:^|\s)((?:\p{Lu}[\p{L}\w'’-]+\s+){1,2}\p{Lu}[\p{L}\w'’-]+)$/u.exec(who)?.[1];
  if (name && who.split(/\s+/).length > 5 && !nameList(who)) who = name;
  return who;
}

export function clauseAfter(text: string, pattern: RegExp): string | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const tail = text.slice(match.index + match[0].length);
  // '…from ISIS."' ends a quotation the clause never opened: its closing mark goes with the stop.
  const rest = stripEnd(/["“]/.test(tail) ? tail : tail.replace(/([.!?])["”’]\s*$/, '$1'));
  return rest.length > 3 ? cutClause(rest, 20) : null;
}

/** The subject noun phrase before a verb: the last clause before it, without an appositive. */
export function subjectBefore(text: string, pattern: RegExp): string | null {
  const match = pattern.exec(text);
  if (!match) return null;
  // "Trump and his attorneys have vigorously denied": an adverb after the auxiliary is no part of the subject either
  // (only after an auxiliary: a lone "-ly" word before the verb may be the subject's own, "the family denied").
  let head = dropLeading(text.slice(0, match.index)).replace(/\s+(?:has|have|had|was|were|is|are)\s+[a-z]{3,}ly$/, '');
  head = coordinatedHead(withoutAuxiliaries(head));
  head = withoutAuxiliaries(head);
  if (/,$/.test(head.trim())) head = head.trim().replace(/,[^,]*,$/, '');
  // "- She declined …": a list item's dash or bullet opens the line, no part of its subject.
  const pieces = head.split(/[;:,]\s+|\s[-–—]\s|^[-–—•*·]\s+|\b(?:although|while|but|because|though)\s+/i);
  const subject = (pieces[pieces.length - 1] ?? '').trim().replace(/,$/, '');
  if (/^(?:he|she|they|it)$/i.test(subject)) return null;
  return subject.length > 1 && subject.split(/\s+/).length <= 12 ? subject : null;
}

/** "The council's director, Helen Achebe, told members that the costs would ..." -> "the costs would ...". */
export function thatClause(text: string): string {
  // "The deficit, says Dan Okafor, probably will grow": a parenthetical tag's verb opens no that-clause; cut after it,
  // the tag's speaker was read as the modal's subject ("Will Dan Okafor, grow next year?", review B-r46-12).
  const tagged = parentheticalSpan(maskAbbreviationDots(dropLeading(text))) !== null;
  const said = tagged ? null : /\b(?:said|says|told \w+|warned|confirmed|insisted)\s+(?:that\s+)?/i.exec(text);
  return stripEnd(said ? text.slice(said.index + said[0].length) : dropLeading(text));
}

/** Up to three auxiliaries or adverbs that end the words before a verb: no part of its subject. */
function withoutAuxiliaries(head: string): string {
  let out = head;
  for (let i = 0; i < 3; i++)
    out = out.replace(/\s+(?:has|have|had|was|were|is|are|repeatedly|also|later|now|strongly|flatly|always)$/i, '');
  return out;
}
