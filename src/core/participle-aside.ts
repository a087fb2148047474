import { describedNameAside } from './described-name-aside';
import { pastParticiple } from './past-participle';
import { regularVerbBases } from './regular-verb-bases';
import { VERB_BASES } from './verb-base-set';

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

/**
 * Prepositions that open an adverbial aside ("The ministry, in a statement, said"); "of" is left out, as its phrase
 * belongs to the head ("John Doe, of Leeds,"), and so is "according to", which names a source.
 */
const ADVERBIAL_PREPOSITION =
  /^(?:in|on|at|for|with|from|by|after|before|during|under|over|without|despite|amid|through|via|since|within|outside|inside|near|among|against|upon|like|unlike)$/;
/**
 * The last comma-set part of a subject that ends on a comma: ", speaking on background,", ", in a statement,", with an
 * adverb before its head (", apparently referring to …,").
 */
const CLOSING_PART = /,\s+(?:[a-z]+ly\s+)?([a-z]+)(\s[^,;:"“”()]{1,100})?,$/;

/**
 * Where a closing aside starts (its opening comma) in a tag's subject that ends on the aside's comma: "An exec at a
 * rival studio, speaking on background,", "The FIR, registered at the Civil Lines police station,", "The ministry, in
 * a statement,". A participle's or a preposition's phrase there says how or where the subject acts, not who it is, so
 * the subject is what stands before it (the name path already steps over an aside after a name, apposition.ts). A
 * present participle is read with a verb base (WordNet, verb-bases.json: "speaking"), a past one by its form
 * (past-participle.ts: "registered", "reached"); one followed by "as" names the subject ("identified as Tom Reyes"),
 * and is kept. -1 when there is no such aside, or when a comma or a colon comes before the subject's one part.
 */
export function closingAside(body: string): number {
  const part = CLOSING_PART.exec(body.slice(-140));
  if (!part) return -1;
  const [first, rest = ''] = [part[1]!, part[2]];
  // "retired teacher Lo Kuan-ting": a participle before a person noun and a name describes an apposed person.
  if (/^\s+as\s/.test(rest) || describedNameAside(rest)) return -1;
  const participle =
    (/^[a-z]{3,}ing$/.test(first) && regularVerbBases(first).some((base) => VERB_BASES.has(base))) ||
    (/^[a-z]{4,}$/.test(first) && pastParticiple(first));
  if (!participle && !(ADVERBIAL_PREPOSITION.test(first) && rest !== '')) return -1;
  const start = body.length - Math.min(body.length, 140) + part.index;
  // Only an aside right after a subject of one part: after an apposition or a list ("An article about Ann Roe, one of
  // the attackers, based on …,") what the aside hangs on is less sure, and the name path reads those (apposition.ts).
  return /[,:][^,:;()"“”—–]*$/.test(body.slice(0, start)) ? -1 : start;
}
