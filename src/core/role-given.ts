import type { NameRun } from './name-runs';
import type { PersonParse } from './parse-person';
import { findRole } from './person-roles';
import { roleOf } from './role-of';
import type { Word } from './tokenize';

/**
 * Whether the copy gives the name a role at this mention: a title or apposition the people index reads
 * (person-roles.ts), or a longer apposition as who is who reads it ("Li Guoqiang, vice minister of water resources and
 * deputy head of the national leading group on transboundary rivers, told …"). A firm named after people ("Pernod
 * Ricard") has none. Read only for the few full names a lone later word may stand for (surname-first-name.ts).
 */
export function roleGiven(c: { text: string; words: Word[]; run: NameRun; parse: PersonParse }): boolean {
  return findRole(c.text, c.words, c.run, c.parse) !== null || roleOf(c.parse.name, undefined, c.text) !== null;
}
