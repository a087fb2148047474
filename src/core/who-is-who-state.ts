import { escapeRegExp } from './escape-reg-exp';

/** The fifty states: a state before an office ("Ohio Gov.") or after the name ("of Ohio") says whose office it is. */
export const US_STATES = new Set(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
  Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming
  New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Rhode_Island South_Carolina South_Dakota
  West_Virginia`
    .split(/\s+/)
    .map((s) => s.replace('_', ' ')),
);

/** The ways the copy writes each office a state qualifies. */
const OFFICES: Record<string, string> = {
  Senator: 'Sen\\.|Senator',
  Governor: 'Gov\\.|Governor',
  Representative: 'Rep\\.|Representative',
  Congressman: 'Rep\\.|Congressman',
  Congresswoman: 'Rep\\.|Congresswoman',
};

const STATE = [...US_STATES].join('|');

/**
 * "Texas Sen. Ted Cruz", "Senator Ted Cruz of Texas": a bare office ("Senator", read from "fellow Sen. Ted Cruz" or
 * "Senator Cruz") is one of a hundred; the copy says which, with the state before the office or after the name, and
 * the role keeps it ("Texas Senator"). The same office only, written with this person's name (a middle initial
 * may stand between the given name and the surname: "Gov. John R. Kasich of Ohio"); "of Texas Tech", "of New York
 * City" name no state.
 */
export function whoIsWhoState(name: string, role: string | null, text: string): string | null {
  const office = role === null ? undefined : OFFICES[role];
  const words = name.split(/\s+/);
  if (!office || words.length < 2 || !text.includes(words[words.length - 1]!)) return role;
  const full = `${escapeRegExp(words[0]!)}(?:\\s+[A-Z]\\.)?\\s+${words.slice(1).map(escapeRegExp).join('\\s+')}`;
  const m = new RegExp(
    `\\b(?:(${STATE})\\s+(?:${office})\\s+${full}\\b|(?:${office})\\s+${full},?\\s+of\\s+(${STATE})\\b(?![\\w'’-]|\\s+[A-Z]))`,
  ).exec(text);
  return m ? `${m[1] ?? m[2]} ${role}` : role;
}
