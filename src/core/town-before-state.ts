import { STATE_ABBREVIATIONS } from './abbreviated-word';
import type { PersonParse } from './parse-person';

/** A comma, then a US state as the agencies abbreviate it ("Ga.", "Calif.", "N.J.", "W.Va."), and no more letters. */
const STATE_AFTER = new RegExp(
  String.raw`^,\s+(?:${STATE_ABBREVIATIONS}|N\.[CDHJMY]|S\.[CD]|R\.I|D\.C|W\.\s?Va)\.(?![\p{L}\p{M}])`,
  'u',
);

/**
 * "said Macon, Ga. Police Chief Mike Burns": a lone word the copy follows with a comma and a US state in the agencies'
 * abbreviation (AP style) is a town, not a person: a person's home is written "of Macon, Ga.", never "Burns, Ga.".
 * Only a word the parse is not sure of (a title or an honorific says person: "Sen. Ruiz, Ga."; a party's state is
 * written after a letter: "Marco Rubio, R-Fla."), and only one word: a town of two ("San Bernardino, Calif.") was
 * measured too (session 46), and dropping it from the people lost a PolNeAR quotation whose sentence then held no
 * person and gave another a clause for its speaker: left to the quotation readers.
 */
export function townBeforeState(parse: PersonParse, text: string): boolean {
  return !parse.certain && !parse.possessive && !parse.name.includes(' ') && STATE_AFTER.test(text.slice(parse.end));
}

/** The length of ", Ga." right after a town ("Macon, Ga. Police Chief"), or 0: the town's state, for a tag's subject. */
export function stateAfterTown(rest: string): number {
  return STATE_AFTER.exec(rest)?.[0].length ?? 0;
}
