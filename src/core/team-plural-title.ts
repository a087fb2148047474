import { AFFILIATIONS } from './affiliations';
import { DEPARTMENTS } from './departments';
import { US_STATES } from './looks-like-person';
import { partyName } from './party-name';
import { TWO_WORD_STATES } from './place-words';

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
 * stop, qualifies nothing); `place` the two words before it when they may name one place ("New York"); `text` the copy.
 */
export function teamPluralTitle(before: string, plural: string, place = before, text = ''): boolean {
  if (plural.endsWith('.') || !/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(before)) return false;
  // "New York Senators", "Washington Senators": a state is an office's unless the copy names a team by it.
  if (isState(place) || isState(before)) return teamNamed(isState(place) ? place : before, plural, text);
  return !officeModifier(before) && !AFFILIATIONS.has(before) && !partyName(before);
}

/** The states whose name is no `US_STATES` word: written in two words, or "Washington" (a city and a surname too). */
let states: Set<string> | undefined;
// Built at the first call: `US_STATES` comes through an import cycle, not yet set while the bundle loads this module.
function isState(words: string): boolean {
  if (!states) states = new Set([...US_STATES, ...TWO_WORD_STATES, 'Washington']);
  return states.has(words);
}

/**
 * "the Washington Senators won": the copy names a team when it writes the state and the plural as a proper name — after
 * "the" and with no name after it — as an office's plural is written only before the names it titles.
 */
const teamNamed = (place: string, plural: string, text: string): boolean =>
  new RegExp(`\\bthe ${place.replace(' ', '\\s+')}\\s+${plural}(?![\\p{L}-])(?!\\s+\\p{Lu})`, 'u').test(text);

/** A word that qualifies an office and names nothing else: a rank or time, a portfolio, a level of government, a state. */
export function officeModifier(word: string): boolean {
  return OFFICE_MODIFIER.test(word) || US_STATES.has(word) || DEPARTMENTS.has(word);
}
