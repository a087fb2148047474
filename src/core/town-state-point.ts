import { STATE_ABBREVIATIONS } from './abbreviated-word';

/** A capitalised town, its comma and a US state as the agencies abbreviate it, then the state's point at the end. */
const TOWN_STATE_POINT = new RegExp(
  String.raw`(\p{Lu}[\p{L}'’-]*,\s+(?:${STATE_ABBREVIATIONS}|N\.[CDHJMY]|S\.[CD]|R\.I|D\.C|W\.\s?Va))\.(\s*)$`,
  'u',
);

/**
 * A tag's subject without the point of a state that ends it: `"…," Fire Chief Ann Ruiz of Tulsa, Okla. said.` — the
 * copy left out the comma AP style writes after the state ("Tulsa, Okla., said"), and that point stops no clause. Only
 * a state after a town and its comma, so "the U.S." or a sentence's own stop before the verb still stops the tag.
 */
export function townStatePoint(subject: string): string {
  return subject.replace(TOWN_STATE_POINT, '$1$2');
}
