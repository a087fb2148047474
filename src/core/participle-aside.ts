import { pastParticiple } from './past-participle';

/** The verb a subject's aside is closed before: its own clause's auxiliary or copula. */
const AUXILIARY = '(?:will|would|can|could|may|might|must|should|shall|is|are|was|were|has|have|had)';
/**
 * ", promoting the city's economy, will", ", bound for Boise, Idaho, was": a participle phrase between a subject and
 * its verb. It may end on a "City, State" pair, whose comma is the place's, not the aside's (audit 48, B-a48-7).
 */
const ASIDE = new RegExp(
  String.raw`,\s+([a-z]+)\s[^,;:]{1,80}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,\s+(?=${AUXILIARY}\s)`,
  'g',
);

/**
 * The text without a participle aside between a subject and its verb: "her record as senator, promoting the city's
 * economy, will offset …", "as the plane, bound for Boise, Idaho, was taxiing …". Cut at the aside's comma, the clause
 * would keep no verb of its own ("… as the plane, bound for Boise, Idaho?"). A present participle ("-ing") or a past
 * one WordNet's forms allow (past-participle.ts: "bound", "built", "owned") opens one; any other word leaves the
 * commas alone.
 */
export function participleAside(text: string): string {
  return text.replace(ASIDE, (aside: string, first: string, at: number, all: string) => {
    if (/^[a-z]{2,}ing$/.test(first)) return ' ';
    // "Trump's success, coupled with that of Bernie Sanders, were factors": a plural verb after a singular noun agrees
    // with what the aside adds, and without it the clause would not agree ("success were"); the commas stay.
    const plural = /^(?:are|were|have)\s/.test(all.slice(at + aside.length));
    const before = all.slice(0, at);
    // A noun ending in one "s" reads as plural ("barges"), and so do two joined by "and"/"or" ("the mayor and her
    // deputy"); "-ss" is singular ("success"), and "and that …" joins clauses, not nouns.
    const singular =
      !/(?:[^s]s|['’])$/.test(before) && !/\s(?:and|or)\s(?!that\b)(?:[\w'’-]+\s){0,2}[\w'’-]+$/.test(before);
    return pastParticiple(first) && !(plural && singular) ? ' ' : aside;
  });
}
