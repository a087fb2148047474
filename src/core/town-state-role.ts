import { STATE_ABBREVIATIONS } from './abbreviated-word';
import { literalMatches, literalPattern } from './literal-matches';

/** A US state as the agencies abbreviate it, with its point: "Ga.", "Calif.", "N.J.", "W.Va.". */
const STATE = String.raw`(?:${STATE_ABBREVIATIONS}|N\.[CDHJMY]|S\.[CD]|R\.I|D\.C|W\.\s?Va)\.`;
const LEADING_STATE = new RegExp(`^${STATE}\\s+`);
/**
 * The town (one to three capitalised words) and its state before the role and the name, read around each occurrence of
 * them (literal-matches.ts): the role finder asks for every listed person, and a fresh expression scanned over the
 * copy each time would cost more than the read.
 */
const TOWN_BEFORE = literalPattern(
  String.raw`(?<![\p{L}\p{M}'’.-])((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*),\s+(${STATE})\s+`,
  String.raw`(?![\p{L}\p{M}])`,
  'u',
);

/**
 * "Macon, Ga. Police Chief Mike Burns", "Trenton, N.J. Mayor Ann Ruiz": a role written before the name after a town
 * and its state in the agencies' abbreviation (AP style) is that town's office. The role finder stops at the state's
 * point ("Police Chief") or keeps a dotted state alone ("N.J. Mayor"), which names the wrong office or half a place:
 * the role is written with the whole place ("Macon, Ga. Police Chief"). Only the abbreviation, which follows nothing
 * but a town: a full state name follows a list's last name as often ("Marco Rubio, Ohio Gov. John Kasich").
 */
export function townStateRole(role: string, names: readonly string[], text: string): string {
  const rest = role.replace(LEADING_STATE, '');
  for (const name of names)
    for (const m of literalMatches(text, `${rest} ${name}`, TOWN_BEFORE)) return `${m[1]}, ${m[2]} ${rest}`;
  return role;
}
