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
  return text.replace(ASIDE, (aside: string, first: string) =>
    /^[a-z]{2,}ing$/.test(first) || pastParticiple(first) ? ' ' : aside,
  );
}
