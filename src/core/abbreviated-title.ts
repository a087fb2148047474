import { AFFILIATIONS } from './affiliations';
import { NOT_A_ROLE_START } from './clean-role';
import { escapeRegExp } from './escape-reg-exp';
import { maskedCopy } from './masked-copy';
import { partyNameAtOpening } from './party-name';
import { PLACES } from './place-words';
import { pluralTitleBefore } from './plural-role-before';
import { isRoleHead } from './role-heads';
import { TITLE_WORDS, titleOfPlural } from './split-title';
import { officeModifier, teamPluralTitle } from './team-plural-title';

/** Offices the copy abbreviates before a name, with the word each stands for. */
const WHOLE: Record<string, string> = {
  Sen: 'Senator',
  Rep: 'Representative',
  Gov: 'Governor',
  Lt: 'Lieutenant',
  Gen: 'General',
  Col: 'Colonel',
  Capt: 'Captain',
  Sgt: 'Sergeant',
  Adm: 'Admiral',
};

/** The offices written out ("Sergeant", "Governor"): titles, never a first name, whatever a name list holds. */
export const WRITTEN_OUT_OFFICES = new Set(Object.values(WHOLE));

/** Up to four words, then the abbreviated office ("Lt. Gov." is one), right before the name. */
const OFFICE_BEFORE = new RegExp(
  `((?:[\\w'’.-]+\\s+){0,4}?)((?:Lt\\.\\s+)?(?:${Object.keys(WHOLE).join('|')})\\.)\\s+$`,
);

/**
 * "Republican Sen. Pat Toomey", "Texas Sen. Ted Cruz", "former Gov. Jeb Bush", "Sen. Tim Kaine": the office the copy
 * abbreviates before this full name, written out with the party, state or "former" that qualifies it ("Republican
 * Senator"), so a role is never shown cut at an abbreviation's stop. The qualifiers are "former" and capitalised
 * words, read back to a comma, a stop or another lower-case word (a sentence's opener only where the copy also
 * capitalises it inside a sentence: "Recall" is none); after an office of its own ("Committee Chairman Rep. Jason Chaffetz") the abbreviation is only a
 * courtesy, and the copy's office is read elsewhere. Quoted words are how a speaker addresses someone: not used.
 */
export function abbreviatedOffice(name: string, text: string): string | null {
  if (!name.includes(' ')) return null;
  if (!text.includes(`. ${name}`)) return pluralOffice(name, text);
  const copy = maskedCopy(text);
  // Found in the copy as written, read where no quotation blanks its first word: a nickname's quotes inside the name
  // ("Ramon "Bong" Dizon") are blanked too.
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (copy[at] !== text[at] || /[\w-]/.test(text[at + name.length] ?? '')) continue;
    const from = Math.max(0, at - 80);
    const m = OFFICE_BEFORE.exec(copy.slice(from, at));
    if (!m) continue;
    // "Then-Sen.", "ex-Rep.": a prefix hyphened to the office dates it; the office is shown with it, never as the
    // post held now (review R56-3).
    const prefix = /(?<![\p{L}-])\p{L}+-$/u.exec(copy.slice(from, from + m.index + m[1]!.length))?.[0] ?? '';
    const taken = qualifiersBefore(copy, from, from + m.index + m[1]!.length - prefix.length);
    if (!taken) return null;
    const office = m[2]!.replace(/([A-Z][a-z]+)\./g, (_, w: string) => WHOLE[w]!);
    return [...taken, prefix + office].join(' ');
  }
  return pluralOffice(name, text);
}

/**
 * "Govs. Ralph Okafor and Dana Whitcombe", "Senators Harlan Voss and Mira Quist": a title's plural opening a list of
 * two names is each one's office, written out ("Governor"), with the words that qualify it ("Foreign Minister"). A
 * role noun's plural ("Actors") is no office: not read.
 */
function pluralOffice(name: string, text: string): string | null {
  const title = pluralTitleBefore(name, text);
  if (!title) return null;
  const singular = titleOfPlural(title.word)!;
  const office = singular.endsWith('.') ? WHOLE[singular.slice(0, -1)] : singular;
  if (!office) return null;
  // "Foreign Ministers …", "Idaho Republican Sens. …": the words that qualify the plural qualify each one's office.
  const taken = qualifiersBefore(maskedCopy(text), Math.max(0, title.at - 80), title.at);
  // "Ottawa Senators …" names a team, no office.
  const lead = text.slice(Math.max(0, title.at - 40), title.at);
  const before = /(\S+)[^\S\n]+$/.exec(lead)?.[1] ?? '';
  // "New York Senators": the two words before it may name one place.
  const place = /(\S+[^\S\n]+\S+)[^\S\n]+$/.exec(lead)?.[1]?.replace(/\s+/, ' ') ?? before;
  if (!taken || teamPluralTitle(before, title.word, place, text)) return null;
  return [...taken, office].join(' ');
}

/** Up to four words right before an office (the words that may qualify it). */
const QUALIFIERS = /((?:[\w'’.-]+\s+){0,4}?)$/;

/**
 * The words before the office at `officeAt` that qualify it ("Texas", "Republican", "former"), read back from the
 * office within the copy from `start`; null when an office of its own stands before it.
 */
function qualifiersBefore(copy: string, start: number, officeAt: number): string[] | null {
  const m = QUALIFIERS.exec(copy.slice(start, officeAt))!;
  const before = m[1]!.split(/\s+/).filter(Boolean);
  const from = start + m.index;
  const taken: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i]!;
    // "Tuesday. Texas Sen. Ted Cruz": a sentence's stop ends the qualifiers (an initial's does not: "U.S.").
    if (/[.!?]$/.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) break;
    // A sentence's "Former" qualifies the office and opens the run.
    if (/^Former$/.test(word)) {
      taken.unshift(word);
      break;
    }
    const previous = i > 0 ? before[i - 1] : /(\S+)\s*$/.exec(copy.slice(0, from))?.[1];
    // "Recall Sen. John McCain": a capitalised word opening a sentence qualifies only if the copy capitalises it
    // inside a sentence too.
    const opens = previous === undefined || (/[.!?]['"”’]*$/.test(previous) && !/^(?:\p{Lu}\.)+$/u.test(previous));
    // "Deputy Mayors Ruth Okonkwo and …" opening a sentence: a word that qualifies only offices qualifies this one; so
    // does a party's or a nation's ("Republican Sen. Ann Lee said …"), which the copy may write nowhere else.
    if (opens && (officeModifier(word) || AFFILIATIONS.has(word) || partyNameAtOpening(word))) {
      taken.unshift(word);
      break;
    }
    // "New Jersey Gov. Chris Christie" opening a sentence: a word that makes a place with the next is the place's.
    const placeStart = taken.length > 0 && PLACES.has(`${word} ${taken[0]}`);
    if (
      opens &&
      !placeStart &&
      /^\p{Lu}/u.test(word) &&
      !new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(word)}(?![\\w-])`, 'u').test(copy)
    )
      break;
    if (NOT_A_ROLE_START.test(`${word} `)) break;
    if (isRoleHead(word) || TITLE_WORDS.test(word)) return null;
    if (!/^(?:former|then-\w+)$/.test(word) && !/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) break;
    taken.unshift(word);
  }
  return taken;
}
