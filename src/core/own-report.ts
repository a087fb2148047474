/**
 * Is "X reported that …" X's own account rather than a news report? "It also reported on Friday that
 * passenger numbers rose 8.1%" (the airline, of its own traffic), "The researchers reported that …",
 * "President Obama came out of meetings … and reported that they are rattled": the subject is the source of
 * what it reports, someone a reader can quote, not a newspaper whose story wants confirming. Only a subject
 * the clause gives is read: a news word in it ("The Times", "Western Journalism", "an article … reported"),
 * a relative pronoun ("Sherman, who reported"), nothing before the verb, or the passive ("it was widely
 * reported", "it's been reported", an unnamed source) keep the report.
 */
const NEWS =
  /\b(?:Times|Post|Journal|Journalism|News|Press|Herald|Tribune|Guardian|Telegraph|Globe|Reuters|Bloomberg|AP|AFP|CNN|NBC|ABC|CBS|MSNBC|Fox|BBC|NPR|Politico|POLITICO|BuzzFeed|Axios|Breitbart|Examiner|Gazette|Observer|Chronicle|Mail|Mirror|Independent|Express|Beacon|Blaze|Federalist|Variety|Yahoo|Newsweek|Atlantic|Economist|Radio|TV|magazine|newspapers?|paper|network|outlets?|agency|media|press|reporters?|correspondents?|columnists?|journalists?|editors?|website|site|blog|station|channel|article|story|report|broadcaster)\b/;
const PASSIVE = /\b(?:been|was|were|is|are|be|being|it['’]s)\s+(?:\w+ly\s+)?$/i;
const RELATIVE = /^\s*(?:who|which|that)\b/i;

export function ownReport(text: string, index: number, match: string): boolean {
  if (!/^reported\b/i.test(match)) return false;
  const before = text.slice(0, index);
  if (PASSIVE.test(before)) return false;
  const subject = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (!/\w/.test(subject) || RELATIVE.test(subject)) return false;
  return !NEWS.test(subject);
}
