/**
 * Is "X reported that …" X's own account of its own figures rather than a report to confirm? Default-closed:
 * only two subjects count, as the clause gives them before the verb.
 * - "It" (with adverbs: "It also reported on Friday that passenger numbers rose 8.1%"), the organisation the
 *   story is about, reporting its own results;
 * - a noun phrase headed by a body that measures or keeps records ("The researchers reported that …", "The
 *   Committee for a Responsible Federal Budget reported that …", "the airline reported"), the source of its
 *   own finding, which a reader can quote.
 * Any other subject keeps the report: an outlet of any name ("The Sun", "Xinhua"), witnesses, residents, a
 * person, a group (a partisan or rights group's count is what to confirm); so do a news word in the subject ("the official news agency"), "who reported" and the passive
 * ("it was widely reported", an unnamed source).
 */
const IT = /^\s*it(?:\s+(?:also|later|then|again|previously|earlier|first|\w+ly))*\s*$/i;
const BODY =
  /^\s*(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’.&-]+\s+){0,5}?(?:company|firm|airline|carrier|bank|retailer|manufacturer|insurer|committee|office|department|ministry|bureau|commission|institute|university|researchers|scientists|study|board|authority|regulator|center|centre)\b/i;
const NEWS =
  /\b(?:news|newspapers?|paper|magazine|network|agency|media|press|outlets?|reporters?|correspondents?|journalists?|columnists?|editors?|website|blog|station|channel|article|story|broadcaster|wire)\b/i;
const PASSIVE = /\b(?:been|was|were|is|are|be|being|it['’]s)\s+(?:\w+ly\s+)?$/i;

export function ownReport(text: string, index: number, match: string): boolean {
  if (!/^reported\b/i.test(match)) return false;
  const before = text.slice(0, index);
  if (PASSIVE.test(before)) return false;
  const subject = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (NEWS.test(subject)) return false;
  return IT.test(subject) || BODY.test(subject);
}
