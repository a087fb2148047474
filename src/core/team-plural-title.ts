import { AFFILIATIONS } from './affiliations';
import { DEPARTMENTS } from './departments';
import { US_STATES } from './looks-like-person';
import { partyName } from './party-name';

/**
 * Words that make the plural after them an office whatever else stands before it: the office's rank or time
 * ("Former", "Deputy", "Acting") and its foreign portfolio ("Foreign Ministers"); any other portfolio is what a
 * department is of (`DEPARTMENTS`: "Finance Ministers", "Health Secretaries"), which no city is named. Party and
 * nationality adjectives ("Republican", "British") come from `AFFILIATIONS` and `partyName`. The level of government
 * ("State Senators", "County Commissioners", "City Councillors", "Cabinet Ministers") and a US state ("Texas Senators",
 * "Ohio Governors": `US_STATES`) qualify an office too: no team is named after a state in one word but a city's.
 */
const OFFICE_MODIFIER =
  /^(?:[Ff]ormer|then-\S+|Deputy|Vice|Acting|Interim|Shadow|Assistant|Junior|Senior|Foreign|State|County|City|Cabinet)$/;

/**
 * "Ottawa Senators Brady Tkachuk and Claude Giroux": a title's plural written out after a capitalised word that is no
 * office modifier is how a sports team is named (a city, then a plural: "Washington Generals", "Ottawa Senators";
 * "former Ottawa Senators" are its former players), so the plural gives the names after it no office (say less).
 * Offices are qualified by rank, portfolio, party or nation ("Former Foreign Ministers", "Idaho Republican Senators",
 * "U.S. Senators"), the modifier nearest the plural; an abbreviated plural ("Florida Sens.", "Reps.") is an office's,
 * as no team is written so. A person the copy titles alone ("Senator Tkachuk said") keeps that title, read
 * elsewhere. `before` is the word right before the plural as the copy writes it (a sentence's last word, with its
 * stop, qualifies nothing).
 */
export function teamPluralTitle(before: string, plural: string): boolean {
  if (plural.endsWith('.') || !/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(before)) return false;
  if (OFFICE_MODIFIER.test(before) || US_STATES.has(before) || DEPARTMENTS.has(before)) return false;
  return !AFFILIATIONS.has(before) && !partyName(before);
}
